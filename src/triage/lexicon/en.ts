import type { LangLexicon } from "../types";

/** "he is 15", "my daughter is 16", "nephew only 15": a stated age under 18 after a person word (ages 5-17). */
const AGE_SUBJECTS = [
  "he is", "she is", "he's", "she's", "he is only", "she is only", "son is", "daughter is", "nephew is", "niece is", "brother is", "sister is",
  "girl is", "boy is", "child is", "son only", "daughter only", "nephew only", "niece only", "brother only", "sister only", "son is only",
  "daughter is only", "nephew is only", "niece is only", "brother is only", "sister is only",
];
const MINOR_AGE: string[] = AGE_SUBJECTS.flatMap((s) => Array.from({ length: 13 }, (_, i) => `${s} ${i + 5}`));

/** "i am from shymkent": a Kazakh writing in English; Kazakhstan is then the home country. */
const KZ_PLACES = [
  "kazakhstan", "almaty", "astana", "shymkent", "karaganda", "aktobe", "atyrau", "aktau", "taraz", "pavlodar", "oskemen", "semey", "kostanay",
  "kyzylorda", "turkestan", "uralsk", "petropavl*",
];
const KZ_ORIGIN: string[] = [
  ...["i am from", "im from", "i'm from", "we are from", "we're from", "i come from"].flatMap((s) => KZ_PLACES.map((p) => `${s} ${p}`)),
  ...KZ_PLACES.map((p) => `from ${p}`),
  "i am kazakh", "im kazakh", "i'm kazakh", "kazakh citizen", "citizen of kazakhstan", "kazakhstan citizen", "kz citizen",
];

/** "work in russia", "go to korea for work": work abroad (Kazakhstan has its own category). */
const WORK_PLACES = [
  "russia", "moscow", "turkey", "istanbul", "korea", "dubai", "uae", "emirates", "saudi", "europe", "poland", "germany", "usa", "america",
  "japan", "china", "britain", "uk",
];
const WORK_ABROAD: string[] = WORK_PLACES.flatMap((p) => [`work in ${p}`, `working in ${p}`, `${p} for work`, `to ${p} to work`]);

/** "make her work", "made him sleep with": forced acts of a third person. */
const FORCE_3P: string[] = ["make", "makes", "made", "making"].flatMap((m) =>
  ["her", "him", "them", "my sister", "my daughter", "my wife", "my brother", "my son", "my friend", "my mother", "my husband"].flatMap((o) =>
    ["work", "do", "sleep", "sit", "go", "be", "stay", "serve", "dance", "drink", "clean", "beg", "carry", "sell"].map((v) => `${m} ${o} ${v}`),
  ),
);

/** "hurt my wife", "harm my son": a threat against a relative (both THREAT and HARM_FAMILY). */
const FAMILY_HARM_PHRASES: string[] = ["hurt", "harm", "touch"].flatMap((v) =>
  ["wife", "husband", "son", "daughter", "sister", "brother", "children", "kids", "family", "parents"].map((r) => `${v} my ${r}`),
);

/** "in almaty", "go to kazakhstan": Kazakhstan as a destination (for Kazakh speakers index.ts turns it into home). */
const KZ_TRIP: string[] = KZ_PLACES.flatMap((p) => [`in ${p}`, `to ${p}`, `go ${p}`]);

