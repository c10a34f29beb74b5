import type { LangLexicon } from "../types";

/**
 * Turkmen (Latin). ä ö ü ý ň fold to the plain letters people type without a Turkmen keyboard; ş ç ž fold to
 * sh ch j, so every term with them also gets its plain-typed twin (s c z) at the bottom of this file.
 * Negation: -ma-/-me- (almady, bermeýär), the colloquial -anok/-enok (berenok, goýanok), or "däl"/"ýok" after a
 * participle. Verbs are written as `+` stems where the positive and negative forms must be told apart.
 */
/** Places one can be locked in or not let out of (ablative, or "outside"). */
const PLACES = ["daşary", "daşaryk", "öýden", "otagdan", "jaýdan", "binadan", "zawoddan", "sehden", "ammardan", "kwartiradan", "ýerden", "köçä"];

/** Accusative persons: the object of a kidnapping, a sale, a confinement ("gyzymy ... satypdyrlar", "meni maşyna salyp"). */
const PERSONS_ACC_REL = [
  "gyzymy", "oglumy", "aýalymy", "ärimi", "adamymy", "uýamy", "jigimi", "inimi", "doganymy", "agamy", "gyzlary", "gyzlarymyzy", "gelnimi", "ýegenimi",
  "dostumy", "garyndaşymy", "meni", "bizi", "seni", "sizi",
];
/** The same with "ony"/"olary", which may also be "it"/"them" (a phone sold or stolen): only where a thing cannot be meant. */
const PERSONS_ACC = [
  "meni", "bizi", "ony", "olary", "seni", "sizi", "gyzymy", "oglumy", "aýalymy", "ärimi", "adamymy", "uýamy", "jigimi", "inimi", "doganymy", "agamy",
  "gyzlary", "gyzlarymyzy", "gelnimi", "ýegenimi", "dostumy", "gyzy", "ogly", "garyndaşymy",
];

/** "maaş" typed without ş (a prefix "maas*" would fold to "mas*" and match maşgala, maslahat ...). */
const MAAS = ["maas", "maasy", "maasym", "maasymy", "maasymyz", "maasymyzy", "maasyny", "maaslary"];
/** "maaş" (Turkish "maaş", "maaşımı") as whole forms: the prefix "maaş*" folds to "mash*" and would match "maşyn" (car), "maşgala" (family);
 * not "maaşyň" / "maaşyny" either: folded "mashin / mashini", the Russian and Tajik "машин / машини" (car). */
