import { COUNTRY_WORDS } from "../../content/country-words";
import type { ConceptId, LangLexicon } from "../types";
import { en } from "./en";
import { kk } from "./kk";
import { ky } from "./ky";
import { ru } from "./ru";
import { tg } from "./tg";
import { tk } from "./tk";
import { uz } from "./uz";

/** All lexicons. Every term of every language is active on every message (people mix languages). */
export const LEXICONS: readonly LangLexicon[] = [en, ru, uz, ky, tg, kk, tk];

/** Destination countries (stems shared with the rest of the product) and the word "abroad" in each language. */
const DESTINATIONS = ["RU", "TR", "AE", "KR", "KZ"] as const;
const ABROAD_WORDS = [
  "abroad", "overseas", "foreign country", "за границ*", "за рубеж*", "заграниц*", "чужбин*", "xorij*", "chet el*", "chet davlat*", "хориж*",
  "чет эл*", "чет өлкө*", "шетел*", "шет ел*", "хориҷ*", "ғурбат*", "daşary ýurt*", "dubai*", "дубай*", "дубае", "стамбул*", "istanbul*",
  "москв*", "moskva*", "moscow", "питер*", "petersburg", "санкт*", "новосибирск*", "екатеринбург*", "казан*", "korea*", "seoul", "сеул*",
  "turkey", "turkiye", "turkiya*", "türkiýe*", "туркия*", "түркия*", "туркия", "анталь*", "antaly*", "emirat*", "саудов*", "saudi*", "ар-рияд*",
  "польш*", "polsha*", "germaniya*", "германи*", "europe", "европ*", "yevropa*", "англи*", "britain", "uk", "usa", "america*", "америк*",
  "japan", "япони*", "china", "кита*", "xitoy*", "хитой*",
];

/**
 * Words that cancel a job-offer red flag right next to it: "no fee", "не нужно платить", "to'lov yo'q". English "no"
 * folds like Russian "но" (but), so index.ts counts it only when typed in Latin letters.
 */
const FLAG_NEG_WORDS = [
  "no", "without", "free of", "not needed", "not required", "don't need", "dont need", "do not need", "no need", "never",
  "не нужно", "не надо", "не требуется", "не берут", "не просят", "нет", "без", "не",
  "kerak emas", "shart emas", "yo'q", "emas", "керак эмас", "шарт эмас",
  "керек эмес", "жок", "талап кылынбайт",
  "керек емес", "жоқ", "талап етілмейді",
  "лозим нест", "нест", "шарт нест",
  "gerek däl", "ýok", "däl",
];

/**
 * Short country codes ("рф", "оаэ", "баа", "uae") are matched on the word as typed, not on the folded skeleton:
 * folded, "баа"/"баә" become "ba", the Tajik preposition "ба" (to), and would put a foreign country in nearly
 * every Tajik message. index.ts looks them up in this set (lower case, apostrophes unified).
 */
export const SHORT_DESTINATION_CODES: ReadonlySet<string> = new Set(
  DESTINATIONS.flatMap((code) => (COUNTRY_WORDS[code] ?? []).filter((stem) => stem.length <= 3)),
);

/** Said / told: a threat reported by the speaker ("he said if I leave ...", "... dedi") is not a hypothetical. */
const SPEECH_WORDS = [
  "said", "says", "told", "tells", "telling", "saying", "he say", "she say", "they say",
  "сказал*", "говорит", "говорят", "говорил*", "заявил*", "пригрозил*", "skazal*", "govorit", "govoryat",
  "dedi", "dedilar", "deydi", "deyapti", "deyishdi", "deyishyapti", "deb", "aytdi", "aytyapti", "дейди", "деди", "деб", "айтди",
  "деп", "дейт", "дешти", "деди", "айтты", "айтат", "деді", "дейді", "айтады",
  "гуфт", "гуфтанд", "гуфтааст", "мегӯяд", "мегӯянд", "мегуфт*",
  "diýdi", "diýdiler", "diýýär", "diýýärler", "diýip", "diýipdi", "aýtdy", "aýdýar", "diydi", "diyyar", "diyip",
];

/**
 * Banks and consumer credit (all languages): "кредит в банке", "bankdan kredit", "mortgage". "Кредит / kredit" is a
 * bank or microfinance loan in the region's usage; a debt to an employer or recruiter is "долг / qarz / карыз / bergi".
 */