/** English. Terms are folded like the text (see normalize.ts): "passport" and "pasport" meet. */
export const en: LangLexicon = {
  lang: "en",
  markers: [
    "the", "my", "is", "are", "and", "they", "what", "how", "can", "i", "me", "to", "of", "in", "for", "not", "it",
    "with", "have", "has", "do", "does", "you", "please", "help", "we", "us", "our", "he", "she", "this", "that",
    "job", "work", "where", "when", "there", "will", "was", "were", "an", "a", "im", "dont", "didnt", "cant", "hello",
    "hi", "thanks", "thank", "from", "about", "good", "morning", "evening", "night", "bye", "yes", "please", "okay", "should", "would", "need", "want", "get", "been", "who", "which",
  ],
  concepts: {
    DOC: ["passport*", "pasport*", "pass port*", "documents", "document", "docs", "id card*", "id", "ids", "papers", "residence card*", "work permit card*", "migration card*"],
    PHONE: ["phone*", "mobile*", "cellphone*", "cell"],
    MONEY: ["salary", "salaries", "wage*", "pay", "paid", "payment*", "money", "earnings"],
    AGENT: [
      "brigadir*",
      "boss*", "employer*", "owner*", "landlord*", "recruiter*", "agent", "agents", "agency", "agencies", "company", "brigadier*",
      "foreman", "supervisor*", "manager*", "master", "madam", "mama", "pimp*", "the man", "the woman", "they", "them", "he", "she",
      "host family", "sponsor*", "kafeel", "kafil", "middleman", "broker*",
    ],
    REL: [
      "my sister", "my brother", "my son", "my daughter", "my husband", "my wife", "my mother", "my mom", "my mum", "my father",
      "my dad", "my friend", "my cousin", "my niece", "my nephew", "my aunt", "my uncle", "my girlfriend", "my boyfriend",
      "my relative*", "our daughter", "our son", "my neighbour*", "my neighbor*", "my classmate", "sister", "brother", "daughter", "son",
      "husband", "wife", "cousin", "niece", "nephew",
    ],
    MINOR: [
      ...MINOR_AGE,
      "child", "children", "kid", "kids", "minor", "minors", "underage", "under age", "under 18", "teen*", "schoolgirl*", "schoolboy*",
      "little girl", "little boy", "young girl*", "orphan*",
    ],
    COST: ["ticket*", "flight*", "visa*", "airfare", "travel cost*", "housing", "accommodation", "rent", "food", "meals", "room", "bed", "uniform", "recruitment fee*", "the fee", "documents cost"],
    WORK: [
      "employer*", "employee*","work*", "job*", "labour", "labor", "employ*"],
    TAKE: [
      "at him", "at them", "at her", "at the boss*", "at boss*", "at employer*", "at the employer*", "at the brigadier*", "at brigadir*",
      "is with .. boss*", "are with .. boss*", "is with .. employer*", "are with .. employer*", "is with .. landlord*", "are with .. landlord*", "is with .. brigadier*", "are with .. brigadier*", "is with .. brigadir*", "are with .. brigadir*", "is with .. owner*", "are with .. owner*", "is with .. recruiter*", "are with .. recruiter*", "is with .. agent", "are with .. agent", "is with .. agency", "are with .. agency", "is with .. foreman", "are with .. foreman", "is with .. sponsor*", "are with .. sponsor*", "stay* with .. boss*", "stay* with .. employer*", "is with him", "are with him", "is with them", "are with them", "is at .. boss*", "are at .. boss*", "get them back only", "get it back only", "give them back only", "give it back only", "back only if", "back only after", "return* only if", "return* only after",
      "took", "taken", "take away", "takes", "taking", "keep*", "kept", "hold*", "held my", "held our", "confiscat*", "seiz*", "has my", "has our",
      "has all our", "have my", "have our", "got my passport", "won't give* back", "wont give* back", "will not give* back", "not give* back",
      "not giving back", "doesn't give* back", "doesnt give* back", "don't give* back", "dont give* back", "refus* to give*", "refus* to return",
      "won't give* .. back", "wont give* .. back", "will not give* .. back", "not give* .. back", "doesn't give* .. back", "doesnt give* .. back",
      "don't give* .. back", "dont give* .. back", "refus* to give* .. back", "has had my", "has had our", "had my passport", "had our passports",
      "won't return", "wont return", "will not return", "not return*", "doesn't return", "doesnt return", "never return*", "locked away",
      "collected our", "collected all", "took away", "asked for my passport and",
    ],
    HAVE_OWN: [
      "i can take it", "can take it", "any time", "anytime", "at my request", "whenever i want", "when i want", "when i need", "i can get it", "gives it back", "gave it back", "returned it", "got it back","with me", "i have my", "i have it", "i still have", "in my hands", "i keep it", "is with me", "are with me", "have it myself"],
    LOST: ["lost", "lose", "losing", "stolen", "was stolen", "misplaced", "expired", "damaged", "pickpocket*", "robbed"],
    CONFINE: [
      "keep me in", "keeps me in", "kept me in", "keep us in", "keeps us in", "kept us in", "keep her in", "keeps her in", "kept her in", "keep him in", "keeps him in", "kept him in", "keeping me in", "keeping us in", "keeping her in", "gate is closed", "gates are closed", "gate closed", "gates closed", "gate is locked", "gates are locked", "door is closed from", "door closed from", "closed from outside", "closed from the outside", "locked from outside", "locked from the outside", "close us in", "closes us in", "closed us in", "shut us in", "shut me in", "dont let .. out", "doesnt let .. out", "wont let .. out", "not let .. out", "never let .. out", "not letting .. out", "nobody can go out", "no one can go out", "nobody can get out", "no one can get out", "nobody is allowed out", "no one is allowed out", "cant go outside", "cannot go outside", "not allowed to go outside", "guard with dog*", "guards with dog*",
      "locked", "lock us", "lock me", "locks us", "locks me", "locking us", "locked up", "locked in", "lock in", "locked inside", "lock the door*",
      "not allowed out", "not allowed to go out", "not allowed outside", "can't go out", "cant go out", "cannot go out", "can not go out",
      "can't get out", "cant get out", "cannot get out", "don't let us out", "dont let us out", "don't let me out", "dont let me out",
      "doesn't let us out", "doesnt let us out", "won't let us out", "wont let us out", "won't let me out", "wont let me out",
      "not let out", "never let us out", "keep us inside", "keeps us inside", "kept inside", "held captive", "captive", "imprisoned",
      "prisoner*", "guarded", "guards", "guard at", "in the basement", "basement", "held against", "against my will", "against our will",
      "trapped", "can't escape", "cant escape", "cannot escape", "no way out", "chained",
    ],
    RESTRICT: [
      "dont let .. quit", "doesnt let .. quit", "wont let .. quit", "not let .. quit", "not letting .. quit", "dont allow .. leave", "doesnt allow .. leave", "wont allow .. leave", "not allow* .. leave", "dont allow .. quit", "doesnt allow .. quit", "wont allow .. quit", "not allow* .. quit", "dont allow .. go home", "not allow* .. go home", "nobody can leave", "no one can leave", "nobody can quit", "no one can quit", "nobody is allowed to leave", "no one is allowed to leave",
      "won't let me leave", "wont let me leave", "won't let us leave", "wont let us leave", "don't let me leave", "dont let me leave", "won't let .. leave", "wont let .. leave", "won't let .. go", "wont let .. go", "don't let .. leave", "dont let .. leave",
      "don't let .. go", "dont let .. go", "doesn't let .. leave", "doesnt let .. leave", "not let .. leave", "not let .. go", "not letting .. leave", "not letting .. go",
      "don't let us leave", "dont let us leave", "doesn't let me leave", "doesnt let me leave", "not allowed to leave", "not allowed to quit",
      "not allowed to go home", "not let me go", "won't let me go", "wont let me go", "won't let us go", "wont let us go", "don't let me go",
      "dont let me go", "doesn't let me go", "doesnt let me go", "won't let me quit", "wont let me quit", "not let me quit", "can't quit",
      "cant quit", "cannot quit", "can not quit", "forbid* me to leave", "forbid* us to leave", "forbidden to leave", "not allowed to change",
      "won't release", "wont release", "refuse* to let me", "can't leave", "cant leave", "cannot leave", "can not leave", "unable to leave",
      "can't go home", "cant go home", "cannot go home", "can not go home", "can't return home", "cannot return home", "stuck here",
    ],
    BEAT: [
      "beat", "beats", "beating", "beaten", "beatings", "hit me", "hits me", "hit us", "hits us", "hitting", "punch*", "kick* me", "kick* us",
      "kicked", "slap*", "violence", "violent", "torture*", "hurt me", "hurts me", "hurt us", "hurting", "bruise*", "injur*", "assault*",
      "abuse us", "abuses us", "abused", "attacked", "attack* me", "burn* me", "broke my",
    ],
    RAPE: ["rape*", "raping", "sexual* abus*", "sexually assault*", "molest*", "sexual violence", "touch* me", "harass*"],
    KILL: [
      "never see him again", "never see her again", "never see him", "never see her", "never see you", "never see your", "never see them",
      "kill me", "kill us", "kill you", "kill him", "kill her", "kill them", "kill my", "kill everyone", "will kill", "going to kill", "gonna kill",
      "killed", "killing", "murder*", "dead", "death", "shoot me", "shoot us", "shoot you", "shot at", "stabbed", "stab me", "stab you", "stabbing", "life is in danger", "lives are in danger", "my life", "threaten* my life",
      "bury", "disappear forever", "won't see my family again",
    ],
    THREAT: [
      "find my family", "find our family", "find our families", "find your family", "know where my family", "know where your family", "know where you live", "know where i live", "know my address", "come to my family", "come to your family", "go to my family", "hurt my mom", "hurt my mum", "hurt my mother", "hurt my father", "hurt my family", "hurt my parents", "hurt my children", "hurt my kids", ...FAMILY_HARM_PHRASES, "will find you", "will find me", "find me anywhere", "find you anywhere", "something bad to", "do something to my", "problems for my family","threat*", "threaten*", "intimidat*", "blackmail*", "scare* us", "scare* me", "warned", "will hurt", "will harm", "or else", "punish*", "will make problems", "make problems for", "burn* .. house", "burn* our", "burn* my house"],
    DENOUNCE: [
      "police", "migration", "deport*", "immigration", "report me", "report us", "call the police", "hand me over", "jail", "prison",
      "arrest*", "banned", "entry ban", "blacklist*",
    ],
    HARM_FAMILY: [
      "my mom", "my mum", "my father", "my dad", "our house", "my house", "our home", ...FAMILY_HARM_PHRASES, "your family", "your mother", "your parents", "your children", "our family", "my home","my family", "my parents", "my children", "my kids", "my mother", "my relatives", "our families", "family back home", "my village"],
    HELP_NOW: [
      "save my daughter", "save my son", "save my sister", "save my brother", "save my wife", "save my husband", "save my child*", "save my kid*", "save her", "save him", "save them", "rescue her", "rescue him", "rescue my", "rescue them",
      "save me", "save us", "rescue me", "rescue us", "come get me", "come and get me", "come for me", "get me out", "get us out", "take me out",
      "sos", "help me now", "help now", "help us now", "help me please now", "please help me now", "urgent help", "urgently help",
      "help me urgently", "help immediately", "need help now", "need help urgently", "emergency", "911", "112", "help help",
    ],
    HELP: ["help*", "assist*", "support", "advice", "advise"],
    SEX: [
      "club for men", "dance for men", "dance in club", "dance in a club", "night club*", "nightclub*",
      "be with men", "be with man", "go with men", "sleep with men", "with different men", "with many men", "with men every", "with men at night", "bring* men", "brought men", "men come to", "serve men", "entertain men", "entertain clients",
      "prostitut*", "sex work*", "sex", "sexual*", "brothel*", "escort*", "clients", "client", "sleep with", "sleeping with", "massage parlor*",
      "massage parlour*", "strip*", "nightclub* hostess", "hostess", "dancer*", "intimate service*", "pimp*",
    ],
    FORCE: [
      ...FORCE_3P,
      "forc*", "made me", "make me", "makes me", "made us", "make us", "makes us", "compel*", "coerc*", "have to work", "must work",
      "obliged to", "against my will", "against our will", "no choice", "don't have a choice", "dont have a choice",
    ],
    KIDNAP: [
      "ransom*", "taken by some men", "taken by men", "taken by unknown*", "taken by strangers", "taken away by", "pushed into a car", "pushed him into", "pushed her into", "forced into a car", "put into a car", "put in a car", "put him in a car", "put her in a car", "dragged into", "thrown into a car", "grabbed him", "grabbed her", "grabbed me", "took him away", "took her away","kidnap*", "abduct*", "taken by force", "took her by force", "took him by force", "took me by force", "snatched", "hostage*"],
    SOLD: [
      "paid money for us", "paid money for me", "paid money for her", "paid money for him", "taken to another employer", "taken to another boss", "given to another employer", "given to another boss", "passed to another", "passed us to", "passed her to", "passed him to", "sold .. to another",
      "sold me", "sold us", "sold her", "sold him", "sold my", "sold to", "was sold", "were sold", "been sold", "resold", "re-sold", "sell me",
      "sell us", "selling us", "bought me", "bought us", "bought her", "bought him", "paid for me", "passed me to", "handed me over to",
      "handed us over to", "transferred us to another",
    ],
    DEBT: [
      // "I/we/you owe (them)", not "the boss owes me" (that is unpaid wages, see NOPAY)
      "debt*", "i owe", "we owe", "you owe", "u owe", "i owed", "we owed", "she owe*", "still owe*", "owe* them", "owe* him", "owe* her", "owe* the",
      "owe* money", "owe* for", "owe* to", "owe* a", "owe* .. for the", "owing", "in debt", "debtor*", "loan*", "repay*", "pay back", "pay off",
    ],
    WORKOFF: [
      "work for free", "work* .. for free", "for free to pay", "to pay for the ticket*", "to pay for the visa", "to pay off", "until i pay", "until we pay", "till i pay", "till we pay", "until the debt", "for the debt",
      "work off", "work it off", "work off the", "working off", "work to pay", "work to repay", "deduct*", "taken from my salary",
      "taken from our salary", "taken out of my salary", "take it from my salary", "from my salary", "from our salary", "from my wages",
      "from wages", "from the salary", "subtract*", "charge* us", "charge* me", "keeps growing", "grows", "fines", "fined",
      "work for free until", "work without pay until",
    ],
    NOPAY: [
      "havent got money", "not got money", "didnt get money", "didnt get salary", "didnt get paid", "not get paid", "not got paid", "havent got paid", "havent received", "not received salary", "didnt receive",
      "owe* me", "owe* us", "owed me", "owed us",
      "end of season", "end of the season", "season end*", "take* his money", "take* her money", "take* my money", "take* our money", "take* all .. salary", "take* all .. money", "take* my salary", "take* his salary", "take* her salary", "take* our salary", "takes everything we earn", "no money yet", "no salary yet",
      "not paid", "not been paid", "haven't been paid", "havent been paid", "hasn't paid", "hasnt paid", "hasn't been paid", "hasnt been paid",
      "not pay*", "don't pay", "dont pay", "doesn't pay", "doesnt pay", "didn't pay", "didnt pay", "won't pay", "wont pay", "never paid", "never pay*",
      "no salary", "no wage*", "no pay", "without pay", "without salary", "unpaid", "refus* to pay", "stopped paying", "withh*ld*", "delay* salary",
      "delay* wages", "delay* pay*", "salary delay*", "owes me salary", "owes us salary", "owes me wages", "pay later", "pay us later",
      "pay at the end", "pay when", "will pay after", "did not pay", "does not pay", "do not pay", "paid nothing", "zero salary",
      "no money for", "without money for", "not given salary", "not given our salary", "not given my salary", "not given wages",
      "didn't give* salary", "didnt give* salary", "didn't give* my salary", "didnt give* my salary", "doesn't give* salary",
      "keep* my salary", "keep* our salary", "keeps the salary", "cheated on salary", "half of the salary", "only half",
    ],
    UNREACH: [
      "nobody know* where", "no one know* where", "noone know* where", "nobody has heard", "no one has heard",
      "not answer*", "doesn't answer", "doesnt answer", "does not answer", "don't answer", "dont answer", "no answer", "not respond*", "no response",
      "can't reach", "cant reach", "cannot reach", "can not reach", "unreachable", "no contact", "lost contact", "lost touch", "out of touch",
      "not in contact", "no news", "number doesn't work", "number doesnt work", "number not working", "phone doesn't work", "phone doesnt work", "number is off", "number is not available", "not available", "no word from", "disappeared", "missing", "vanished", "phone is off", "phone off", "phone is switched off",
      "switched off", "phone is dead", "not calling", "stopped calling", "stopped answering", "stopped writing", "hasn't called", "hasnt called",
      "haven't heard", "havent heard", "not heard", "don't know where she is", "dont know where she is", "don't know where he is",
      "dont know where he is", "whereabouts", "blocked us", "blocked me", "can't find", "cant find", "cannot find",
    ],
    WENT: [
      "take him to", "takes him to", "take her to", "takes her to", "take them to", "took them to",
      "went", "left for", "left to", "gone to", "has gone", "moved to", "travel* to", "flew to", "flown to", "was taken to", "were taken to",
      "took her to", "took him to", "went abroad", "went to work", "left home", "leaves", "departed", "arrived", "came here", "brought us", "brought me",
      "brought her", "brought him",
    ],
    OFFER: [
      "help me find job", "help me find a job", "help me find work", "help me get a job", "help me get job",
      "find me job", "find me a job", "find me work", "get me a job", "get me job", "arrange* job", "arrange* a job", "arrange* work", "arrange* everything",
      "offer*", "vacanc*", "invited", "invit*", "job ad", "advert*", "announcement", "hiring",
      "looking for workers", "they need workers", "proposal", "proposed", "a friend offered", ],
    PRE_DEPART: [
      "when i arrive", "when we arrive", "once i arrive", "after i arrive", "when i get there", "until i go", "till i go", "until i leave", "till i leave", "before i leave", "didnt go yet", "not go yet", "didnt leave yet", "not leave yet", "still at home",
      "should i go", "should i accept", "should i take", "is it ok", "is it okay", "is this ok", "is this okay", "is it safe", "is this safe",
      "is it legit", "is this legit", "is it real", "is this real", "is it a scam", "is this a scam", "is it normal", "is this normal",
      "is it good", "is that ok", "is that okay", "is that normal", "is that safe", "want to go", "wants to go", "planning to go", "plan to go",
      "going to go", "i will go", "i'm going", "im going", "about to go", "before i go", "before going", "before leaving", "haven't left",
      "havent left", "not left yet", "leave next", "leaving next", "fly next", "flying next", "go next", "thinking of going", "thinking about going",
      "how do i check", "how to check", "how can i check", "check the offer", "check this offer", "check a job", "should i trust", "can i trust",
      "will keep", "will pay", "will be kept", "will be paid", "will cover", ],
    ABROAD_NOW: [
      "i am here", "i'm here", "im here", "we are here", "i work here", "we work here", "i have been working", "i've been working", "ive been working",
      "been working", "i am working", "i'm working", "im working", "we are working", "here for", "since i arrived", "when we arrived",
      "when i arrived", "after arriving", "after we arrived", "after i arrived", "on arrival", "at the airport they", "now i am",
    ],
    OVERTIME: [
      "no days off", "no day off", "without days off", "without a day off", "without rest", "no rest", "hours a day", "hours per day",
      "hours every day", "hours daily", "day and night", "7 days a week", "seven days a week", "around the clock", "24/7", "overtime",
      "work when sick", "work while sick", "even when sick", "no break*", "no sleep",
    ],
    ISOLATE: [
      "cant talk", "cannot talk", "can not talk", "cant speak long", "he watching", "he is watching", "they watching", "they are watching", "watching me", "watching us", "dont know the adress", "dont know adress", "dont know address", "dont know where",
      "don't know where i am", "dont know where i am", "do not know where i am", "don't know where we are", "dont know where we are",
      "don't know the address", "dont know the address", "not allowed to call", "can't call", "cant call", "cannot call", "no phone",
      "not allowed to talk", "not allowed to speak", "alone", "isolated", "far from", "in the middle of nowhere", "no one speaks",
    ],
    DECEIVE: [
      "promised", "promise", "lied to", "deceiv*", "tricked", "cheated", "scam*", "fraud*", "fake", "different job", "not the job",
      "instead of", "turned out", "it was not", "it is not a",
    ],
    CONDITIONS: [
      "sleep in the factory", "sleep at the factory", "sleep at work", "sleep at the site", "sleep on site", "live in the factory", "sleep in the workshop", "sleep in the warehouse",
      "sleep on the floor", "sleep in the container", "container", "no water", "no food", "little food", "hungry", "starving", "dirty",
      "no toilet", "no heating", "cold room", "crowded", "20 people", "no doctor", "no medical", "dangerous work", "without safety",
    ],
    VULN: [
      "no papers", "illegal", "illegally", "undocumented", "no documents", "nowhere to go", "no money", "no language", "don't speak",
      "dont speak", "alone here", "pregnant", "overstay*",
    ],
    TRAFFICKING: [
      "like slaves", "like a slave",
      "traffick*", "human trafficking", "trafficking in persons", "slavery", "slave*", "forced labour", "forced labor", "modern slavery",
      "servitude", "exploitation", "exploited",
    ],
    VICTIM: [
      "escaped from employer*", "escaped from the employer*", "escaped from my employer*", "escaped from boss*", "escaped from the boss*", "escaped from my boss*", "escaped from them", "escaped from there", "ran away from employer*", "ran away from the employer*", "ran away from my employer*", "ran away from boss*", "ran away from the boss*", "ran away from my boss*", "ran away from them", "ran away from there", "run away from boss*", "fled from", "was rescued", "were rescued",
      "i was trafficked", "i was a victim", "i am a victim", "i'm a victim", "im a victim", "victim of trafficking", "was trafficked",
      "were trafficked", "been trafficked", "was exploited", "were exploited", "i was sold", "i was a slave",
    ],
    NOW: ["now", "right now", "urgent*", "immediately", "asap", "quickly", "hurry", "today", "tonight", "at the moment", "currently"],
    ESCAPED: ["escaped", "ran away", "run away", "fled", "managed to leave", "got away", "broke out"],
    LEAVE_FREE: [
      "i can leave", "i can quit", "can change job*", "i can change", "free to leave", "nobody forces", "no one forces", "not forced",
      "i want to change job*", "i want to quit", "i quit", "i left the job", "i left that job", "i changed job*", "i can go home",
      "i want to change employer", "nobody is forcing", "no one is forcing", "i am free", "i'm free", "im free", "i can go",
    ],
    PRE_NEG: ["not", "didn't", "didnt", "don't", "dont", "doesn't", "doesnt", "never", "haven't", "havent", "hasn't", "hasnt", "wasn't", "wasnt", "weren't", "werent", "won't", "wont", "no longer", "nor", "isn't", "isnt", "aren't", "arent"],
    POST_NEG: [],
    SCOPE_NEG: [
      "maybe broken", "probably broken", "maybe broke", "maybe lost", "maybe battery", "battery died", "battery is dead", "no signal", "maybe busy", "probably busy","nobody", "no one", "noone", "no-one", "nothing", "neither", "none of", "never"],
    MODAL_PRE: [
      "if you", "if u", "if ur",
      "can an", "can a", "can the", "can my", "can your", "can employers", "can employer", "can someone", "can anyone", "can they", "can he", "can she",
      "can police", "can recruiters", "can agencies", "could an", "could a", "could the", "could my", "could they", "may an", "may a", "may the",
      "may my", "may they", "is it legal", "is it illegal", "is it allowed", "is it ok if", "is it okay if", "is it normal if", "is it normal that",
      "is it normal for", "is it legal for", "is that legal", "is this legal", "are they allowed", "are employers allowed", "is an employer allowed",
      "is the employer allowed", "is my employer allowed", "allowed to", "have the right", "has the right", "right to", "what if", "what happens if",
      "if they", "if he", "if she", "if my", "if the", "if an", "if a", "if someone", "if anyone", "in case", "should i give", "should i hand",
      "do i have to give", "do i have to hand", "must i give", "must i hand", "do i need to give", "does the employer have", "how do i know if",
      "how to know if", "how can i tell if", "how do i recognise", "how do i recognize", "how to recognise", "how to recognize", "what are the signs",
      "signs of", "what should i do if", "what to do if", "what do i do if", "what can i do if", "suppose", "hypothetically", "is it true that",
      "is it a crime", "is it trafficking if", "is it trafficking when", "does it count", "would it be",
    ],
    MODAL_POST: [],
    GENERAL: [
      "in news", "on news", "saw news", "read news", "news say*", "news said", "news report*", "newspaper*", "on tv", "on youtube", "tv show", "tv series", "video about", "read about", "story about",
      "in the news", "on the news", "news about", "the news", "film", "movie", "documentary", "essay", "article", "school project", "homework", "i read", "many migrants", "migrants often",
      "employers often", "workers often", "some employers", "in the story", "lecture", "seminar", ],
    QUESTION_WORD: ["what", "how", "where", "when", "who", "which", "why", "whom"],
    F_PAID_TRAVEL: [
      "ticket* paid", "pay* for the ticket*", "pay* the ticket*", "pay* for my ticket*", "pay* my ticket*", "buy* the ticket*", "buy* my ticket*",
      "buy* me a ticket", "bought the ticket*", "bought my ticket*", "free ticket*", "free flight*", "free visa", "visa paid", "visa is paid",
      "visa will be paid", "flight paid", "flight is paid", "ticket is paid", "tickets are paid", "ticket will be paid", "cover* the ticket*",
      "cover* the flight*", "cover* travel", "cover* the visa", "pay for travel", "pay* the visa", "pay for the visa", "pay for my visa",
      "travel is paid", "all expenses paid", "no expenses", "expenses paid", "pay it back from", "repay from", "repaid from", "return it from",
      "deduct* from* salary", "deduct* from my salary", "taken from the salary", "taken from salary", "from the first salary",
      "from my first salary", "from first salary", "from the first salaries", "take it from my salary", "will deduct",
    ],
    F_PASSPORT_KEPT: [
      "want* my passport", "want* our passport*", "ask* for my passport", "ask* my passport", "need* my passport", "take* my passport", "take* our passport*", "give them my passport", "give him my passport", "give her my passport",
      "keep my passport", "keep the passport", "keep passport*", "keep our passport*", "hold my passport", "hold the passport",
      "hold passport*", "passport will be kept", "passports will be kept", "passport kept", "passport is kept", "give them my passport",
      "give my passport", "hand over my passport", "hand over the passport", "hand over passport*", "leave my passport", "leave the passport",
      "send my passport", "send them my passport", "give the passport", "passport to the agency", "passport stays with", "keep it for safety",
      "keeps passports", "keep passports",
    ],
    F_FEE: [
      "for arrang*", "for organiz*", "for finding", "ask* money", "asked money", "want* money", "take* money for", "pay him", "pay her", "give him money", "give her money",
      "fee", "fees", "pay the agency", "pay to the agency", "pay agency", "pay the recruiter", "pay a recruiter", "pay for the job",
      "pay for a job", "pay for the place", "pay for the vacancy", "registration fee", "processing fee", "service fee", "commission",
      "deposit", "pay upfront", "pay in advance", "advance payment", "prepayment", "pay first", "send money", "pay 500", "pay 300", "pay 1000",
      "pay them", "need to pay", "have to pay", "must pay", "asking for money", "asked for money",
    ],
    F_NO_PERMIT: [
      "tourist visa", "as a tourist", "as tourist", "on a tourist", "without a permit", "without permit", "without work permit",
      "without a work permit", "no work permit", "no permit", "without patent", "without a patent", "no patent", "visa free", "visa-free",
      "without visa", "no visa needed", "student visa", "guest visa", "visit visa", "illegal*", "work illegally", "without papers",
      "no documents needed", "documents later", "papers later", "permit later", "sort out later",
    ],
    F_NO_CONTRACT: [
      "contract .. later", "contract when i arrive", "contract after arrival",
      "no contract", "without contract", "without a contract", "without any contract", "no written contract", "verbal", "only verbal",
      "verbally", "contract later", "contract there", "contract on arrival", "sign there", "contract in arabic", "contract in korean",
      "contract in turkish", "contract in english", "can't read the contract", "cant read the contract", "cannot read the contract",
      "can't read it", "cant read it", "cannot read it", "don't understand the contract", "dont understand the contract", "no papers to sign",
      "not give* contract", "won't give* contract",
    ],
    F_PAY_HIGH: [
      "no experience", "without experience", "experience not needed", "experience not required", "no skills", "no qualification*",
      "easy money", "very high salary", "high salary", "very good salary", "big salary", "huge salary", "too good", "good money", "lots of money",
      "a lot of money", "1500$", "2000$", "2500$", "3000$", "4000$", "5000$", "$1500", "$2000", "$2500", "$3000", "$4000", "$5000",
      "1500 dollars", "2000 dollars", "2500 dollars", "3000 dollars", "4000 dollars", "5000 dollars", "1500 usd", "2000 usd", "3000 usd",
      "usd 2000", "usd 3000", "no language needed", "language not needed", "no language", "without language",
    ],
    F_SECRECY: [
      "don't tell", "dont tell", "do not tell", "not to tell", "not tell anyone", "tell no one", "tell nobody", "keep it secret", "keep secret",
      "secret", "secretly", "nobody must know", "no one must know", "nobody should know", "no one should know", "without telling",
      "not tell my family", "not tell my parents", "not to tell my family", "not to tell my parents",
    ],
    F_INFORMAL: [
      "the guy", "some guy", "a man on", "man on", "some man", "one man", "a woman", "one woman", "some woman",
      "friend", "a friend", "new friend", "acquaintance", "my boyfriend", "boyfriend", "girlfriend", "fiance", "a man i met", "a woman i met",
      "met online", "met on", "instagram", "telegram", "whatsapp", "facebook", "tiktok", "social media", "online", "on the internet",
      "internet", "neighbour", "neighbor", "relative offered", "relative", "cousin", "aunt", "uncle", "a guy", "someone i know",
      "someone i met", "a stranger", "stranger", "private person", "a person", "imo", "odnoklassniki", "vk",
    ],
    F_SAFE: [
      "licensed", "licence", "license", "official agency", "state agency", "registered agency", "government program*", "written contract",
      "signed contract", "work visa", "work permit", "official contract", "through the ministry", "employment center", "employment centre",
    ],
    PAY_VERB: ["pay*", "paid", "cover*", "buy*", "bought", "free"],
    CANT_LEAVE: [
      "leave* .. get* nothing", "quit* .. get* nothing", "go* home .. get* nothing", "go* home .. lose*",
      "leave* .. get nothing", "leave* .. lose everything", "leave* .. lose all", "leave* .. lose* .. money", "leave* .. lose* .. salary", "quit* .. get nothing", "quit* .. lose everything", "quit* .. lose all", "quit* .. lose* .. money", "quit* .. lose* .. salary", "leave* .. wont pay", "leave* .. not pay", "quit* .. wont pay", "quit* .. not pay",
      "can't leave", "cant leave", "cannot leave", "can not leave", "unable to leave", "can't quit", "cant quit", "cannot quit", "can not quit",
      "can't go home", "cant go home", "cannot go home", "can not go home", "can't return", "cant return", "cannot return", "stuck", "no way to leave",
      "can't change job", "cant change job", "cannot change job",
    ],
  },
  categories: {
    job_offer_check: [
      "invites me", "invite* me to work", "invited me", "help me find job", "help me find a job", "help me find work", "find job in",
      "offers me", "offer me", "offer* me a job", "offer* me job", "offer* me work", "offer* job", "offer* work", "find me job", "find me a job", "find me work", "fee for",
      "job offer", "an offer", "offered me", "offered a job", "offered work", "offer in", "offer from", "vacancy", "vacancies", "recruiter*",
      "recruitment agency", "agency offers", "check the offer", "check an offer", "check a job", "check this job", "check the job",
      "is this job", "is the job", "is this offer", "is the offer", "job abroad", "work abroad offer", "invited to work", "invitation to work",
      "they promise", "they promised", "should i go", "should i accept",
    ],
    employment_abroad: [
      "patent in", "patent price", "patent cost*", "price of patent", "how much is patent", "how much is the patent", "employer keep*", "employer take*", "employer took", "employer hold*", "employer has", "boss keep*", "boss take*", "boss took", "boss has",
      "workers", "worker", "migrant workers",
      ...WORK_ABROAD,
      "low salary", "small salary", "salary is low", "salary is small", "pay is low", "pay is small", "low pay", "hard work", "work very hard", "work hard", "working conditions", "too much work", "salary late", "salary is late", "late salary", "paid late",
      "work permit", "patent", "contract", "employment contract", "salary", "wages", "employer", "boss", "overtime", "day off", "days off",
      "sick leave", "vacation pay", "labour rights", "labor rights", "workers rights", "worker rights", "my rights", "fired", "dismiss*",
      "quit", "change job*", "change employer", "new job", "find a job", "find work", "job search", "labour inspection", "labor inspection",
      "complain about employer", "not paid", "not been paid", "rights", "another job", "other job", "unpaid", "underpaid", "tax", "taxes", "insurance", "medical exam*", "russian language exam",
      "language test", "fingerprint*", "work in russia", "work in turkey", "work in korea", "work in dubai", "working in", "work abroad",
      "working abroad", "eps", "seasonal work", "construction site", "factory",
    ],
    work_in_home_country: [
      ...KZ_ORIGIN,
      "at home", "in my country", "in my home country", "home country", "here in uzbekistan", "in uzbekistan", "in kyrgyzstan", "in tajikistan",
      "in turkmenistan", "in tashkent", "in bishkek", "in dushanbe", "in ashgabat", "in samarkand", "in osh", "in khujand", "local job",
      "job here", "work here at home", "in our country", "in my city", "in my town", "in the village",
    ],
    education_abroad: [
      "study", "studies", "studying", "student*", "university", "universities", "college", "school abroad", "scholarship*", "grant",
      "education", "master's", "masters", "bachelor", "degree", "course*", "language school", "enrol*", "admission", "tuition",
    ],
    business_trip: ["business trip", "business travel", "work trip", "conference", "exhibition", "trade fair", "business visa", "for business", "business meeting", "partners abroad", "buy goods", "commercial trip", "my company sends me", "sent by my company"],
    return_home: [
      "return home", "go home", "going home", "get home", "come back home", "come home", "return to", "back home", "way home", "ticket home",
      "go back", "get back", "returning", "return", "repatriat*", "deported", "deportation", "entry ban", "banned", "flight home",
    ],
    family_health_social: [
      "worried", "worry*", "didnt call", "not call*", "no call*", "stopped calling", "no news", "not answer*", "phone is off", "phone off", "lost contact", "no contact", "cant reach",
      "family", "husband", "wife", "divorce*", "children", "child", "kids", "parents", "mother", "father", "health", "hospital", "doctor",
      "sick", "ill", "illness", "disease", "pregnan*", "baby", "alimony", "pension", "benefit*", "social", "depress*", "psycholog*",
      "domestic", "loneliness", "lonely", "medicine", "hiv", "tb", "tuberculosis", "disab*", "school for my child", "kindergarten",
    ],
    id_documents: [
      "lose passport", "lose my passport", "lose the passport", "lose your passport", "lose u passport", "losing passport", "losing my passport",
      "lost .. passport", "passport is lost", "without passport", "without a passport", "no passport", "passport is safe",
      "lost my passport", "lost passport", "passport lost", "lost my id", "lost documents", "lost my documents", "stolen passport",
      "passport stolen", "passport was stolen", "new passport", "renew* passport", "renew* my passport", "passport expire*", "expired passport",
      "replace* passport", "replace* my passport", "passport replacement", "id card", "birth certificate", "certificate of return",
      "return certificate", "travel document", "duplicate", "restore documents", "restore my documents", "get a passport", "get passport",
      "make a passport", "foreign passport", "international passport", "passport photo", "identity document*",
    ],
    contacts_embassies: [
      "embassy", "embassies", "consulate*", "consul", "diaspora", "ministry", "address of the", "contacts of", "contact of", "state bodies",
      "government office", "community association",
    ],
    trip_to_kazakhstan: [
      ...KZ_TRIP,"kazakhstan", "almaty", "astana", "shymkent", "karaganda", "atyrau", "aktau", "kazakh border", "to kz", "in kz"],
    tourist_trip: [
      "for holiday", "on holiday", "for vacation", "on vacation", "for a holiday","tourist", "tourism", "tour", "tours", "holiday", "vacation", "trip to", "sightseeing", "travel agency", "visit", "visiting", "resort", "hotel"],
    what_is_trafficking: [
      "human trafficking", "trafficking", "trafficked", "traffickers", "what is trafficking", "forced labour", "forced labor", "slavery",
      "modern slavery", "exploitation", "what is", "definition", "signs of", "how to recognise", "how to recognize", "news", "film", "movie",
      "essay", "article", "school project", "palermo",
    ],
    marriage_abroad: [
      "married", "get married", "marriage",
      "marry", "marri*", "wedding", "fiance*", "bride", "groom", "spouse visa", "husband abroad", "foreign husband", "foreign wife",
      "foreigner", "nikah", "dating", "met a man", "met a woman", "boyfriend", "girlfriend",
    ],
    rules_of_stay_abroad: [
      "registration", "register", "registered", "how long can i stay", "how long may i stay", "how many days", "90 days", "30 days", "stay",
      "overstay*", "migration card", "migration registration", "visa extension", "extend* visa", "extend* my visa", "extend* registration",
      "extend* my registration", "residence registration", "controlled persons", "rkl", "entry", "entering", "expel*", "fine", "fined",
      "illegal status", "legal status", "become legal", "migration rules", "ikamet", "residence permit for",
    ],
    permanent_residence: [
      "permanent residence", "permanent resident", "residence permit", "citizenship", "citizen", "green card", "move permanently",
      "live permanently", "live there forever", "naturali*", "temporary residence", "rvp", "vnj", "pmj", "settle",
    ],
    hotline_numbers: [
      "number of", "hotline number", "hotline in", "trafficking hotline", "what is the number", "what is number", "give number", "give me number", "give me the number", "helpline number", "number for",
      "hotline*", "hot line", "phone number*", "number", "numbers", "whom to call", "who to call", "who can i call", "where to call",
      "call center", "call centre", "helpline*", "help line", "contact number", "telephone", "emergency number", "number to call",
    ],
    greeting_other: [
      "hello", "hi", "hey", "good morning", "good evening", "good afternoon", "thanks", "thank you", "thank", "ok", "okay", "bye", "goodbye",
      "test", "yes", "no", "menu", "start",
    ],
  },
};