const MAASH = [
  "maaş", "maaşy", "maaşym", "maaşymy", "maaşymyz", "maaşymyzy", "maaşlary", "maaşlarymyzy", "maaşa", "maaşdan", "maaşymdan",
  "maaşymyzdan", "maaşymyň", "maaşlar",
];
const WAGE_FORMS = [...MAASH, ...MAAS];

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
    "bolyarmy", "bolyar", "bolarmy", "nace", "nahili", "basga", "ozumde", "gitjek", "edyan", "edyar", "diyya", "yaly", "hic", "nira", "gerek",
    "isledyarler", "bermeyarler", "goybermeyar", "yzyna", "hepde", "gunde", "ayda", "gecsem", "gitsem", "barsam", "etsem", "bilen",
    "gitdiler", "aldylar", "berdiler", "gyzymy", "oglumy", "sorayar", "sorayarlar", "soraýarlar", "isleyar", "isleýär", "edýärler", "diýýärler",
    "bilemizok", "bilmeyarin", "bilmeýärin", "näme etmeli", "name etmeli",
    // Cyrillic Turkmen (older spelling)
    "дийярлер", "дийяр", "паспортымы", "алдылар", "гитсем", "эдйәрлер", "эдйәр", "ишлейәрин", "ишлейәрис", "ёк", "бермейәрлер",
    "нәме", "мен", "эдиң", "этмели", "хем", "дийсем", "дийип", "бермейәр", "берсеңиз", "дүшүндирип", "халас", "ишден", "хожайын", "хожайында",
  ],
  concepts: {
    DOC: ["pasport*", "passport*", "resminama*", "şahsnama*", "dokument*", "şahsyýet*", "id kart*", "pasporty", "pasportymy", "pasportlarymyzy", "kimlik*", "pasaport*", "paspord*", "pasbort*", "dokumet*",
      "ikamet kart*"],
    PHONE: ["telefon*", "mobil*", "el telefony*"],
    MONEY: ["aýlyk*", "zähmet haky*", "hakym*", "hakymyzy", "pul*", "zarplata*", "töleg*", "iş haky*", "paramy", "paramyzy", "paralarymy", ...WAGE_FORMS],
    AGENT: [
      "hojaýyn*", "hojaýka*", "hanym*", "iş berij*", "işberij*", "brigadir*", "başlyk*", "naçalnik*", "agent", "agentlik*", "firma*", "kompaniýa*", "araçy*", "olar",
      // not "ussa*" / "ussa": folded "usa", the English "USA" and the Kazakh "ұсақ" (small: "ұсақ қарыздарым бар")
      "olaryň", "olara", "öý eýesi*", "patron*", "müdir*", "ussam", "ussamyz", "ussany", "ussanyň", "ussadan", "ussalar*", "ussa aga*", "şef*",
    ],
    REL: [
      "aýal doganym*", "uýam*", "jigim*", "doganym*", "agam*", "oglum*", "gyzym*", "adamym*", "aýalym*", "ejem*", "kakam*", "dostum*", "joram*",
      "garyndaşym*", "ýegenim*", "gelnim*", "goňşym*", "goňşymyz*", "agtygym*", "dogany", "gyzy", "ogly", "uýasy", "jigisi", "aýaly", "adamsy",
      "aýal dogan*", "gyz dogan*", "erkek dogan*", "dogan", "inim*", "inisi", "gardaşym*", "ärim*", "äri",
    ],
    MINOR: [
      "çaga", "çagany", "çagalar", "çagalary", "çagalaryň", "çagalaryny", "çagalarda", "çagalardan", "çagalarym", "çagalarymyz",
      "çagalarymy", "çagalarymyzy", "çagam", "çagamy", "çagamyz", "çagamyzy", "oglanjyk*", "gyzjagaz*", "balagat ýaşyna ýetmedik*", "kämillik ýaşyna ýetmedik*", "ýetginjek*", "kiçi ýaşly*", "gyz çaga*", "oglan çaga*", "mekdep okuwçy*",
      "okuwçy gyz*", "ýetim*", "18 ýaşa ýetmedik*", "18 ýaşyna ýetmedik*", "bäbek*",
      // ages ("15 ýaşly", "15 yasly", "15 yasynda") are the shared age rule (index.ts)
    ],
    COST: [
      "bilet*", "ýol kira*", "ýol puly*", "uçar*", "wiza*", "kwartira*", "ýaşaýyş*",
      // not "jaý*" / "jaý" / "jaýy": folded "jai", the Kazakh "жай" (just, simply: "жай сұрайын деп едім"); also the English "jail"
      "jaý üçin", "jaý puly*", "jaý kira*", "jaý we*", "jaýyň puly*", "jaýyň kira*", "ýaşaýan jaý*", "iýmit*", "nahar*", "resminama*", "patent*",
      "egin-eşik*", "hasaba alyş*", "ýatak*",
      // a fine ("штраф", "shtraf", "jarima", "ҷарима", "jerime", "айыппұл") is a cost in every lexicon, never also WORKOFF: listed in both, one
      // word made debt bondage ("какой штраф будет за регистрацию?"); with a debt or a deduction from wages it still is
      "jerime*", "ştraf*",
    ],
    WORK: [
      "iş", "işe", "işde", "işi", "işim*", "işle*", "zähmet*", "ofisiant*", "garson*", "aşpez*", "tikinçi*", "enekeç*", "hyzmatkär*", "satyjy*",
      "gurluşykçy*", "sürüji*", "aýlyk*", "aýlyg*", ...WAGE_FORMS,
      // at / to a building site (not "gurluşyk kollejine": a college); "işlemäge" typed plain (the generated twin is skipped: "isle-" is to want)
      "gurluşykda", "gurluşyga", "gurluşyk işi*", "gurluşyk obýekt*", "obýektde", "islemage", "islemaga", "islemege", "isledip*", "işledip*",
    ],
    TAKE: [
      "aldy", "aldylar", "alypdyr", "alypdyrlar", "alyp goý+", "alyp gal+", "alyp aldy", "alan", "alanlar", "alyp gitdi", "alyp gitdiler",
      "yzyna bermeýär*", "yzyna bermedi*", "yzyna berenok", "yzyna bermän", "gaýtarmaýar*", "gaýtaryp bermeýär*", "gaýtaryp berenok",
      // "does not give" only with what is not given or after asking for it (bare, it matched "telefona jogap bermeýär": does not answer)
      ...["pasportymy", "pasportymyzy", "pasportlarymy", "pasportlarymyzy", "pasporty", "pasportlary", "pasportyny", "dokumentlerimi", "dokumentlerimizi",
        "dokumentlerini", "dokumentimi", "resminamamy", "resminamalarymy", "resminamalarymyzy", "telefonymy", "telefonlarymyzy", "telefonlary",
        "soranymda", "soranymyzda", "sorasam", "sorasak"].flatMap((o) =>
        ["bermeý*", "bereno*", "bermedi*", "berýäno*", "vermiyor*", "vermedi*"].map((v) => `${o} .. ${v}`)),
      "saklaýar", "saklaýarlar", "saklap otyr*", "saklap ýör*", "özünde", "özlerinde",
      "hojaýynda", "başlykda", "olarda", "agentlikde", "brigadirde", "ýygnap al+", "tabşyrdyk", "tabşyrmaly bolduk", "patronda", "hanymda",
      "iş berijide", "işberijide", "firmada", "alyp goýupdyr*", "bermerin", "bermeris", "bermez", "bermezler", "bermejek", "bermejekler",
      // colloquial -ýä for -ýär, collected, hidden, kept (not "saklaýaryn": "I keep it myself")
      "yzyna berýäno*", "ýygnadylar", "ýygnady", "ýygnapdyr*", "ýygnap aldy*", "ýygnap goý+", "gizläp goý+",
      "gizledi", "gizlediler", "gizläpdir*", "elimden al+", "tutup gal+", "saklap gal+",
      "saklady*", "saklapdyr*", "saklajak*", "saklar", "saklarlar", "saklarys", "saklaryn", "saklaýarlar", "saklaýa", "saklaýalar",
      "berjek däl", "berjek dälmiş", "yzyna bermejek*", "vermiyor*", "vermiyorlar", "vermedi*", "elinde tut+",
      // "until the job is done / the debt is paid": held until
      "gutarýança*", "gutaryança*", "gutarança*", "gutarynça*", "tamamlanýança*", "üzýänçä*", "üzmänçä*", "töleýänçä*", "tölemänçä*", "ödeýänçä*",
      "ödemänçä*", "gaýtarýança*", "gaýtarmança*", "işläp berýänçä*", "işläp bermänçä*",
      ...["hojaýynyň", "patronyň", "olaryň", "onuň", "brigadiriň", "iş berijiniň", "agentligiň", "firmanyň", "hanymyň"].flatMap((a) => [`${a} elinde`, `${a} ýanynda`]),
    ],
    HAVE_OWN: [
      ...["pasportym", "pasportymyz", "pasportlarym", "pasportlarymyz", "resminamam", "resminamalarym", "resminamalarymyz", "dokumentim",
        "dokumentlerim", "dokumentlarym", "dokumentlerimiz"].flatMap((d) => [`${d} özümde`, `${d} özümizde`, `${d} mende`, `${d} bizde`, `${d} elimde`,
        `${d} .. özümde dur*`, `${d} .. öz elimde`]),
      "özümde dur", "özümde durýar", "indi özümde", "öz elimde", "yzyna berdi*", "yzyna beripdi*", "gaýtaryp berdi*", "gaýtaryp beripdi*",
      "kwitansiýa* .. berdi*", "kwitansiýa* .. berip*", "kwitansiya* .. berdi*", "raspiska* .. berdi*", "çek berdi*",
    ],
    LOST: [
      "ýitirdim", "ýitirip", "ýitirdik", "ýitdi", "ýiten", "ogurladylar", "ogurlatdym", "ogurlatdyk", "möhleti geçdi", "möhleti gutardy",
      "möhleti geçen", "könelipdir", "düşürdim", "düşüp galdy", "möhleti gutar+", "möhleti geç+", "ýitirip*", "ogurlatdy*",
    ],
    CONFINE: [
      "gulpladylar", "gulplap", "gulplap goý+",
      // "gulpla-" to lock, but not the passive "telefonym gulplandy" (a phone or account locked): persons only
      "gulplad*", "gulplap*", "gulplaýar*", "gulplaýan", "gulplaýanlar", "gulplajak*", "gulplar", "gulplarlar", "gulplandym", "gulplandyk",
      "gulplanypdym", "gulplanypdyk", "gulplanýarys", "gulplanýaryn", "gulplanyp sakla+", "gulplanan otag*", "gulplanan jaý*", "gulplanan ýer*",
      "gulplanan gapy*", "gulplanan kwartira*", "gulp sal+", "gulp asyp", "daşyndan gulp*", "daşyndan ýap+", "daşyndan bekle+", "daşyndan ýapyp",
      "türme ýaly", "türmede ýaly", "tussag ýaly", "kilitledi*", "kilitliyor*", "kilitleyip*", "hiç ýere çykarma*", "hiç ýere çykarano*", "hiç ýere çykarýano*", "çykarýanok*", "daşary çykarýano*",
      "ýeke çykmak gadagan*", "ýeke çykmaga goýma*", "ýeke çykmaga goýano*", "ýeke çykmaga rugsat ýok", "ýeke çykmaga rugsat berme*", "ýeke çykarma*",
      "ýeke çykaranok*", "ýeke goýberme*", "ýeke goýbereno*", "ýeke çykyp bolmaýar", "dışarı çıkarmıyor*", "dışarı çıkamıyor*", "dışarı çıkmamıza izin*",
      ...PERSONS_ACC.flatMap((o) => [`${o} .. zor bilen sakla+`, `${o} .. ýapyp goý+`, `${o} .. gabap goý+`]), "gapyny gulpla+", "gabadylar", "gabap", "gabap goý+", "gabaldyk", "gabady",
      "daşary çykarmaýar*", "daşaryk çykarmaýar*", "çykarmaýarlar", "çykarmaýar", "çykaranok*", "çykarmaýa*", "garawul*", "goragçy*",
      // a basement only with a holding or locking verb ("podwalda ýaşaýarys" is a poor home)
      ...["podwal*", "podval*", "ýerzemin*"].flatMap((p) => [`${p} .. sakla+`, `${p} .. ýap+`, `${p} .. gulpla+`, `${p} .. sal+`, `${p} .. tut+`, `${p} .. gabap*`]),
      // not "ýesir*": folded "esir*", the Kazakh "есірткі" (drugs)
      "ýesir", "ýesirlik*", "ýesire", "ýesirde", "ýesir edip", "ýesir et+", "ýesir ed+", "ýesir sakla+", "gul edip", "zynjyr*", "daňyp goý+", "daňyp", "bizi saklaýarlar", "meni saklaýarlar",
      "bizi zor bilen sakla+", "meni zor bilen sakla+", "gözegçilikde", "gulplap sakla+", "gulplap otyr+", "gabap sakla+", "ýapyk sakla+",
      "ýapyp goý+", "ýapyp sakla+", "gulply", "gulpy bar",
      // "cannot get out / not let out" of a place (without the place it may be "cannot quit the job": CANT_LEAVE / RESTRICT)
      ...PLACES.flatMap((p) => [`${p} çykyp bilem*`, `${p} çykyp bilmeý*`, `${p} çykyp bileno*`, `${p} çykmaga goýma*`, `${p} çykmaga goýano*`,
        `${p} çykmaga rugsat berme*`, `${p} çykmaga rugsat bereno*`, `${p} çykarma*`, `${p} çykarano*`, `${p} çykmaga rugsat ýok`, `${p} çykmak gadagan*`,
        `${p} çykmaga ygtyýar ýok`, `${p} çykyp bolanok`, `${p} çykyp bolmaýar`,
        `${p} çykarýano*`, `${p} çykmaga goýýano*`, `${p} çykamok`, `${p} çykamzok`, `${p} çykamyzok`, `${p} çykabilemok`, `${p} çykyp bolmaýa*`]),
    ],
    RESTRICT: [
      "goýbermeýär*", "goýberenok*", "goýbermedi*", "goýbermeýärler", "goýbermejek*", "goýbermez*", "gitmäge rugsat bermeýär*", "gitmäge rugsat berenok*",
      "gitmäge goýma*", "gitmäge goýano*", "öýe goýbermeýär*", "çykmaga goýma*", "çykmaga goýano*", "çykmaga rugsat berme*", "çykmaga rugsat bereno*",
      "işden çykmaga goýmaýar*", "işden çykmaga rugsat bermeýär*", "boşatmaýar*", "boşadanok*", "öýe ibermeý*", "yzyna ibermeý*", "watana ibermeý*",
      "öýe ibereno*", "gitjek bolsam goýmaýar*", "gitmek gadagan*",
      // cannot talk to the family alone / on her own: someone is always beside her
      ...["öz başyna", "ýeke", "ýeke özi", "özbaşdak"].flatMap((a) => ["gepläp", "gepleşip", "gürleşip", "gürläp", "jaň edip"].flatMap(
        (v) => [`${a} ${v} bileno*`, `${a} ${v} bilmeýär`, `${a} ${v} bilmeýärler`, `${a} ${v} bilmeýä`, `${a} ${v} bolano*`, `${a} ${v} bolmaýar`])),
      "ýanynda gepled+", "ýanynda gürleşdir+",
      "goýbermeý*", "goýberýäno*", "gitmäge goýýano*", "işden çykmaga goýýano*", "hiç ýere goýberýäno*", "gitmäge rugsat ýok", "gitmäge ygtyýar ýok", "gaýtmaga goýma*", "gaýtmaga goýano*", "gaýtmaga rugsat berme*", "gaýtmaga rugsat ýok",
      "işden çykmaga rugsat ýok", "işden gitmäge goýma*", "işden gitmäge rugsat ber*", "hiç ýere goýberme*", "hiç ýere goýbereno*",
      ...["gitjek", "gaýtjak", "çykjak", "gaçjak", "gitmekçi"].flatMap((v) => [`${v} bolsa* .. goýma*`, `${v} bolsa* .. goýano*`, `${v} bolsa* .. goýberme*`,
        `${v} bolsa* .. goýbereno*`]),
    ],
    CANT_LEAVE: [
      ...["gidip", "gaýdyp", "gaçyp", "çykyp", "dolanyp", "gutulyp", "gaýtyp"].flatMap((v) => [`${v} bilem*`, `${v} bilmeý*`, `${v} bileno*`, `${v} bilmer*`]),
      "öýe gaýdyp bilmeý*", "işden gidip bilmeý*", "alaç ýok", "çäre ýok",
    ],
    BEAT: [
      "urýar*", "urýarlar", "urdy", "urdular", "urup", "uran", "urupdyr", "ýençdiler", "ýenç+", "ýenýärler", "ýençýärler", "tepdiler", "depdi",
      "depýärler", "zorluk*", "zulum*", "urýa", "urýalar", "urýala", "urupdyrlar", "tepgil+", "depgil+", "ýumrukla+", "gamçyla+",
      "ýençil+", "dayak*", "dövüyor*", "dövdü*", "dövüyorlar", "gynap", "gynaýar*", "ýaraladylar", "ýaralan*", "ýumruk*", "ur-ýykyl*",
    ],
    RAPE: ["zorladylar", "zorla+", "zorlap", "namysyna deg+", "namysyma deg+", "jynsy zorluk*", "ýapyşýar*", "sataşýar*"],
    KILL: [
      "öldür+", "öldürjek", "öldürerin", "öldürýärin", "öldürerler", "öldürip", "öldürjekdigini", "janymy aljak", "janym howp astynda",
      "ömrüm howp astynda", "janymyz howp astynda", "ölerin", "öleris", "diri goýmaz", "diri galmaryn", "pyçak*", "atyp öldür+", "ýok ederin", "ýok ederis", "ýok etjek*", "janyňy al+", "janyňyzy al+", "kelläňi kes+",
      "gömeris", "öldürürüm", "öldürürüz",
    ],
    THREAT: [
      "gorkuz+", "gorkuzýar*", "gorkuzdylar", "gorkuzdy", "haýbat*", "haýbat atýar*", "abanýar*", "howp salýar*", "zyýan ýetir+", "zeper ýetir+",
      "ýamanlyk ed+", "ýamanlyk et+", "seni taparys", "seni taparyn", "sizi taparys", "öýüňi bilýä*", "öýüňizi bilýä*", "maşgalaňy bilýä*", "tehdit*",
      "zarar ver+", "yzarlaýar*", "yzarlap", "yzarla+",
      // will torment / harass ("ejeň bilen uýaňy tapyp ynjydarys"); not the present "çagam ynjydýar" (the baby bothers me)
      "ynjydarys", "ynjydaryn", "ynjydarlar", "ynjytjak*", "ynjydajak*", "azap bereris", "azap bererin", "azap berjek*",
      ...["polisiýa*", "polis*", "migrasiýa*", "militsiýa*"].flatMap((p) => [`${p} .. berer*`, `${p} .. berjek*`, `${p} .. verir*`, `${p} .. teslim*`]),
      // ransom: "if I don't pay they won't let her go"
      "bermese* .. goýbermejek*", "bermese* .. goýbermez*", "tölemese* .. goýbermejek*", "tölemese* .. goýbermez*",
      // the employer's own words: "I will report you to the police / migration", "I will have you deported"
      ...["polisiýa*", "polis*", "migrasiýa*", "militsiýa*"].flatMap((p) => [`${p} .. habar berer*`, `${p} .. jaň ederin`, `${p} .. tabşyrar*`, `${p} .. tabşyrjak*`]),
      "deport etdirer*", "deport ederin", "deport etjek*", "ýurtdan çykardaryn", "ýurtdan çykarjak*",
    ],
    DENOUNCE: [
      "polisiýa*", "polis*", "militsiýa*", "migrasiýa*", "migrasion*", "deport*", "ýurtdan çykar+", "tabşyrjak", "tabşyryn", "tabşyrarys", "tabşyrar",
      "tabşyrjakdyklaryny", "türme*", "tussag*", "girmek gadagan*", "gara sanaw*",
      "policiýa*", "türmä", "türmä .. sal+", "türmä .. basdyr+", "türmede", "sürgün*",
    ],
    HARM_FAMILY: [
      "maşgalam*", "maşgalaňy", "maşgalaňa", "maşgalaňyzy", "ata-enem*", "ata enem*", "ejeme", "kakama", "çagalaryma", "garyndaşlaryma", "ýakynlarym*",
      "obama", "öýdäkiler*", "ejeňi", "kakaňy", "çagalaryňy", "çagalaryňa", "aýalymy", "gyzymy", "oglumy", "adamymy", "ärimi", "uýamy", "jigimi",
      "inimi", "doganymy", "ejemi", "kakamy", "çagamy", "çagalarymy",
      // "your mother / sister / family" said to the victim
      "ejeňe", "ejeň bilen", "kakaňa", "kakaň bilen", "uýaňy", "uýaňa", "jigiňi", "iniňi", "maşgalaň", "maşgalaňyz*", "öýdäkileriňi", "obadaky*",
    ],
    HELP_NOW: [
      "halas ediň", "halas et+", "halas edäýiň", "gutaryň", "çalt kömek", "tiz kömek", "gyssagly kömek", "derrew kömek", "meni alyp gidiň",
      // not "sos" / "сос" alone: folded, it is the Kazakh colloquial "сос" (then: "сос жұмыс таптық"); SOS with a call for help or a person
      "sos kömek*", "kömek* sos", "sos halas*", "halas* sos", "sos ýardam*", "sos sos",
      "bizi alyp gidiň", "alyp gidiň", "meni bu ýerden alyp", "bu ýerden alyp gidiň", "kömek kömek", "polisiýa jaň ediň", "polisiýa çagyryň",
      "gelip alyň", "häzir kömek ediň", "häzir kömek", "kömek ediň häzir", "kömek ediň tiz", "imdat", "tiz geliň", "çalt geliň",
      "derrew geliň", "gaçmaga kömek*", "gaçmaga ýardam*", "gutulmaga kömek*", "çykmaga kömek ediň", "meni çykaryň", "bizi çykaryň", "bu ýerden çykaryň", "bizi gutaryň", "meni gutaryň", "şu wagt kömek", "edil häzir kömek",
    ],
    HELP: ["kömek*", "ýardam*", "maslahat*"],
    SEX: [
      // not "intim*": it also matched the English "intimidate", "intimate"
      "jelep*", "jelepçilik*", "jynsy*", "intim", "intimn*", "müşderi*", "klient*", "erkekler bilen", "erkeklere", "bedenini sat+", "bedenimi sat+", "seks*",
      "saunada", "sauna", "bordel*", "eskort*", "ýatmaga mejbur*", "gijeki klub*", "striptiz*", "tansçy*", "massaž salon*", "ahlaksyzlyk*",
      "erkekleriň ýanyna", "erkek* ýanyna", "müşderi* ýanyna", "myhman* bilen ýat+", "erkek* bilen ýat+", "jelephana*", "pahyşe*", "fahişe*",
      "konsomatris*", "massaž*",
      ...["erkek*", "müşderi*", "klient*", "myhman*"].flatMap((w) => [`${w} bilen ýatmaly*`, `${w} bilen bolmaly*`, `${w} ýanyna gitmeli*`,
        `${w} kabul etmeli*`]),
      // a forced marriage (with FORCE: "zor bilen durmuşa berjek", "mejbury nika"): sexual exploitation against her will
      "zor bilen durmuşa*", "zor bilen äre*", "zor bilen öýlen*", "zorlap durmuşa*", "mejbury nika*", "mejbury durmuş*", "mejbur .. durmuşa*",
      "islegine garşy durmuşa*", "islegine garşy äre*", "masaž*", "klient* ýanyna", "erkek* bilen bol+", "müşderi* bilen bol+", "klient* bilen bol+", "prostitut*",
    ],
    FORCE: ["mejbur*", "mejbury", "mejburlap", "mejbur et+", "zor bilen", "zorluk bilen", "islegime garşy", "erkime garşy", "islemesem hem", "alaçsyz",
      "islegine garşy", "erkine garşy", "razyçylygy bolmazdan", "razyçylygym bolmazdan", "zor edýär*", "zor edýä*", "zor etdi*", "zor edipdir*", "zor etjek*", "zor edip", "zor salýar*", "zor bilen işlet+", "dilegçilik etdir+", "dileg etdir+", "dilegçilige*", "dilendir+", "sadaka ýygnat+",
      "gedaýçylyk*", "ogurlyk etdir+", "narkotik* .. gezdir+", "narkotik* .. daşat+", "islemeýänimize garamazdan"],
    KIDNAP: ["ýesir al+", "ogurlap alyp gitdiler", "ogurlap gitdiler", "ogurlap git+", "alyp gaçdylar", "alyp gaç+", "girew*", "girewlik*", "zor bilen alyp git+", "zorlap alyp git+",
      // without an object only to an unknown place (goods are also "put in a car and taken"); blindfolded
      ...["maşyna salyp", "maşyna sokup", "maşyna mündürip", "maşyna oturdyp"].flatMap((m) => [`${m} .. bir ýere*`, `${m} .. nämälim*`, `${m} .. nirä*`,
        `${m} .. alyp gaç+`]),
      "gözümi daň+", "gözümizi daň+", "gözüni daň+", "gözlerimizi daň+", "gözlerini daň+",
      "zor bilen äkit+", "zor bilen äkid+", "zorluk bilen alyp git+", "zorluk bilen äkit+", "zorluk bilen äkid+", "zorlap äkit+", "zor bilen maşyna", "maşyna zor bilen", "zorlap maşyna", "ogurlap äkit+", "alyp gaçyp",
      ...PERSONS_ACC.flatMap((o) => [`${o} .. maşyna sal+`, `${o} .. maşyna sok+`, `${o} .. maşyna mündür+`, `${o} .. maşyna oturd+`]),
      ...PERSONS_ACC_REL.flatMap((o) => [`${o} .. ogurla+`, `${o} .. alyp gaç+`]),
    ],
    SOLD: [
      "satyp iber+", "satyp iberdiler", "erkeklere sat+", "müşderilere sat+", "klientlere sat+", "myhmanlara sat+",
      ...PERSONS_ACC_REL.flatMap((o) => [`${o} .. satdy*`, `${o} .. satyp*`, `${o} .. satypdyr*`, `${o} .. satyn al+`]),
      // passed on to another boss / farm / person: "başga bir çiftlige geçirdi", "başga adama tabşyrdylar"
      ...["hojaýyn*", "patron*", "brigadir*", "iş berij*", "işberij*", "firma*", "fermer*", "çiftlig*", "çiftlik*", "adama", "birine", "ussa*", "naçalnik*"].flatMap(
        (b) => ["ber+", "geçir+", "sat+", "tabşyr+", "ötür+"].map((v) => `başga .. ${b} ${v}`)), "meni sat+", "bizi sat+", "ony satdylar", "ony satypdyrlar", "ony satyp iber+", "gyzy satdy*", "gyzy satyp*", "satyldym", "satylan", "satyldyk",
      "meni satyn al+", "bizi satyn al+", "başga hojaýyna ber+", "başga hojaýyna sat+", "gaýtadan sat+", "pula sat+",
      "başga birine ber+", "başga patron* ber+", "başga iş berij* ber+", "başga işberij* ber+", "başga brigadir* ber+", "başga hojaýyn* ber+",
      "meni başga .. ber+", "bizi başga .. ber+", "başga ýere sat+", "seni satyn al+", "sizi satyn al+", "sen .. satyn alnan*", "siz .. satyn alnan*",
      "men .. satyn alnan*", "biz .. satyn alnan*",
      // a relative sold: "gyzymy ... satypdyrlar"
      ...["gyzymy", "oglumy", "aýalymy", "uýamy", "jigimi", "inimi", "doganymy", "gyzlary", "gyzlarymyzy"].flatMap((r) => [`${r} .. satdy*`, `${r} .. satyp*`]),
    ],
    DEBT: [
      // not "bergi*": the Kyrgyz "бергиле" (give!: "жардам бергиле") and the Uzbek "bergin" (give)
      "bergi", "bergini", "bergisi*", "bergimiz*", "bergiler*", "bergileri*", "bergiden", "bergä", "bergim*", "bergili*", "bergidar*", "karz*", "kredit*", "gaýtarmaly", "borç*", "borçly*", "bergiň", "bergiňiz*", "dolg*"],
    WORKOFF: [
      "işläp ber+",
      ...["işläp töle", "işläp üz", "işläp öde"].flatMap((v) => [`${v}meli*`, `${v}rsiň`, `${v}rsi*`, `${v}ň`, `${v}p*`, `${v}ýäris`, `${v}ýärin`,
        `${v}ýärler`, `${v}mek*`, `${v}mäge`, `${v}mege`, `${v}megi`, `${v}ýär`, `${v}ýäs`]),
      "işläp töläp*", "işläp tölärsiň", "işläp üzmeli*", "işläp üzersiň", "işläp üzüp*", "işläp üzýä*", "bergini üz+", "bergini işläp", "aýlykdan tut+", "aýlykdan kes+", "aýlykdan aýyr+", "kesip alýar*",
      "tutup galýar*", "bergim köpel*", "bergim art*", "bergi art*", "bergi köpel*", "mugt işle+", "aýlykdan", "zähmet hakyndan",
      "işläp ödemeli", "işläp ödärsiň", "işläp tölemeli", "işläp bermeli", "işläp gaýtarmaly", "aýlyg* tut+", "aýlyg* kes+", ...WAGE_FORMS.flatMap((m) => [`${m} tut+`, `${m} kes+`]),
      // "you owe (us)", said to the worker: the debt claim itself
      "bergiň*", "bergileriň*", "bergilisiň*",
    ],
    NOPAY: [
      "aýlyk* .. bermeý*", "aýlyk* .. bermedi*", "aýlyk* .. berenok", "pul* .. bermeý*", "pul* .. bermedi*", "pul* .. berenok", "hak* .. bermeý*",
      "hak* .. bermedi*", "hak* .. berenok", "zähmet haky* .. bermeý*", "zähmet haky* .. berenok", "zarplata* .. bermeý*", "tölemeýär*", "tölemedi*",
      "tölänok", "tölenok", "tölenmeý*", "aýlyk ýok", "pul ýok", "gijikdir+", "aldap gitdi", "bir manat hem", "bir teňňe hem", "aýlyksyz",
      "pulsuz işle+", "soňra berjek", "soň bereris", "möwsüm gutaranda", "iş gutaranda", "aýdan bäri aýlyk", "aýdan bäri pul", "aý bäri aýlyk",
      "aýlyg* .. bermeý*", "aýlyg* .. bermedi*", "aýlyg* .. bereno*",
      ...WAGE_FORMS.flatMap((m) => [`${m} .. bermeý*`, `${m} .. bermedi*`, `${m} .. bereno*`]), "aýlyk* .. bereno*",
      "aýlyk* .. berilme*", "aýlyg* .. berilme*", "ödemeýär*", "ödemedi*", "ödänok*", "tölänok*",
      "aýlyk* .. berýäno*", "aýlyg* .. berýäno*", "pul* .. berýäno*", "aýlyk* .. bermän*", "aýlyg* .. bermän*", "pul* .. bermän*", "pulsuz işled+", "mugt işled+", "aýlyk* .. bermeýä*", "pul* .. bermeýä*",
      ...WAGE_FORMS.flatMap((m) => [`${m} .. vermiyor*`, `${m} .. vermedi*`]), "para* .. vermiyor*", "aýlyk* .. tölenme*", "aýlyg* .. tölenme*", "aýlyk* .. gijikdir+", "pul* .. gijikdir+",
    ],
    UNREACH: [
      "habarlaşmaýar*", "habarlaşanok", "habarlaşmady*", "aragatnaşyk ýok", "aragatnaşykda däl", "aragatnaşyga çykmaýar*", "telefony öçük",
      "telefony öçürilen", "telefonyny öçürip", "telefony öçüp", "jogap bermeýär*", "jogap berenok", "jogap bermedi*", "telefony almaýar*",
      "telefon almaýar*", "dereksiz*", "ýitirim boldy", "ýitip gitdi", "habar ýok", "habarsyz", "nirededigini bilemizok",
      "nirededigini bilmeýäris", "nirededigini bilemok", "tapyp bilmeýäris", "tapyp bilemizok", "blokla+", "hiç hili habar",
      // "has not called" only counts over weeks or months (a few days without a call is ordinary)
      ...["aý*", "hepde*"].flatMap((d) => [`${d} .. jaň etme*`, `${d} .. jaň edeno*`, `${d} .. ýazmaý*`, `${d} .. ýazano*`, `${d} .. habarlaşma*`]),
      "telefon* almaýar*", "telefon* almaýa*", "telefon* alanok*", "telefon* alýano*", "jogap berýäno*", "telefon* öçük", "telefon* öçürük", "telefon* öçürilen*",
      "telefon* ýapyk", "telefon* işlemeýär*", "nomer* öçük", "nomer* işlemeýär*", "jogap ýok", "aragatnaşyk* kesil+", "aragatnaşyk* üzül+",
      "habarlaşyp bilem*", "habarlaşyp bilmeý*", "habarlaşyp bileno*", "jaň edip bilem*",
      "jaň edip bilmeý*", "jaň edip bolanok", "jaň edip bolmaýar", "ýetip bolanok", "ýetip bolmaýar", "elýeterli däl", "elýeterli bolmady*", "jaň ýetmeýär*", "jaň geçmeýär*", "jaň gitmeýär*", "ses-üýn ýok", "sesi çykmaýar",
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
      "düzüp berjek*", "teklif*", "iş ilan*", "ilanda", "ilany", "işçi gerek", "işçiler gerek", "gyzlar gerek", "adam gerek", "işe alyp barjak*",
      "işe ugratjak*", "işe iberjek*", "işe alyp gidýä*", "işe iberýä*",
    ],
    PRE_DEPART: [
      "gitsem bolarmy", "gitsem bolýarmy", "barsam bolarmy", "barsam bolýarmy", "gideýinmi", "gitmelimi", "gitmeli mi", "razy bolsam bolarmy",
      "razy bolaýynmy", "ynanmak bolarmy", "ynansam bolarmy", "gitjek", "gitmekçi", "gitmekçi bolýaryn", "barmakçy", "entek gitmedim", "entek gidemok",
      "gitmezden öň", "barmazdan öň", "howpsuzmy", "kadalymy", "dogrumy", "aldaw dälmi", "galplyk dälmi", "nädip barla+", "barlap", "barlasam",
      "wada berýärler", "töläp berýärler", "töläp berjek", "alyp galarmyşyn", "alyp galjak", "alyp galjakmyş",
      "gidýärin", "uçýaryn", "indiki aý", "indiki hepde", "gitmeli dälmi", "gitmek barada", "gitmekçi*", "barmakçy*", "ugramakçy*", "uçmakçy*",
      "gidäýsem", "gitmegi meýilleşdir+", "entek gitmedik", "heniz gitmedim", "heniz gitmedik", "gitmäge taýýarlan+", "gitsemmi", "gideýinmikä",
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
      "telefonym ýok", "adres* bilem*", "adres* bilmeý*", "salgy* bilem*", "salgy* bilmeý*", "nirede* .. bilem*", "nirede* .. bilmeý*", "nirä* .. bilem*",
      "nirä* .. bilmeý*", "haýsy ýerde* .. bilem*", "haýsy şäher* .. bilem*", "gürleşdirmeýär*", "gürleşdireno*", "jaň etdirmeýär*", "jaň etdireno*",
      "telefon* .. bermeýär*",
    ],
    DECEIVE: [
      "wada berdiler", "wada beripdi", "wada beripdiler", "söz beripdiler", "aldap", "aldadylar", "aldady", "aldan+", "galp*", "başga iş", "ýerine",
      "aslynda", "ýalan*", "mugt diýdiler", "mugt diýipdiler", "aldaw*", "kandyr+", "diýipdiler",
      "wada edipdiler", "wada edilen", "söz beripdi", "başga zat",
    ],
    CONDITIONS: [
      "ýerde ýatýarys", "polda ýatýarys", "wagonda", "konteýnerde", "suw ýok", "iýmit ýok", "nahar ýok", "nahar bermeýär*", "aç galdyk", "açlyk*",
      "hapa*", "hajathana ýok", "sowuk*", "20 adam", "lukman ýok", "bejermeýär*", "howply iş*", "gul ýaly", "gullar ýaly",
    ],
    VULN: ["bikanun*", "resminamasyz*", "dokumentsiz*", "hasaba alynmadyk", "patentsiz*", "gitjek ýerim ýok", "pulum ýok", "dili bilemok", "göwreli*", "ýalňyz*"],
    TRAFFICKING: [
      // not "gul" alone: the Uzbek, Tajik and Kazakh "gul / гул / гүл" (a flower)
      "adam söwdasy*", "adam söwda*", "adam satmak*", "adamlary sat+", "gulçulyk*", "gul ýaly", "gul edip", "gul hökmünde", "gul etdi*", "gullar", "mejbury zähmet*", "mejbury iş*",
      "ekspluatasiýa*", "trafik*", "adam alyş-çalşy*", "adam satyş*", "adam satuw*", "gul söwda*",
      "insan ticaret*",
    ],
    VICTIM: [
      "pidasy boldum", "pida boldum", "meni satdylar", "meni satypdylar", "gulçulykda boldum", "ejir çeken*", "jebir çeken*", "satylypdym", "satylypdyk",
      "satylyp gitdim",
    ],
    NOW: ["häzir", "çalt", "tiz", "gyssagly", "derrew", "şu gün", "edil häzir", "tizräk"],
    ESCAPED: ["gaçdym", "gaçyp gitdim", "gaçyp çykdym", "gaçyp geldim", "gaçdyk", "halas boldum", "gutuldym"],
    LEAVE_FREE: [
      "gidip bilerin", "gitsem bolýar", "işden çykmak isleýärin", "işimi çalyşmak isleýärin", "iş çalyşmak isleýärin", "başga iş gözleýärin",
      "hiç kim mejbur etmeýär", "mejbur etmeýär", "hiç kim saklamaýar", "erkin", "özüm gitdim", "işden çykdym", "işi taşladym", "gidip bilýä*",
      "çykyp bilýä*", "gaýdyp bilýä*", "gidip bolýar", "çykyp bolýar", "mejbur edýän ýok", "saklaýan ýok", "islän wagtym*",
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
      // not "kino*" / "кино*": the prefix matched the Uzbek "qiynoq" (torture) and the Kyrgyz "кыйноо", which fold to "kino..."
      "täzelik*", "kino", "kinoda", "kinony", "kinoa", "kinodan", "kinodaky", "kinolar*", "kinoteatr*", "film*", "serial*", "düzme*", "makala*", "referat*", "telewizorda", "internetde okadym", "näme diýmek", "alamatlary", "köp migrantlar", "käbir iş berijiler", "mekdepde", "seminar*", "trening*", "habarlarda", "habarda", "täzeliklerde",
      "okadym", "okapdym", "gazet*", "doklad*", "taslama*", "prezentasi*", "sapakda",
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
      "pasport* .. özümizde", "pasport* .. bizde", "pasport* .. ugrat+", "pasport* .. geçir+", "pasport* .. bizde galar",
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
      "gitsem bolarmy", "ygtyýarnama*", "agentlik* .. sora+", "agentlik* .. pul*", "agentlik* .. dollar*", "iş ilan*", "teklif*",
      "daşary ýurtda iş teklip*", "dubaýda iş", "türkiýede iş", "koreýada iş", "işe alyp gideris", "iş teklib*", "teklip*", "razy bolsam*", "razy bolaýyn*",
      "teklib*",
    ],
    employment_abroad: [
      "patent*", "iş rugsatnama*", "rugsatnama*", "zähmet şertnama*", "şertnama*", "kontrakt*", "aýlyk*", "zähmet haky*", "iş beriji*", "işden çykar+",
      "işden kow+", "iş çalyş+", "iş gözle+", "iş tapmak", "zähmet hukug*", "hukuklarym", "salgyt*", "lukmançylyk barlag*", "synag*", "russiýada işle+",
      "türkiýede işle+", "gurluşyk*", "zawod*", "ammar*", "daşary ýurtda işle+", "hojaýyn*", "brigadir*", "dynç güni", "rugsat günleri",
      "iş rugsad*", "işe rugsad*", "çalyşma izni", "çalışma izni", "patron*", "işden çyk+", "işi taşla+", "şikaýat*", "sigorta*", "iş şertleri*",
      "iş sagady*", "aýlygy gijikdir+", "işden kowdular",
    ],
    work_in_home_country: [
      "türkmenistanda", "aşgabatda", "türkmenabatda", "marynda", "daşoguzda", "balkanabatda", "watanda", "öz ýurdumda", "ýurdumyzda", "obada",
      "obamyzda", "lebapda", "ahalda", "mary şäher*", "mary welaýat*", "iş kitapça*",
      ...["türkmenistanda", "aşgabatda", "türkmenabatda", "marynda", "daşoguzda", "balkanabatda", "lebapda", "öz ýurdumda", "ýurdumyzda"].flatMap(
        (p) => [`${p} .. iş*`, `${p} .. firma*`, `${p} .. zawod*`, `${p} .. kärhana*`],
      ),
    ],
    education_abroad: [
      "okuw*", "okamak", "okamaga", "talyp*", "uniwersitet*", "ýokary okuw mekdep*", "institut*", "grant*", "stipendiýa*", "bilim*", "kollej*",
      "magistratura*", "bakalawr*", "kurs*", "okamak*", "okuwa*", "býujet*", "okuw ýyly*",
    ],
    business_trip: ["iş sapar*", "komandirowka*", "biznes*", "telekeçi*", "sergi*", "konferensiýa*", "haryt getir+", "söwda sapar*", "haryt üçin"],
    return_home: [
      "öýe gaýt+", "watana gaýt+", "öýe .. gaýt+", "gaýtmaly", "gaýtsam", "yzyma gaýt+", "gaýdyp gel+", "gaýtmak*", "gaýtmak isleýärin", "öýe gitmek", "deport*", "öýe bilet*", "türkmenistana gaýt+",
    ],
    family_health_social: [
      "maşgala*", "adamym*", "aýalym*", "aýrylyş+", "aliment*", "hassahana*", "keselhana*", "lukman*", "kesel*", "syrkaw*", "saglyk*", "göwreli*",
      "çagam*", "çagalarym*", "perzent*", "ata-ene*", "pensiýa*", "kömek puly*", "psiholog*", "derman*", "gaýyn ene*", "maýyp*", "çagalar bagy*",
      "ejem*", "kakam*", "ärim*", "bejergi*", "operasiýa*", "pul ibermeý*", "pul iberenok*", "pul ugratmaý*", "kyn ýagdaý*", "jaň etmedi*", "jaň etmeýä*", "jaň edeno*", "jaň edip bilme*",
      "jaň edip bilem*", "jogap bermeý*", "jogap bereno*", "jogap bermedi*", "telefona jogap*", "habar alsam*", "habar alyp*",
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
      "ilçihana*", "konsullyk*", "konsul*", "diaspora*", "ministrlik*", "salgy*", "wekilhana*", "elçilik*", "konsolosluk*",
      "posolstw*", "konsulhana*",
      ...["ilçihana*", "konsullyg*", "konsullyk*", "wekilhana*"].flatMap((p) => [`${p} .. telefon*`, `${p} .. salgy*`, `${p} .. belgi*`, `türkmenistanyň ${p}`]),
    ],
    trip_to_kazakhstan: [
      "gazagystan*", "gazakystan*", "almaty*", "astana*", "çymkent*", "şymkent*",
      ...["gazagystan*", "almaty*", "astana*", "şymkent*"].flatMap((p) => [`${p} .. gün*`, `${p} .. wiza*`, `${p} .. hasaba*`, `${p} .. galyp*`, `${p} .. durup*`]),
    ],
    tourist_trip: ["dynç almag*", "dynç almak*", "turist*", "turizm*", "syýahat*", "dynç alyş*", "tur", "tura git+", "tura bar+", "tura ugra+", "tur bilen", "putýowka*", "ekskursiýa*", "myhmanhana*", "zyýarat*", "umra*"],
    what_is_trafficking: [
      "adam söwdasy*", "adam söwda*", "gulçulyk*", "mejbury zähmet*", "näme diýmek", "alamatlary", "täzelik*", "kino", "kinoda", "kinony", "kinoa", "kinodan", "kinodaky", "kinolar*", "kinoteatr*", "film*", "düzme*", "makala*",
      "referat*", "ekspluatasiýa*", "nädip goramaly", "nädip saklanmaly", "howpsuz migrasiýa*",
    ],
    marriage_abroad: ["durmuşa çykmag*", "durmuşa çykmak*", "öýlenmeg*", "öýlenmek*", "äre çykmag*", "durmuşa çyk+", "öýlen+", "nika*", "toý*", "gyýew*", "gelin*", "daşary ýurtly*", "daşary ýurt raýat*", "sawçy*", "tanyşmak*", "äre çyk+"],
    rules_of_stay_abroad: [
      "hasaba alyş*", "hasaba al+", "registrasiýa*", "propiska*", "näçe gün", "90 gün*", "30 gün*", "näçe wagt", "möhletini uzalt+", "uzaltmak*",
      "migrasiýa kart*", "bikanun*", "jerime*", "girmek gadagan*", "serhet*", "rkl", "reýestr*", "kanuny bolmak", "näçe wagt galyp bolýar",
      "galsam bolarmy", "giriş gadagan*", "gadagançylyk*", "gadagan edil*", "gara sanaw*", "registrasiýa* .. etmeli", "registrasiýa* .. etmek*",
      "registrasiýa* .. edil*", "hasaba dur+", "hasaba goý+", "artyk gal+", "möhletinden artyk*",
      "deport* .. edilmez*", "deport* bolmazlyk", "registrasiýa* üçin", "hasaba alyş* üçin", "hasaba almak üçin", "hasaba goýmak üçin", "wiza* uzalt+",
    ],
    permanent_residence: [
      "ýaşamaga rugsat*", "hemişelik ýaşa*", "raýatlyk*", "raýatlygy*", "graždanstwo*", "wnž", "pmž", "green card", "grin kart*", "bütinleý göçmek",
      "hemişelik göç*", "ikamet*", "ýaşaýyş rugsad*", "ýaşaýyş rugsatnama*", "oturum*",
    ],
    hotline_numbers: [
      "ynam telefon*", "gyzgyn liniýa*", "telefon belgi*", "belgi*", "nomer*", "jaň etmek", "kime jaň", "nirä jaň", "belgisini",
      "belgileri", "jaň merkezi*", "liniýa*", "goraw telefon*",
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

/**
 * Concepts without plain twins: "hiç kim" typed "hic kim" folds to "hic kim", which the shared negation does not take for a
 * negative pronoun (those start with "hich"), so it would cancel acts across clauses ("gulpladylar, hic kim gelenok").
 */
const NO_PLAIN = new Set(["SCOPE_NEG"]);

export const tk: LangLexicon = {
  lang: base.lang,
  markers: withPlain(base.markers),
  concepts: Object.fromEntries(Object.entries(base.concepts).map(([c, terms]) => [c, NO_PLAIN.has(c) ? [...(terms ?? [])] : withPlain(terms ?? [])])),
  categories: Object.fromEntries(Object.entries(base.categories).map(([c, terms]) => [c, withPlain(terms ?? [])])),
};