const BANK_WORDS = [
  "bank*", "кредит*", "kredit*", "credit*", "банк*", "mortgage*", "ипотек*", "ipotek*", "микрокредит*", "микрозайм*", "mikrokredit*", "mikrozaim*", "microcredit*",
  "microloan*", "мфо", "ломбард*", "lombard*", "credit card*", "кредитк*", "рассрочк*", "nasiya*", "насия*", "насыя*", "несие*",
];

/** Places in the home countries of the users (not destinations), as typed in several scripts. */
const HOME_PLACES = [
  // Uzbekistan
  "tashkent*", "toshkent*", "ташкент*", "тошкент*", "samarkand*", "samarqand*", "самарканд*", "самарқанд*", "buxoro*", "bukhara*", "бухар*",
  "бухоро*", "andijan*", "andijon*", "андижан*", "андижон*", "namangan*", "наманган*", "fergana*", "farg'ona*", "фергана*", "фарғона*",
  "nukus*", "нукус*", "termez*", "termiz*", "термез*", "термиз*", "jizzax*", "jizzakh*",
  "джизак*", "жиззах*", "navoi*", "navoiy*", "навои*", "urganch*", "urgench*", "ургенч*", "урганч*", "xiva*", "khiva*", "хива*",
  "qo'qon*", "kokand*", "коканд*", "қўқон*", "guliston*", "гулистан*", "гулистон*",
  // Kyrgyzstan
  "bishkek*", "бишкек*", "жалал-абад*", "jalal-abad*", "жалалабад*", "karakol*", "каракол*", "naryn*", "нарын*", "talas", "талас", "таласта", "talasta",
  "batken*", "баткен*", "tokmok*", "токмок*", "ошто", "оштон", "ош шаар*", "osh city", "in osh",
  // Tajikistan
  "dushanbe*", "душанбе*", "khujand*", "khudjand*", "худжанд*", "хуҷанд*", "хужанд*", "kulob*", "kulyab*", "куляб*", "кӯлоб*", "кулоб*",
  "bokhtar*", "бохтар*", "istaravshan*", "истаравшан*", "panjakent*", "penjikent*", "панҷакент*", "пенджикент*", "хорог*", "khorog*",
  // Turkmenistan
  "ashgabat*", "ashkhabad*", "aşgabat*", "ашхабад*", "ашгабат*", "türkmenabat*", "turkmenabat*", "туркменабат*", "daşoguz*", "dashoguz*",
  "дашогуз*", "balkanabat*", "балканабат*", "türkmenbaşy*", "туркменбаши*",
  // the countries (not the nationality words: "a Kyrgyz citizen in Moscow" is abroad)
  "uzbekistan*", "o'zbekiston*", "ozbekiston*", "узбекистан*", "ўзбекистон*", "узбекистон*", "kyrgyzstan*", "kirgizstan*", "qirg'iziston*",
  "кыргызстан*", "киргизстан*", "киргизи*", "қирғизистон*", "tajikistan*", "tojikiston*", "таджикистан*", "тоҷикистон*", "тожикистон*",
  "turkmenistan*", "türkmenistan*", "туркменистан*", "туркманистон*",
  // Kazakh / Kyrgyz spellings
  "өзбекстан*", "қырғызстан*", "тәжікстан*", "тажикстан*", "түрікменстан*", "түркмөнстан*", "түркменстан*",
];

/** Kazakhstan and its cities: a destination for most users, home for Kazakh speakers. */
const KZ_PLACES = [
  ...(COUNTRY_WORDS.KZ ?? []).map((s) => `${s}*`),
  "almaty*", "алмат*", "astana*", "астан*", "shymkent*", "шымкент*", "чимкент*", "karaganda*", "қарағанд*", "караганд*", "aktobe*", "ақтөбе*",
  "актобе*", "atyrau*", "атырау*", "aktau*", "ақтау*", "актау*", "taraz*", "тараз*", "pavlodar*", "павлодар*", "oskemen*", "өскемен*",
  "kostanay*", "қостанай*", "костанай*", "kyzylorda*", "қызылорда*", "кызылорд*", "туркестан*", "түркістан*",
  "uralsk*", "уральск*", "petropavl*", "петропавл*",
];

