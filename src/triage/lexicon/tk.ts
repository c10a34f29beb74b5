import type { LangLexicon } from "../types";

/**
 * Turkmen (Latin). ä ö ü ý ň fold to the plain letters people type without a Turkmen keyboard; ş ç ž fold to
 * sh ch j, so every term with them also gets its plain-typed twin (s c z) at the bottom of this file.
 * Negation: -ma-/-me- (almady, bermeýär), the colloquial -anok/-enok (berenok, goýanok), or "däl"/"ýok" after a
 * participle. Verbs are written as `+` stems where the positive and negative forms must be told apart.
 */
/** Places one can be locked in or not let out of (ablative, or "outside"). */
const PLACES = ["daşary", "daşaryk", "öýden", "otagdan", "jaýdan", "binadan", "zawoddan", "sehden", "ammardan", "kwartiradan", "ýerden", "köçä"];

/** "maaş" typed without ş (a prefix "maas*" would fold to "mas*" and match maşgala, maslahat ...). */
const MAAS = ["maas", "maasy", "maasym", "maasymy", "maasymyz", "maasymyzy", "maasyny", "maaslary"];

const base: LangLexicon = {
  lang: "tk",
  markers: [
    "men", "meniň", "maňa", "meni", "ýok", "däl", "we", "näme", "nähili", "nädip", "üçin", "bilen", "gerek", "bar", "hem", "ýöne", "häzir", "örän",
    "haýyş", "kömek", "ediň", "iş", "bizi", "biz", "bize", "olar", "siz", "size", "nirede", "haçan", "kim", "näçe", "bolýarmy", "mümkinmi", "salam",
    "sag", "hojaýyn", "pasportymy", "aýlyk", "işleýärin", "berenok", "bermeýär", "gitdi", "geldi", "gowy", "uýam", "agam", "jigim", "gyzym", "oglum",
    "ejem", "kakam", "eger", "sebäbi", "şu", "şol", "diýip", "boldy", "galdy", "urýarlar", "aldy", "edip", "etdi", "etdiler", "ýaly", "soň",
    "meniñ", "yok", "dal", "nadip", "name", "hojayyn", "komek", "edin", "aylyk", "bermeyar", "haysy",
    // plain typing (no Turkmen letters)
    "diyyar", "diyyarler", "diysem", "diyip", "bilemok", "bilenok", "berenok", "yardam", "isleyarin", "edyarler", "yerde", "uyden", "maas",
    "gelmezden", "mugt", "indi", "nirä", "bilmeli", "etmeli", "gerekmi", "barmy", "adammy", "sen", "kim", "bilermi",
    // Cyrillic Turkmen (older spelling)
    "нәме", "мен", "эдиң", "этмели", "хем", "дийсем", "дийип", "бермейәр", "берсеңиз", "дүшүндирип", "халас", "ишден", "хожайын", "хожайында",
  ],
  concepts: {
    DOC: ["pasport*", "passport*", "resminama*", "şahsnama*", "dokument*", "şahsyýet*", "id kart*", "pasporty", "pasportymy", "pasportlarymyzy", "kimlik*"],
    PHONE: ["telefon*", "mobil*", "el telefony*"],
    MONEY: ["aýlyk*", "zähmet haky*", "hakym*", "hakymyzy", "pul*", "zarplata*", "töleg*", "maaş*", "iş haky*", ...MAAS],
    AGENT: [
      "hojaýyn*", "hojaýka*", "hanym*", "iş berij*", "işberij*", "brigadir*", "başlyk*", "naçalnik*", "agent", "agentlik*", "firma*", "kompaniýa*", "araçy*", "olar",
      "olaryň", "olara", "öý eýesi*", "patron*", "müdir*", "ussa*", "şef*",
    ],
    REL: [
      "aýal doganym*", "uýam*", "jigim*", "doganym*", "agam*", "oglum*", "gyzym*", "adamym*", "aýalym*", "ejem*", "kakam*", "dostum*", "joram*",
      "garyndaşym*", "ýegenim*", "gelnim*", "goňşym*", "goňşymyz*", "agtygym*", "dogany", "gyzy", "ogly", "uýasy", "jigisi", "aýaly", "adamsy",
      "aýal dogan*", "gyz dogan*", "erkek dogan*", "dogan", "inim*", "inisi", "gardaşym*", "ärim*", "äri",
    ],
    MINOR: [
      "çaga", "çagany", "çagalar*", "çagam*", "kämillik ýaşyna ýetmedik*", "ýetginjek*", "kiçi ýaşly*", "gyz çaga*", "oglan çaga*", "mekdep okuwçy*",
      "okuwçy gyz*", "ýetim*", "18 ýaşa ýetmedik*", "18 ýaşyna ýetmedik*", "bäbek*",
      // ages ("15 ýaşly", "15 yasly", "15 yasynda") are the shared age rule (index.ts)
    ],
    COST: [
      "bilet*", "ýol kira*", "ýol puly*", "uçar*", "wiza*", "kwartira*", "ýaşaýyş*", "jaý*", "iýmit*", "nahar*", "resminama*", "patent*",
      "egin-eşik*", "hasaba alyş*", "ýatak*",
    ],
    WORK: [
      "iş", "işe", "işde", "işi", "işim*", "işle*", "zähmet*", "ofisiant*", "garson*", "aşpez*", "tikinçi*", "enekeç*", "hyzmatkär*", "satyjy*",
      "gurluşykçy*", "sürüji*", "aýlyk*", "aýlyg*", "maaş*",
    ],
    TAKE: [
      "aldy", "aldylar", "alypdyr", "alypdyrlar", "alyp goý+", "alyp gal+", "alyp aldy", "alan", "alanlar", "alyp gitdi", "alyp gitdiler",
      "yzyna bermeýär*", "yzyna bermedi*", "yzyna berenok", "yzyna bermän", "gaýtarmaýar*", "gaýtaryp bermeýär*", "gaýtaryp berenok", "bermeýär",
      "bermeýärler", "berenok", "berenoklar", "bermedi", "bermediler", "saklaýar", "saklaýarlar", "saklap otyr*", "saklap ýör*", "özünde", "özlerinde",
      "hojaýynda", "başlykda", "olarda", "agentlikde", "brigadirde", "ýygnap al+", "tabşyrdyk", "tabşyrmaly bolduk", "patronda", "hanymda",
      "iş berijide", "işberijide", "firmada", "alyp goýupdyr*", "bermerin", "bermeris", "bermez", "bermezler", "bermejek", "bermejekler",
      ...["hojaýynyň", "patronyň", "olaryň", "onuň", "brigadiriň", "iş berijiniň", "agentligiň", "firmanyň", "hanymyň"].flatMap((a) => [`${a} elinde`, `${a} ýanynda`]),
    ],
    HAVE_OWN: ["özümde", "elimde", "mende", "özüm saklaýaryn", "özümde dur"],
    LOST: [
      "ýitirdim", "ýitirip", "ýitirdik", "ýitdi", "ýiten", "ogurladylar", "ogurlatdym", "ogurlatdyk", "möhleti geçdi", "möhleti gutardy",
      "möhleti geçen", "könelipdir", "düşürdim", "düşüp galdy",
    ],
    CONFINE: [
      "gulpladylar", "gulpla+", "gulplap", "gulplap goý+", "gapyny gulpla+", "gabadylar", "gabap", "gabap goý+", "gabaldyk", "gabady",
      "daşary çykarmaýar*", "daşaryk çykarmaýar*", "çykarmaýarlar", "çykarmaýar", "çykaranok*", "çykarmaýa*", "garawul*", "goragçy*", "podwal*",
      "ýerzemin*", "ýesir*", "gul edip", "zynjyr*", "daňyp goý+", "daňyp", "bizi saklaýarlar", "meni saklaýarlar",
      "bizi zor bilen sakla+", "meni zor bilen sakla+", "gözegçilikde", "gulplap sakla+", "gulplap otyr+", "gabap sakla+", "ýapyk sakla+",
      "ýapyp goý+", "ýapyp sakla+", "gulply", "gulpy bar",
      // "cannot get out / not let out" of a place (without the place it may be "cannot quit the job": CANT_LEAVE / RESTRICT)
      ...PLACES.flatMap((p) => [`${p} çykyp bilem*`, `${p} çykyp bilmeý*`, `${p} çykyp bileno*`, `${p} çykmaga goýma*`, `${p} çykmaga goýano*`,
        `${p} çykmaga rugsat berme*`, `${p} çykmaga rugsat bereno*`, `${p} çykarma*`, `${p} çykarano*`]),
    ],
    RESTRICT: [
      "goýbermeýär*", "goýberenok*", "goýbermedi*", "goýbermeýärler", "goýbermejek*", "goýbermez*", "gitmäge rugsat bermeýär*", "gitmäge rugsat berenok*",
      "gitmäge goýma*", "gitmäge goýano*", "öýe goýbermeýär*", "çykmaga goýma*", "çykmaga goýano*", "çykmaga rugsat berme*", "çykmaga rugsat bereno*",
      "işden çykmaga goýmaýar*", "işden çykmaga rugsat bermeýär*", "boşatmaýar*", "boşadanok*", "öýe ibermeý*", "yzyna ibermeý*", "watana ibermeý*",
      "öýe ibereno*", "gitjek bolsam goýmaýar*", "gitmek gadagan*",
    ],
    CANT_LEAVE: [
      ...["gidip", "gaýdyp", "gaçyp", "çykyp", "dolanyp", "gutulyp", "gaýtyp"].flatMap((v) => [`${v} bilem*`, `${v} bilmeý*`, `${v} bileno*`]),
      "öýe gaýdyp bilmeý*", "işden gidip bilmeý*", "alaç ýok", "çäre ýok",
    ],
    BEAT: [
      "urýar*", "urýarlar", "urdy", "urdular", "urup", "uran", "urupdyr", "ýençdiler", "ýenç+", "ýenýärler", "ýençýärler", "tepdiler", "depdi",
      "depýärler", "zorluk*", "zulum*", "gynap", "gynaýar*", "ýaraladylar", "ýaralan*", "ýumruk*", "ur-ýykyl*",
    ],
    RAPE: ["zorladylar", "zorla+", "zorlap", "namysyna deg+", "namysyma deg+", "jynsy zorluk*", "ýapyşýar*", "sataşýar*"],
    KILL: [
      "öldür+", "öldürjek", "öldürerin", "öldürýärin", "öldürerler", "öldürip", "öldürjekdigini", "janymy aljak", "janym howp astynda",
      "ömrüm howp astynda", "janymyz howp astynda", "ölerin", "öleris", "diri goýmaz", "diri galmaryn", "pyçak*", "atyp öldür+", "ýok ederin",
    ],
    THREAT: [
      "gorkuz+", "gorkuzýar*", "gorkuzdylar", "gorkuzdy", "haýbat*", "haýbat atýar*", "abanýar*", "howp salýar*",
      // ransom: "if I don't pay they won't let her go"
      "bermese* .. goýbermejek*", "bermese* .. goýbermez*", "tölemese* .. goýbermejek*", "tölemese* .. goýbermez*",
      // the employer's own words: "I will report you to the police / migration", "I will have you deported"
      ...["polisiýa*", "polis*", "migrasiýa*", "militsiýa*"].flatMap((p) => [`${p} .. habar berer*`, `${p} .. jaň ederin`, `${p} .. tabşyrar*`, `${p} .. tabşyrjak*`]),
      "deport etdirer*", "deport ederin", "deport etjek*", "ýurtdan çykardaryn", "ýurtdan çykarjak*",
    ],
    DENOUNCE: [
      "polisiýa*", "polis*", "militsiýa*", "migrasiýa*", "migrasion*", "deport*", "ýurtdan çykar+", "tabşyrjak", "tabşyryn", "tabşyrarys", "tabşyrar",
      "tabşyrjakdyklaryny", "türme*", "tussag*", "girmek gadagan*", "gara sanaw*",
    ],
    HARM_FAMILY: [
      "maşgalam*", "maşgalaňy", "maşgalaňa", "maşgalaňyzy", "ata-enem*", "ata enem*", "ejeme", "kakama", "çagalaryma", "garyndaşlaryma", "ýakynlarym*",
      "obama", "öýdäkiler*", "ejeňi", "kakaňy", "çagalaryňy", "çagalaryňa", "aýalymy", "gyzymy", "oglumy", "adamymy", "ärimi", "uýamy", "jigimi",
      "inimi", "doganymy", "ejemi", "kakamy", "çagamy", "çagalarymy",
    ],
    HELP_NOW: [
      "halas ediň", "halas et+", "halas edäýiň", "gutaryň", "çalt kömek", "tiz kömek", "gyssagly kömek", "derrew kömek", "meni alyp gidiň",
      "bizi alyp gidiň", "alyp gidiň", "meni bu ýerden alyp", "bu ýerden alyp gidiň", "sos", "kömek kömek", "polisiýa jaň ediň", "polisiýa çagyryň",
      "gelip alyň", "häzir kömek ediň",
    ],
    HELP: ["kömek*", "ýardam*", "maslahat*"],
    SEX: [
      "jelep*", "jelepçilik*", "jynsy*", "intim*", "müşderi*", "klient*", "erkekler bilen", "erkeklere", "bedenini sat+", "bedenimi sat+", "seks*",
      "saunada", "sauna", "bordel*", "eskort*", "ýatmaga mejbur*", "gijeki klub*", "striptiz*", "tansçy*", "massaž salon*", "ahlaksyzlyk*",
      "erkekleriň ýanyna", "erkek* ýanyna", "müşderi* ýanyna", "myhman* bilen ýat+", "erkek* bilen ýat+", "jelephana*",
    ],
    FORCE: ["mejbur*", "mejbury", "mejburlap", "mejbur et+", "zor bilen", "zorluk bilen", "islegime garşy", "erkime garşy", "islemesem hem", "alaçsyz"],
    KIDNAP: ["ýesir al+", "ogurlap alyp gitdiler", "ogurlap gitdiler", "ogurlap git+", "alyp gaçdylar", "alyp gaç+", "girew*", "girewlik*", "zor bilen alyp git+", "zorlap alyp git+"],
    SOLD: [
      "satdylar", "satdy", "satyp iber+", "satyp iberdiler", "meni sat+", "bizi sat+", "ony sat+", "gyzy sat+", "satyldym", "satylan", "satyldyk",
      "meni satyn al+", "bizi satyn al+", "ony satyn al+", "başga hojaýyna ber+", "başga hojaýyna sat+", "gaýtadan sat+", "pula sat+",
      "başga birine ber+", "başga patron* ber+", "başga iş berij* ber+", "başga işberij* ber+", "başga brigadir* ber+", "başga hojaýyn* ber+",
      "meni başga .. ber+", "bizi başga .. ber+", "başga ýere sat+", "seni satyn al+", "sizi satyn al+", "sen .. satyn alnan*", "siz .. satyn alnan*",
      "men .. satyn alnan*", "biz .. satyn alnan*",
      // a relative sold: "gyzymy ... satypdyrlar"
      ...["gyzymy", "oglumy", "aýalymy", "uýamy", "jigimi", "inimi", "doganymy", "gyzlary", "gyzlarymyzy"].flatMap((r) => [`${r} .. satdy*`, `${r} .. satyp*`]),
    ],
    DEBT: ["bergi*", "bergim*", "bergili*", "bergidar*", "karz*", "kredit*", "gaýtarmaly", "borç*"],
    WORKOFF: [
      "işläp ber+", "işläp töle+", "işläp üz+", "bergini üz+", "bergini işläp", "aýlykdan tut+", "aýlykdan kes+", "aýlykdan aýyr+", "kesip alýar*",
      "tutup galýar*", "jerime*", "ştraf*", "bergim köpel*", "bergim art*", "bergi art*", "bergi köpel*", "mugt işle+", "aýlykdan", "zähmet hakyndan",
      "işläp öde*", "işläp tölemeli", "işläp bermeli", "işläp gaýtarmaly", "aýlyg* tut+", "aýlyg* kes+", "maaş* tut+", "maaş* kes+",
      // "you owe (us)", said to the worker: the debt claim itself
      "bergiň*", "bergileriň*", "bergilisiň*",
    ],
    NOPAY: [
      "aýlyk* .. bermeý*", "aýlyk* .. bermedi*", "aýlyk* .. berenok", "pul* .. bermeý*", "pul* .. bermedi*", "pul* .. berenok", "hak* .. bermeý*",
      "hak* .. bermedi*", "hak* .. berenok", "zähmet haky* .. bermeý*", "zähmet haky* .. berenok", "zarplata* .. bermeý*", "tölemeýär*", "tölemedi*",
      "tölänok", "tölenok", "tölenmeý*", "aýlyk ýok", "pul ýok", "gijikdir+", "aldap gitdi", "bir manat hem", "bir teňňe hem", "aýlyksyz",
      "pulsuz işle+", "soňra berjek", "soň bereris", "möwsüm gutaranda", "iş gutaranda", "aýdan bäri aýlyk", "aýdan bäri pul", "aý bäri aýlyk",
      "aýlyg* .. bermeý*", "aýlyg* .. bermedi*", "aýlyg* .. bereno*", "maaş* .. bermeý*", "maaş* .. bermedi*", "maaş* .. bereno*",
      ...MAAS.flatMap((m) => [`${m} .. bermeý*`, `${m} .. bermedi*`, `${m} .. bereno*`]), "aýlyk* .. bereno*",
      "aýlyk* .. berilme*", "aýlyg* .. berilme*", "ödemeýär*", "ödemedi*", "ödänok*", "tölänok*",
    ],
    UNREACH: [
      "habarlaşmaýar*", "habarlaşanok", "habarlaşmady*", "aragatnaşyk ýok", "aragatnaşykda däl", "aragatnaşyga çykmaýar*", "telefony öçük",
      "telefony öçürilen", "telefonyny öçürip", "telefony öçüp", "jogap bermeýär*", "jogap berenok", "jogap bermedi*", "telefony almaýar*",
      "telefon almaýar*", "dereksiz*", "ýitirim boldy", "ýitip gitdi", "habar ýok", "habarsyz", "nirededigini bilemizok",
      "nirededigini bilmeýäris", "nirededigini bilemok", "tapyp bilmeýäris", "tapyp bilemizok", "blokla+", "hiç hili habar",
      // "has not called" only counts over weeks or months (a few days without a call is ordinary)
      ...["aý*", "hepde*"].flatMap((d) => [`${d} .. jaň etme*`, `${d} .. jaň edeno*`, `${d} .. ýazmaý*`, `${d} .. ýazano*`, `${d} .. habarlaşma*`]),
      "hiç jaň etme*", "hiç kim bilen habarlaşma*", "hiç kim bilen habarlaşano*", "hiç kime jaň etme*", "hiç kime jogap berme*", "habarlaşyp bolano*",
      "habarlaşyp bolmaý*",
    ],
    WENT: [
      "gitdi", "giden", "gitdiler", "gidipdi", "uçup gitdi", "baran", "bardy", "alyp gitdiler", "alyp gitdi", "geldim", "geldik", "gelemde",
      "gelenimizde", "alyp geldiler", "getirdiler", "iberdiler", "işe gitdi", "işlemäge gitdi", "işe giden",
    ],
    OFFER: [
      "teklip*", "teklib*", "wakansiýa*", "bildiriş*", "çagyr+", "çagyrdylar", "iş bar", "işe alyp gideris", "işe ýerleşdir+", "wada berýä*",
      "wada berjek*", "söz berýä*", "söz berjek*", "iş tapyp berjek*", "iş tapyp berýä*", "iş tapyp berer*", "iş tapyp bermekçi*", "işe çagyr+",
      "işe alýarlar", "şertnama berjek*", "iş berjek*", "işe ýerleşdirjek*", "işe alyp gitjek*", "wiza* alyp berjek*", "bilet* alyp berjek*",
      "düzüp berjek*",
    ],
    PRE_DEPART: [
      "gitsem bolarmy", "gitsem bolýarmy", "barsam bolarmy", "barsam bolýarmy", "gideýinmi", "gitmelimi", "gitmeli mi", "razy bolsam bolarmy",
      "razy bolaýynmy", "ynanmak bolarmy", "ynansam bolarmy", "gitjek", "gitmekçi", "gitmekçi bolýaryn", "barmakçy", "entek gitmedim", "entek gidemok",
      "gitmezden öň", "barmazdan öň", "howpsuzmy", "kadalymy", "dogrumy", "aldaw dälmi", "galplyk dälmi", "nädip barla+", "barlap", "barlasam",
      "wada berýärler", "töläp berýärler", "töläp berjek", "alyp galarmyşyn", "alyp galjak", "alyp galjakmyş",
      "gidýärin", "uçýaryn", "indiki aý", "indiki hepde", "gitmeli dälmi", "gitmek barada",
    ],
    ABROAD_NOW: [
      "men şu ýerde", "biz şu ýerde", "şu ýerde işleýärin", "işleýärin", "işleýäris", "işläp ýörün", "işläp ýörüs", "gelemde", "gelenimizde",
      "gelenimizden soň", "howa menzilinde", "ýaşaýaryn", "ýaşaýarys", "aý boldy", "aýdan bäri", "gelenimde",
      // arrived / brought / already deceived: the offer is in the past
      "geldim", "geldik", "bardym", "bardyk", "getirdiler", "alyp geldiler", "äkitdiler", "alyp gitdiler", "aldadylar", "aldady", "aldandym", "aldandyk",
      // "when I say I'll leave / quit": the person is already working there
      ...["gitjek", "gaýtjak", "çykjak", "taşlajak", "gaçjak"].flatMap((v) =>
        [`${v} diýsem`, `${v} diýsek`, `${v} diýenimde`, `${v} diýenimizde`, `${v} diýdim`, `${v} diýdik`]),
    ],
    OVERTIME: [
      "dynç günsüz", "dynç güni ýok", "dynç ýok", "dynç alyş ýok", "dynç berenok", "dynç bermeýär*", "gije-gündiz", "gije gündiz", "günde 12",
      "günde 14", "günde 15", "günde 16", "günde 18", "16 sagat", "14 sagat", "12 sagat", "18 sagat", "20 sagat", "ýatyrmaýar*", "dynuwsyz",
      "kesel bolsam hem", "syrkaw bolsam hem",
    ],
    ISOLATE: [
      "nirededigimi bilemok", "nirededigimi bilmeýärin", "nirededigimizi bilemizok", "salgyny bilemok", "salgyny bilmeýäris", "jaň etmäge rugsat bermeýär*",
      "jaň etmäge goýmaýar*", "gürleşmäge goýmaýar*", "gürleşmäge rugsat bermeýär*", "hiç kimi tanamok", "dili bilemok", "çölde", "uzak ýerde",
      "telefonym ýok", "adres* bilem*", "adres* bilmeý*", "salgy* bilem*", "salgy* bilmeý*",
    ],
    DECEIVE: [
      "wada berdiler", "wada beripdi", "wada beripdiler", "söz beripdiler", "aldap", "aldadylar", "aldady", "aldan+", "galp*", "başga iş", "ýerine",
      "aslynda", "ýalan*", "mugt diýdiler", "mugt diýipdiler",
    ],
    CONDITIONS: [
      "ýerde ýatýarys", "polda ýatýarys", "wagonda", "konteýnerde", "suw ýok", "iýmit ýok", "nahar ýok", "nahar bermeýär*", "aç galdyk", "açlyk*",
      "hapa*", "hajathana ýok", "sowuk*", "20 adam", "lukman ýok", "bejermeýär*", "howply iş*", "gul ýaly", "gullar ýaly",
    ],
    VULN: ["bikanun*", "resminamasyz*", "dokumentsiz*", "hasaba alynmadyk", "patentsiz*", "gitjek ýerim ýok", "pulum ýok", "dili bilemok", "göwreli*", "ýalňyz*"],
    TRAFFICKING: [
      "adam söwdasy*", "adam söwda*", "adam satmak*", "adamlary sat+", "gulçulyk*", "gul", "gullar", "mejbury zähmet*", "mejbury iş*",
      "ekspluatasiýa*", "trafik*", "adam alyş-çalşy*", "adam satyş*",
    ],
    VICTIM: [
      "pidasy boldum", "pida boldum", "meni satdylar", "meni satypdylar", "gulçulykda boldum", "ejir çeken*", "jebir çeken*", "satylypdym", "satylypdyk",
      "satylyp gitdim",
    ],
    NOW: ["häzir", "çalt", "tiz", "gyssagly", "derrew", "şu gün", "edil häzir", "tizräk"],
    ESCAPED: ["gaçdym", "gaçyp gitdim", "gaçyp çykdym", "gaçyp geldim", "gaçdyk", "halas boldum", "gutuldym"],
    LEAVE_FREE: [
      "gidip bilerin", "gitsem bolýar", "işden çykmak isleýärin", "işimi çalyşmak isleýärin", "iş çalyşmak isleýärin", "başga iş gözleýärin",
      "hiç kim mejbur etmeýär", "mejbur etmeýär", "hiç kim saklamaýar", "erkin", "özüm gitdim", "işden çykdym", "işi taşladym",
    ],
    PRE_NEG: ["hiç", "hiçhaçan", "hiç haçan"],
    POST_NEG: ["däl", "ýok", "dälmi"],
    SCOPE_NEG: ["hiç kim", "hiçkim", "hiç zat", "hiç haçan", "hiç kime", "hiç kimi"],
    MODAL_PRE: ["eger", "egerde", "nädip bilmeli", "nädip tanamaly", "alamatlary", "nyşanlary", "nädip tanap"],
    MODAL_POST: [
      "bilermi", "bilerlermi", "bolýarmy", "bolarmy", "mümkinmi", "mümkin", "haky barmy", "hakly", "haklymy", "hukugy barmy", "hukugy bar", "kanunymy", "kanuna laýykmy", "kanuny",
      "gerekmi", "dogrumy", "kadalymy", "rugsat barmy", "bolýar",
    ],
    GENERAL: [
      "täzelik*", "kino*", "film*", "serial*", "düzme*", "makala*", "referat*", "telewizorda", "internetde okadym", "näme diýmek", "alamatlary", "köp migrantlar", "käbir iş berijiler", "mekdepde", "seminar*", "trening*",
      ],
    QUESTION_WORD: ["näme", "nädip", "nirede", "nirä", "haçan", "kim", "näçe", "haýsy", "nämä", "nähili"],
    F_PAID_TRAVEL: [
      "bilet* .. töle+", "ýol kira* .. töle+", "ýol puly* .. töle+", "wiza* .. töle+", "bilet* .. alyp ber+", "bilet* .. satyn al+", "mugt bilet*",
      "bilet mugt", "tölegsiz bilet*", "ýol mugt", "mugt wiza*", "iş berijiniň hasabyndan", "firmanyň hasabyndan", "olaryň hasabyndan",
      "agentligiň hasabyndan", "aýlykdan tutup galar", "aýlykdan tutýar*", "aýlykdan kesýär*", "ilkinji aýlykdan", "birinji aýlykdan",
      "soň işläp berersiň", "işläp tölärsiň", "aýlykdan gaýtar+", "töläp berýärler", "alyp berýärler", "satyn alyp berýärler",
    ],
    F_PASSPORT_KEPT: [
      "pasport* .. tabşyr+", "pasport* .. galdyr+", "pasport* .. berip goý+", "pasport* .. olara ber+", "pasport* .. olarda", "pasport* .. alyp galar*",
      "pasport* .. alyp galjak*", "pasport* .. sakla+", "pasport* .. agentlikde", "pasport* .. agentlige", "pasport* .. iber+", "resminama* .. tabşyr+",
      "resminama* .. alyp galar*", "pasport* .. bermeli", "pasport* .. hojaýynda durar", "pasport* .. maňa ber+", "pasport* .. bize ber+",
      "pasport* .. özümizde", "pasport* .. bizde",
    ],
    F_FEE: [
      "pul tölemeli", "tölemeli", "töleg*", "öňünden töleg*", "öňünden pul", "öňünden töle+", "awans*", "komissiýa*", "araçylyk haky*", "hyzmat haky*",
      "agentlige pul", "agentlige töle+", "resminama üçin pul", "ýer üçin pul", "pul soraýar*", "pul sorady*", "pul geçir+", "karta pul", "karta geçir+",
      "girew puly", "zalog*", "dollar* sora+", "manat* sora+", "lira* sora+", "rubl* sora+", "pul sora+", "dollar* alýar*", "dollar* aljak*",
      "manat* alýar*", "manat* aljak*", "agentlig* .. dollar*", "agentlig* .. manat*",
    ],
    F_NO_PERMIT: [
      "turist wizasy*", "turistik wiza*", "turist hökmünde", "turist bolup", "turistik", "rugsatsyz", "rugsatnamasyz", "patentsiz", "wizasyz",
      "iş wizasyz", "bikanun*", "resminamasyz", "resminamalar soň", "soň resmileşdir+", "ol ýerde resmileşdir+", "myhman wiza*", "talyp wiza*",
    ],
    F_NO_CONTRACT: [
      "şertnamasyz", "şertnama ýok", "şertnama bermeýär*", "şertnama baglaşmaýar*", "kontraktsyz", "kontrakt ýok", "dilden", "agzeki", "şertnama soň",
      "şertnama ol ýerde", "şertnamany düşünemok", "arap dilinde", "koreý dilinde", "türk dilinde", "iňlis dilinde", "okap bilemok", "düşünemok",
    ],
    F_PAY_HIGH: [
      "tejribesiz", "tejribe gerek däl", "tejribe gerekmez", "tejribe hökman däl", "tejribe talap edilmeýär", "dil bilmek gerek däl", "dil gerek däl", "dil bilmese hem", "ýokary aýlyk*",
      "uly aýlyk*", "uly pul*", "köp pul*", "örän gowy aýlyk*", "aňsat pul*", "ýeňil iş*", "1500$", "2000$", "2500$", "3000$", "4000$", "5000$",
      "$1500", "$2000", "$3000", "1500 dollar*", "2000 dollar*", "2500 dollar*", "3000 dollar*", "4000 dollar*", "5000 dollar*",
    ],
    F_SECRECY: [
      "hiç kime aýtma*", "hiç kime aýtmaly däl", "hiç kime gürrüň berme*", "ata-eneňe aýtma*", "maşgalaňa aýtma*", "ejeňe aýtma*", "syr sakla+",
      "gizlin*", "gizlinlikde", "syr", "hiç kim bilmesin", "hiç kim bilmeli däl", "aýtma", "aýtmaň", "aýtmagyn", "aýtmaly däl", "öýdäkiler* aýtma*",
    ],
    F_INFORMAL: [
      "tanyş*", "tanşym*", "dostum*", "joram*", "ýigidim*", "söýgülim*", "garyndaş*", "goňşy*", "internetde", "internet arkaly", "instagram*",
      "telegram*", "whatsapp*", "watsap*", "odnoklassniki*", "sosial ulgam*", "tiktok*", "bir adam", "bir aýal", "bir ýigit", "nätanyş*", "imo",
      "täze tanşym*",
    ],
    F_SAFE: [
      "ygtyýarnama*", "ygtyýarnamaly", "resmi agentlik*", "döwlet agentligi*", "ýazmaça şertnama*", "resmi şertnama*", "iş wizasy*", "resmi ýagdaýda",
      "resmi ýol bilen", "iş bilen üpjün ediş*", "migrasiýa gullugy",
    ],
    PAY_VERB: ["töle+", "töläp", "töleýär", "töleýärler", "alyp berýärler", "satyn alyp berýärler", "mugt", "tölegsiz", "hasabyndan"],
  },
  categories: {
    job_offer_check: [
      "iş teklip*", "teklip etdiler", "teklip edýär*", "teklip etdi", "wakansiýa*", "agentlik*", "işe çagyr+", "teklibi barla+", "barlap beriň",
      "gitsem bolarmy", "daşary ýurtda iş teklip*", "dubaýda iş", "türkiýede iş", "koreýada iş", "işe alyp gideris", "iş teklib*", "teklip*", "razy bolsam*", "razy bolaýyn*",
      "teklib*",
    ],
    employment_abroad: [
      "patent*", "iş rugsatnama*", "rugsatnama*", "zähmet şertnama*", "şertnama*", "kontrakt*", "aýlyk*", "zähmet haky*", "iş beriji*", "işden çykar+",
      "işden kow+", "iş çalyş+", "iş gözle+", "iş tapmak", "zähmet hukug*", "hukuklarym", "salgyt*", "lukmançylyk barlag*", "synag*", "russiýada işle+",
      "türkiýede işle+", "gurluşyk*", "zawod*", "ammar*", "daşary ýurtda işle+", "hojaýyn*", "brigadir*", "dynç güni", "rugsat günleri",
      "iş rugsad*", "işe rugsad*", "çalyşma izni", "çalışma izni", "patron*", "işden çyk+", "işi taşla+", "şikaýat*",
    ],
    work_in_home_country: [
      "türkmenistanda", "aşgabatda", "türkmenabatda", "marynda", "daşoguzda", "balkanabatda", "watanda", "öz ýurdumda", "ýurdumyzda", "obada",
      "obamyzda", "lebapda", "ahalda",
      ...["türkmenistanda", "aşgabatda", "türkmenabatda", "marynda", "daşoguzda", "balkanabatda", "lebapda", "öz ýurdumda", "ýurdumyzda"].flatMap(
        (p) => [`${p} .. iş*`, `${p} .. firma*`, `${p} .. zawod*`, `${p} .. kärhana*`],
      ),
    ],
    education_abroad: [
      "okuw*", "okamak", "okamaga", "talyp*", "uniwersitet*", "ýokary okuw mekdep*", "institut*", "grant*", "stipendiýa*", "bilim*", "kollej*",
      "magistratura*", "bakalawr*", "kurs*",
    ],
    business_trip: ["iş sapar*", "komandirowka*", "biznes*", "telekeçi*", "sergi*", "konferensiýa*", "haryt getir+", "söwda sapar*", "haryt üçin"],
    return_home: [
      "öýe gaýt+", "watana gaýt+", "öýe .. gaýt+", "gaýtmaly", "gaýtsam", "yzyma gaýt+", "gaýdyp gel+", "gaýtmak*", "gaýtmak isleýärin", "öýe gitmek", "deport*", "girmek gadagan*",
      "gara sanaw*", "öýe bilet*", "türkmenistana gaýt+",
    ],
    family_health_social: [
      "maşgala*", "adamym*", "aýalym*", "aýrylyş+", "aliment*", "hassahana*", "keselhana*", "lukman*", "kesel*", "syrkaw*", "saglyk*", "göwreli*",
      "çagam*", "çagalarym*", "perzent*", "ata-ene*", "pensiýa*", "kömek puly*", "psiholog*", "derman*", "gaýyn ene*", "maýyp*", "çagalar bagy*",
      "ejem*", "kakam*", "ärim*", "bejergi*", "operasiýa*", "pul ibermeý*", "pul iberenok*", "pul ugratmaý*", "kyn ýagdaý*", "jaň etmedi*", "jaň etmeýä*", "jaň edeno*", "jaň edip bilme*",
      "jaň edip bilem*",
      "aladalan+", "biynjalyk*", "howsala*", "saglyg*", "saglygy gowy däl",
    ],
    id_documents: [
      "pasport* ýitir+", "pasportymy ýitir+", "ýitirdim", "täze pasport*", "pasport almak", "pasporty çalyş+", "pasport çalyş+", "pasportyň möhleti",
      "möhleti geçdi", "möhleti gutardy", "möhleti geçen", "şahsnama*", "dogluş hakynda şahadatnama", "gaýdyp gelmek üçin şahadatnama",
      "resminamany dikelt+", "dikelt+", "biometrik pasport*", "daşary ýurt pasport*", "ogurlatdym", "pasportym ýitdi", "pasportymy ogurladylar",
      "pasporty täzele+", "pasportymy täzele+", "pasport* .. alyp*", "pasport* .. saklap*", "pasport* .. sakla+", "pasport* .. täzele+",
      "pasport* .. möhleti*",
    ],
    contacts_embassies: [
      "ilçihana*", "konsullyk*", "konsul*", "diaspora*", "ministrlik*", "salgy*", "wekilhana*",
      ...["ilçihana*", "konsullyg*", "konsullyk*", "wekilhana*"].flatMap((p) => [`${p} .. telefon*`, `${p} .. salgy*`, `${p} .. belgi*`, `türkmenistanyň ${p}`]),
    ],
    trip_to_kazakhstan: [
      "gazagystan*", "gazakystan*", "almaty*", "astana*", "çymkent*", "şymkent*",
      ...["gazagystan*", "almaty*", "astana*", "şymkent*"].flatMap((p) => [`${p} .. gün*`, `${p} .. wiza*`, `${p} .. hasaba*`, `${p} .. galyp*`, `${p} .. durup*`]),
    ],
    tourist_trip: ["dynç almag*", "dynç almak*", "turist*", "turizm*", "syýahat*", "dynç alyş*", "tur", "ekskursiýa*", "myhmanhana*", "zyýarat*", "umra*"],
    what_is_trafficking: [
      "adam söwdasy*", "adam söwda*", "gulçulyk*", "mejbury zähmet*", "näme diýmek", "alamatlary", "täzelik*", "kino*", "film*", "düzme*", "makala*",
      "referat*", "ekspluatasiýa*",
    ],
    marriage_abroad: ["durmuşa çykmag*", "durmuşa çykmak*", "öýlenmeg*", "öýlenmek*", "äre çykmag*", "durmuşa çyk+", "öýlen+", "nika*", "toý*", "gyýew*", "gelin*", "daşary ýurtly*", "daşary ýurt raýat*", "sawçy*", "tanyşmak*", "äre çyk+"],
    rules_of_stay_abroad: [
      "hasaba alyş*", "hasaba al+", "registrasiýa*", "propiska*", "näçe gün", "90 gün*", "30 gün*", "näçe wagt", "möhletini uzalt+", "uzaltmak*",
      "migrasiýa kart*", "bikanun*", "jerime*", "girmek gadagan*", "serhet*", "rkl", "reýestr*", "kanuny bolmak", "näçe wagt galyp bolýar",
      "galsam bolarmy", "giriş gadagan*", "gadagançylyk*", "gadagan edil*", "gara sanaw*", "registrasiýa* .. etmeli", "registrasiýa* .. etmek*",
      "registrasiýa* .. edil*", "hasaba dur+", "hasaba goý+", "artyk gal+", "möhletinden artyk*",
    ],
    permanent_residence: [
      "ýaşamaga rugsat*", "hemişelik ýaşa*", "raýatlyk*", "raýatlygy*", "graždanstwo*", "wnž", "pmž", "green card", "grin kart*", "bütinleý göçmek",
      "hemişelik göç*", "ikamet*", "ýaşaýyş rugsad*", "ýaşaýyş rugsatnama*", "oturum*",
    ],
    hotline_numbers: [
      "ynam telefon*", "gyzgyn liniýa*", "telefon belgi*", "belgi*", "nomer*", "jaň etmek", "kime jaň", "nirä jaň", "belgisini",
      "belgileri", "jaň merkezi*",
    ],
    greeting_other: [
      "salam", "salamlar", "assalawmaleýkum", "sag bol", "sag boluň", "minnetdar", "hoş", "bolýar", "hawa", "ýok", "ok", "menýu", "gowy",
    ],
  },
};