/**
 * Negative pronouns as typed without Turkmen letters ("hic kim" for "hiç kim", "hickim"); index.ts reads every one of
 * them as negating its own clause.
 */
const SCOPE_NEG_WORDS = ["hic kim", "hickim", "hic kime", "hic kimi", "hic zat", "hic hacan", "hichkim", "hech kim", "hechkim"];

/**
 * Police and migration as a threat (all languages, as people type them): "позвонит в миграционку", "migratsiyaga beraman",
 * "миграционкага айтам", "депорт мешави". index.ts requires a threat, a reported saying or a condition next to them.
 */
const DENOUNCE_WORDS = [
  "миграционк*", "миграцион*", "migracionk*", "migracion*", "migratsion*", "migratsiya*", "migrasiýa*", "migrasion*", "migration", "immigration",
  "депорт*", "deport*", "депортац*", "депортнут", "депортирую*", "депортируют", "выдворят", "выдворю", "выдворим",
];

/** Police as the one who acts ("police forced me to pay a fine", "politsiya qamab qo'ydi"): an arrest, not the employer. */
const POLICE_WORDS = [
  "police", "policeman", "policemen", "cops", "cop", "полиц*", "милиц*", "мент", "менты", "ментов", "ментам", "менттер*", "ментхо", "ментҳо",
  "politsiya*", "militsiya*", "polisiýa*", "policiýa*", "polisiya*", "polis", "polise", "polisga", "polisda", "полис", "полисҳо", "полисро",
  "милиса*", "омон", "патрул*", "участков*", "gaishnik*", "гаишник*", "дпс",
];

/** "I do not know where I am / which city" (not the address of an office: "don't know the embassy's address"). */
const WHERE_AM_I_WORDS = [
  "dont know where i am", "don't know where i am", "do not know where i am", "dont know where we are", "don't know where we are",
  "do not know where we are", "dont know which city we are", "don't know which city we are", "dont know which city i am",
  "don't know which city i am", "dont know what city this is", "don't know what city this is", "dont know what place this is",
  "no idea where i am", "no idea where we are", "dont know where they took", "don't know where they took", "dont know which city",
  "don't know which city", "do not know which city", "dont know what city", "don't know what city", "не знаю какой город", "не знаю в каком городе",
  "не знаем в каком городе",
  "не знаю где я", "не знаем где мы", "не знаю где мы", "не знаю где нахож*", "не знаем где нахож*", "не знаю что за город",
  "не знаю в каком городе мы", "не знаю в каком городе я", "не знаем в каком городе мы", "не знаю в каком городе нахож*",
  "не знаем в каком городе нахож*", "непонятно где мы", "непонятно где я", "не понимаю где я", "не понимаем где мы",
  "ne znayu gde ya", "ne znaem gde my",
  "qayerdaligimni bilmay*", "qayerdaligimizni bilmay*", "qayerda ekanimni bilmay*", "qayerda ekanimizni bilmay*", "qaysi shahardaligim*",
  "qaysi shaharda ekanim*", "қаердалигимни билмай*", "қаердалигимизни билмай*", "қаерда эканимни билмай*", "қайси шаҳардалигим*",
  "кайда экеним* билбей*", "кайда экенибиз* билбей*", "кайсы шаарда экеним*", "кайсы шаарда экенибиз*", "кайсы жерде экеним* билбей*",
  "қайда екенімді білмей*", "қайда екенімізді білмей*", "қай қалада екенім*", "қай қалада екеніміз*", "қай жерде екенім* білмей*",
  "намедонам куҷо ҳастам", "намедонем куҷо ҳастем", "куҷо ҳастам намедон*", "куҷо ҳастем намедон*", "дар кадом шаҳр ҳастам*", "дар кадом шаҳр ҳастем*",
  "nirededigimi bilemok", "nirededigimi bilmeýä*", "nirededigimizi bilemizok", "nirededigimizi bilmeýä*", "haýsy şäherdedigimi*", "haýsy şäherdedigimizi*",
];

/** Taken / brought / driven somewhere (someone else moved the person). */
const BROUGHT_WORDS = [
  "brought me", "brought us", "brought her", "brought him", "took me", "took us", "took her", "took him", "drove me", "drove us", "drove her",
  "were taken", "was taken", "taken here", "driven here", "driven to",
  "привезли", "привез", "увезли", "увез", "завезли", "отвезли", "перевезли", "вывезли", "везли", "везут", "привели",
  "olib kelishdi", "olib keldi", "olib ketishdi", "olib ketdi", "olib borishdi", "olib bordi", "opkelishdi", "obkelishdi", "олиб келишди", "олиб кетишди",
  "алып келишти", "алып келди", "алып кетишти", "алып кетти", "алып барышты", "алып келді", "алып кетті", "әкелді", "әкетті", "апарды",
  "оварданд", "бурданд", "овард", "бурд",
  "alyp geldiler", "alyp gitdiler", "getirdiler", "äkitdiler", "äkeldiler",
];

/** Put / pushed into a car and taken away: an abduction (a person object, not goods loaded into a car). */
const PERSON_OBJECTS = {
  en: ["me", "us", "her", "him", "them", "my sister", "my daughter", "my son", "my brother", "my wife", "the girl"],
  ru: ["меня", "нас", "ее", "её", "его", "их", "сестру", "дочь", "дочку", "сына", "брата", "жену", "девушку"],
  uz: ["meni", "bizni", "uni", "ularni", "qizni", "qizimni", "singlimni", "ukamni", "akamni", "xotinimni"],
  ky: ["мени", "бизди", "аны", "аларды", "кызды", "кызымды", "карындашымды", "инимди", "агамды", "аялымды"],
  kk: ["мені", "бізді", "оны", "оларды", "қызды", "қызымды", "қарындасымды", "інімді", "ағамды", "әйелімді"],
  tk: ["meni", "bizi", "ony", "olary", "gyzy", "gyzymy", "uýamy", "inimi", "agamy", "aýalymy"],
} as const;
const CAR_ABDUCTION = [
  ...PERSON_OBJECTS.en.flatMap((o) => [`put ${o} .. car`, `pushed ${o} .. car`, `push ${o} .. car`, `shoved ${o} .. car`, `threw ${o} .. car`, `dragged ${o} .. car`]),
  "into a car and", "into the car and", "into their car and", "in a car and drove", "in the car and drove",
  ...PERSON_OBJECTS.ru.flatMap((o) => [`посадили ${o} в машин* .. увез*`, `${o} посадили в машин* .. увез*`, `${o} .. в машин* и увез*`]),
  "посадили в машин* и увез*", "посадили в машин* .. увез*", "в машину и увезли", "в машину и увезли",
  ...PERSON_OBJECTS.uz.flatMap((o) => [`${o} .. mashina* .. olib ket+`, `${o} .. mashina* sol+`, `${o} .. mashina* tiq+`, `${o} .. машина* .. олиб кет+`]),
  "mashinaga tiqib", "mashinaga zo'rlab", "mashinaga majburlab", "машинага тиқиб", "машинага зўрлаб",
  ...PERSON_OBJECTS.ky.flatMap((o) => [`${o} .. машина* .. алып кет+`, `${o} .. машина* салып`]),
  ...PERSON_OBJECTS.kk.flatMap((o) => [`${o} .. машина* .. алып кет+`, `${o} .. көлік* .. алып кет+`]),
  ...PERSON_OBJECTS.tk.flatMap((o) => [`${o} .. maşyn* .. alyp git+`, `${o} .. maşyn* sal+`]),
  // Tajik: lifted / seated / dragged into a car ("ба мошин бардошта бурданд")
  ...["мошин", "машина", "машин"].flatMap((m) => [`ба ${m}* бардошт*`, `ба ${m}* шинонда бурд*`, `ба ${m}* шинонда .. бурд*`, `ба ${m}* кашид*`, `ба ${m}* .. бардошта бурд*`]),
];

/**
 * "We will find / we know where (they) live / the address / something will happen": with a family word and someone
 * speaking or threatening, a threat to the family (rules.ts `threat_find`).
 */