/**
 * Plain typing: without a Turkmen keyboard ş ç ž are written s c z ("maas", "cykyp", "gosmaca"), which the skeleton
 * keeps apart from sh ch j. Every term (and marker) with these letters also gets its plain twin.
 */
const PLAIN: Record<string, string> = { ş: "s", ç: "c", ž: "z" };
const plain = (t: string): string => t.replace(/[şçž]/g, (c) => PLAIN[c]!);
/** Plain twins that would be other words: "işle-" (work) typed "isle-" is "isle-" (want), "iş" is English "is", "maaş" folds to "mas". */
const UNSAFE_PLAIN = /^(?:is|isl[eä]\S*|maas\S*)$/;
const withPlain = (terms: readonly string[]): string[] => {
  const out = [...terms];
  for (const t of terms) {
    if (!/[şçž]/.test(t)) continue;
    const p = plain(t);
    if (p.split(/\s+/).some((w) => UNSAFE_PLAIN.test(w.replace(/[*+]$/, "")))) continue;
    out.push(p);
  }
  return out;
};

export const tk: LangLexicon = {
  lang: base.lang,
  markers: withPlain(base.markers),
  concepts: Object.fromEntries(Object.entries(base.concepts).map(([c, terms]) => [c, withPlain(terms ?? [])])),
  categories: Object.fromEntries(Object.entries(base.categories).map(([c, terms]) => [c, withPlain(terms ?? [])])),
};