const FIND_THREAT_WORDS = [
  "will find", "we find", "they find", "we will find", "know* where .. live*", "know* where .. lives", "know* where .. stay*", "know* where .. house",
  "know your address", "know the address", "knows the address", "know your house", "knows your house",
  "something will happen", "something bad will happen", "will happen to",
  "найдем", "найдём", "найду", "найдут", "найдет", "найдёт", "знаем где .. жив*", "знают где .. жив*", "знает где .. жив*", "знаю где .. жив*",
  "знаем где .. дом", "знаем адрес", "знают адрес",
  "знает адрес", "что-то случится", "что то случится", "что-нибудь случится", "доберемся", "доберёмся", "доберутся",
  "topamiz", "topaman", "topishadi", "topib olamiz", "topib olaman", "adres* bil+", "manzil* bil+", "uyingni bilamiz", "uyingizni bilamiz",
  "бир нарса бўлади", "bir narsa bo'ladi", "топамиз", "топаман",
  "табабыз", "табам", "таап алабыз", "таап алам", "табышат", "дарег* бил+", "үйүңдү билебиз", "бир нерсе болот",
  "табамын", "табамыз", "тауып аламыз", "тауып аламын", "табады", "мекенжай* біл+", "адрес* біл+", "үйіңді білеміз", "үйімізді біледі",
  "меёбем", "меёбам", "меёбанд", "пайдо мекунем", "пайдо мекунам", "ёфта мегирем", "суроға* медон*", "адрес* медон*", "хонаатро медон*",
  "taparys", "taparyn", "taparlar", "tapjak*", "salgy* bilýä*", "adres* bilýä*", "öýüňi bilýä*",
];

/** The addressed victim's family, as the object of a threat ("анаңды табамын", "your mother", "твоих детей"). */
const HARM_FAMILY_WORDS = [
  "your mother", "your mom", "your family", "your kids", "your children", "your sister", "your brother", "your wife", "your parents",
  "your relatives", "your house", "твою маму", "твою семью", "твоих родных", "твоих детей", "твою сестру", "твою жену", "твоего брата",
  "твоих близких", "твой дом", "твоими родными", "твоей семьей", "твоей семьёй", "твоими детьми", "твоей мамой", "твоей матерью", "твоими близкими",
  "анаңды", "анаңа", "әкеңді", "әкеңе", "ата-анаңды", "балаңды", "балаларыңды", "бауырыңды", "ініңді", "қарындасыңды", "әйеліңді", "үйіңді",
  "энеңди", "энеңе", "атаңды", "иниңди", "карындашыңды", "аялыңды", "балаңды", "үйүңдү",
  "модаратро", "падаратро", "бародаратро", "хоҳаратро", "фарзандонатро", "занатро", "хонаатро",
  "doganyňy", "uýaňy", "aýalyňy", "çagaňy", "öýüňi",
];

/** A lawyer, legal help, a court, having the exploiters punished: what a former victim asks for. */
const LAWYER_WORDS = [
  "lawyer", "attorney", "legal help", "legal aid", "court", "sue", "punish*", "юрист*", "адвокат*", "в суд", "суд", "суда", "суде", "судом", "наказа*", "правозащит*",
  "yurist*", "advokat*", "huquqshunos*", "sudga", "jazolash*", "ҳуқуқшунос*",
  "укук коргоо*", "сотко", "жазала*", "заңгер*", "құқық қорға*", "сотқа",
  "ҳуқуқшинос*", "хуқуқшинос*", "ба суд", "ҷазо*",
  "hukukçy*", "hukukcy*", "aklawçy*", "kazyýet*",
];

/** A time in the past: "two years ago", "last year", "раньше", "былтыр", "мурда", "o'tgan yili", "соли гузашта", "geçen ýyl". */
const PAST_TIME_WORDS = [
  "ago", "last year", "last summer", "last winter", "previously", "before that", "used to", "back then", "in the past",
  "назад", "в прошлом году", "прошлым летом", "прошлой зимой", "раньше", "ранее", "когда-то",
  "o'tgan yil*", "otgan yil*", "o'tgan oy", "ilgari", "oldin", "ўтган йил*", "илгари",
  "мурда", "мурун", "былтыр", "өткөн жыл*", "буга чейин", "бұрын", "өткен жыл*", "былтыр", "ілгері",
  "соли гузашта", "пештар", "қаблан", "пеш аз ин", "сол пеш", "соли пеш",
  "geçen ýyl", "gecen yyl", "öň", "ozal", "öňki",
];

/** Back home now / safe at home: "i'm home now", "сейчас я дома", "hozir uydaman", "азыр үйдөмүн", "қазір үйдемін", "häzir öýde". */
const HOME_NOW_WORDS = [
  "home now", "im home", "i'm home", "i am home", "back home", "came home", "returned home", "got home",
  "я дома", "сейчас дома", "сейчас я дома", "уже дома", "вернулся домой", "вернулась домой", "вернулись домой", "приехал домой", "приехала домой",
  "uydaman", "uyga qaytdim", "uyga qaytib keldim", "vatanga qaytdim", "уйдаман", "уйга қайтдим",
  "үйдөмүн", "уйдомун", "үйгө келдим", "үйгө кайттым", "элге келдим", "мекенге кайттым",
  "үйдемін", "уйдемин", "үйге келдім", "елге келдім", "елге оралдым", "үйге оралдым",
  "дар хонаам", "ба хона омадам", "ба ватан омадам", "ба ватан баргаштам", "ба хона баргаштам",
  "öýde", "öýe geldim", "öýe gaýdyp geldim", "watana gaýtdym", "oyde",
];

/** A person kept / held (not a document): "меня держали", "i was kept", "meni ushlab turishdi", "мени кармашкан". */
const HELD_WORDS = [
  "kept me", "kept us", "held me", "held us", "i was kept", "we were kept", "i was held", "we were held",
  "меня .. держали", "нас .. держали", "держали меня", "держали нас",
  "meni ushlab tur*", "bizni ushlab tur*", "мени ушлаб тур*", "бизни ушлаб тур*",
  "мени кармашкан", "бизди кармашкан", "мени кармап турушкан", "мені ұстап отырған", "бізді ұстап отырған", "мені ұстады", "бізді ұстады",
  "маро нигоҳ доштанд", "моро нигоҳ доштанд", "маро нигох доштанд", "моро нигох доштанд",
  "meni sakladylar", "bizi sakladylar", "meni saklapdylar", "bizi saklapdylar",
];

/**
 * Recruited through social media, an ad or an acquaintance (not "a friend" or "a relative" in general): context that makes
 * a relative's silence suspicious.
 */
const RECRUIT_CHANNEL_WORDS = [
  "instagram*", "telegram*", "whatsapp*", "odnoklassniki*", "tiktok*", "facebook*", "an ad", "the ad", "advert*", "job ad", "classified*",
  "инстаграм*", "инсте", "телеграм*", "телеге", "ватсап*", "вотсап*", "вацап*", "одноклассник*", "тикток*", "фейсбук*", "объявлен*", "авито",
  "знакомый", "знакомая", "знакомого", "знакомой", "через знаком*",
  "vatsap*", "e'lon*", "elon orqali", "эълон*", "tanishi*", "tanishim*", "танишим*",
  "жарнама*", "кулактандыруу*", "жарыя*", "тааныш*", "таныс*",
  "эълон*", "шинос шуд*", "як шинос*", "шиносам*",
  "bildiriş*", "tanyş*",
];

/** Giving a woman or girl in marriage (neutral: "выдали замуж", "durmuşa berdik"); forced with FORCE, UNWILLING or a minor. */
const MARRY_OFF_WORDS = [
  "marry her off", "marry me off", "marrying her off", "marry off", "married off", "married her off", "give her in marriage",
  "выдать замуж", "выдают замуж", "выдадут замуж", "выдали замуж", "выдать её замуж", "выдать ее замуж", "выдают её замуж", "выдают ее замуж",
  "хотят выдать", "замуж выда*",
  "turmushga ber+", "erga ber+", "uzatmoqchi*", "uzatib yubor+", "uzatishdi", "uzatishmoqchi*", "турмушга бер+", "эрга бер+", "узатмоқчи*",
  "күйөөгө бер+", "турмушка бер+", "күйөөгө узат+", "күйеуге бер+", "тұрмысқа бер+", "күйеуге ұзат+",
  "ба шавҳар медиҳ*", "ба шавҳар диҳ*", "ба шавҳар доданд", "ба шавҳар додан*", "шавҳар медиҳем", "шавҳар медиҳанд",
  "durmuşa ber+", "ära ber+", "durmusa ber+",
];

/** A marriage forced in itself. */
const FORCED_MARRIAGE_WORDS = [
  "forced marriage", "forced to marry", "force* her to marry", "force* me to marry", "make her marry", "against her will .. marr*",
  "насильно замуж", "насильно выда*", "заставляют выйти замуж", "заставили выйти замуж", "принудительн* брак*", "насильно женят", "заставля* .. замуж",
  "majburan turmush*", "zo'rlab turmush*", "majburiy nikoh*", "мажбуран турмуш*", "зўрлаб турмуш*",
  "зордоп турмуш*", "зордоп үйлөн+", "мажбурлап турмуш*", "күштеп үйлен+", "күштеп тұрмыс*", "еріксіз тұрмыс*", "мәжбүрлеп тұрмыс*",
  "маҷбуран никоҳ*", "ба зӯр никоҳ*", "ба зӯрӣ шавҳар*", "маҷбуран ба шавҳар*", "бо зӯр ба шавҳар*",
  "zor bilen durmuş*", "zorlap durmuş*", "mejbury nika*", "zor bilen durmus*", "mejbur edip durmuş*",
];

/** Against her / his will: "did not want", "не хотела", "xohlamadi", "каалаган жок", "қаламады", "намехост", "islemedi". */
const UNWILLING_WORDS = [
  "did not want", "didn't want", "didnt want", "does not want", "doesn't want", "doesnt want", "against her will", "against my will",
  "against his will", "without consent", "without her consent",
  "не хотела", "не хочет", "не хотел", "против воли", "против её воли", "против ее воли", "без согласия", "без её согласия",
  "xohlamadi", "xohlamaydi", "istamadi", "istamaydi", "roziligisiz", "rozi emas", "rozi bo'lmadi", "хоҳламади", "истамади", "рози эмас",
  "каалаган жок", "каалабайт", "каалабады", "макул эмес", "макул болгон жок", "эркине каршы",
  "қаламады", "қаламайды", "келіспеді", "келіспейді", "еркінен тыс", "келісімінсіз",
  "намехост", "намехоҳад", "розӣ набуд", "розӣ нест", "бе розигӣ", "бар хилофи хоҳиш*",
  "islemedi", "islemeýär", "islemeyar", "razy däl", "razy dal", "razy bolmady",
];

/** Made to work for free / for nothing: "mugt işletdiler", "tekinga ishlatishgan", "бе пул кор фармуданд", "работали бесплатно". */
const NOPAY_WORDS = [
  "for free", "for nothing", "without pay", "no pay", "worked for free", "work for free", "working for free",
  "бесплатно работа*", "работа* бесплатно", "даром работа*", "работа* даром", "без оплаты", "без зарплаты",
  "tekinga ishla*", "tekinga ishlat+", "bepul ishlat+", "текинга ишла*", "текинга ишлат+", "бепул ишлат+",
  "бекер иштет+", "бекерге иштет+", "акысыз иштет+", "ақысыз жұмыс істет+", "тегін жұмыс істет+", "тегін істет+",
  "бе пул кор*", "бепул кор*", "бемузд кор*", "бе маош кор*", "ройгон кор*", "bepul ishla*",
  "mugt işlet+", "mugt işled+", "mugt islet+", "mugtdan işlet+", "tölegsiz işlet+",
];

/** Looking after children as a job (nanny): the child is not a minor at risk ("жеңгем бала күтуші", "çaga seredýär"). */
const NANNY_WORDS = [
  "nanny", "nannies", "babysit*", "au pair", "look after .. kids", "look after .. children", "take care of .. kids", "take care of .. children",
  "няня", "няней", "няни", "нянь*", "сидеть с детьми", "сидит с детьми", "смотреть за детьми", "смотрит за детьми", "присматрива* за детьми",
  "ухаживать за детьми", "ухаживает за детьми",
  "enaga*", "энага*", "bola qarov*", "bolaga qara*", "bolalarga qara*", "bola boq*", "бола қаров*", "болага қара*", "болаларга қара*",
  "бала багуучу*", "бала кароочу*", "бала карагыч*", "бала караг*", "бала карап", "балдарды карап", "балдарга кара*", "бала бак*",
  "бала күтуші*", "бала күту*", "бала қарау*", "бала бағу*", "балаларға қара*", "бала кутуши*",
  "парастори кӯдак*", "кӯдакпарвар*", "доя*", "кӯдаконро нигоҳ*", "бачаҳоро нигоҳ*",
  "çaga seret+", "çagalara seret+", "çagalaryna seret+", "çaga ideg*", "çagalara ideg*", "caga seret+", "nýanýa*", "nyanya*",
];

/**
 * Exposure, shaming, blackmail with photos ("she will tell my family what i did", "грозят фото родным отправить"): a threat
 * to the family's opinion, not to their safety (high, not urgent).
 */
const EXPOSE_WORDS = [
  "tell my family", "tell your family", "tell my parents", "tell your parents", "tell my husband", "tell everyone", "tell every1", "photo*",
  "pictures", "pics", "video*", "фото*", "видео*", "снимк*", "расскаж*", "опозор*", "позор*",
  "rasm*", "surat*", "video*", "sharmanda*", "шарманда*", "расм*", "сурат*",
  "сүрөт*", "видеону", "уят кыл+", "масхара*", "сурет*", "бейне*", "масқара*", "ұят*",
  "акс*", "видео*", "шарманда*", "расво*",
  "surat*", "wideo*", "masgara*", "utandyr+",
];

/** Sex work in a club or with men (English phrasings the per-language list lacks). */
const SEX_WORDS = ["club with men", "in a club with men", "bar with men", "with men in a club", "men in the club"];

/** A job named as a cover: "they said waitress job", "told us it was a nanny job", "supposed to be a cafe". */
const DECEIVE_WORDS = ["said .. waitress*", "told .. waitress*", "said .. nanny", "said it was", "told us it was", "told me it was", "supposed to be"];

/** "Now" as the turn of a story (promised one thing, now another): "теперь", "а там", "but here", "енді", "эми", "endi", "indi". */
const NOW_WORDS = [
  "now", "but here", "but there", "instead", "turned out", "теперь", "а там", "а здесь", "вместо", "оказалось", "оказывается", "сейчас", "щас",
  "endi", "hozir", "lekin u yerda", "эми", "азыр", "енді", "қазір", "ҳоло", "акнун", "ҳозир", "indi", "häzir", "hazir",
];

/** Silence from someone: "третью неделю тишина", "ни слуху ни духу", "no word from him". */
const UNREACH_WORDS = ["тишина", "ни слуху", "ни слуха", "no word from", "not a word from", "silence from", "total silence"];

export function sharedConceptTerms(): [ConceptId, string[]][] {
  const abroad: string[] = [...ABROAD_WORDS];
  for (const code of DESTINATIONS) {
    for (const stem of COUNTRY_WORDS[code] ?? []) if (stem.length > 3) abroad.push(`${stem}*`);
  }
  return [
    ["ABROAD", abroad],
    ["FLAG_NEG", FLAG_NEG_WORDS],
    ["SPEECH", SPEECH_WORDS],
    ["BANK", BANK_WORDS],
    ["HOME_PLACE", HOME_PLACES],
    ["KZ_PLACE", KZ_PLACES],
    ["SCOPE_NEG", SCOPE_NEG_WORDS],
    ["DENOUNCE", DENOUNCE_WORDS],
    ["POLICE", POLICE_WORDS],
    ["WHERE_AM_I", WHERE_AM_I_WORDS],
    ["BROUGHT", BROUGHT_WORDS],
    ["KIDNAP_CAR", CAR_ABDUCTION],
    ["FIND_THREAT", FIND_THREAT_WORDS],
    ["HARM_FAMILY", HARM_FAMILY_WORDS],
    ["LAWYER", LAWYER_WORDS],
    ["PAST_TIME", PAST_TIME_WORDS],
    ["HOME_NOW", HOME_NOW_WORDS],
    ["HELD", HELD_WORDS],
    ["RECRUIT_CHANNEL", RECRUIT_CHANNEL_WORDS],
    ["MARRY_OFF", MARRY_OFF_WORDS],
    ["FORCED_MARRIAGE", FORCED_MARRIAGE_WORDS],
    ["UNWILLING", UNWILLING_WORDS],
    ["NOPAY", NOPAY_WORDS],
    ["NANNY", NANNY_WORDS],
    ["UNREACH", UNREACH_WORDS],
    ["EXPOSE", EXPOSE_WORDS],
    ["SEX", SEX_WORDS],
    ["DECEIVE", DECEIVE_WORDS],
    ["NOW", NOW_WORDS],
  ];
}

export { en, kk, ky, ru, tg, tk, uz };
