import type { LangLexicon } from "../types";

/**
 * Uzbek, Latin and Cyrillic. Terms are written in Latin; the Cyrillic spelling reaches them through the
 * skeleton (қ→k, ў→o, ғ→g, х/ҳ→h, ...). Where Cyrillic Uzbek writes a word differently from a plain
 * transliteration, it is listed too. Verb stems with "+" reject negative endings (olib qo'y+ ≠ olib qo'ymadi).
 */
/** Basements (Latin and Cyrillic): "podvalda", "yerto'laga", "ертўлада". */
const BASEMENTS = ["yerto'la*", "erto'la*", "podval*", "ертўла*", "подвал*"];

export const uz: LangLexicon = {
  lang: "uz",
  markers: [
    "va", "men", "meni", "menga", "mening", "menda", "bu", "nima", "qanday", "yo'q", "yoq", "emas", "uchun", "bilan", "kerak", "bor", "ham",
    "lekin", "endi", "hozir", "juda", "iltimos", "yordam", "bering", "ish", "bizni", "biz", "bizga", "ular", "siz", "sizga", "qiling",
    "nega", "qayerda", "qayerga", "qachon", "kim", "qancha", "bo'ladimi", "mumkinmi", "kerakmi", "salom", "assalomu", "alaykum", "rahmat",
    "raxmat", "xo'jayin", "pasportimni", "pul", "ishlayapman", "qildi", "qilishdi", "qo'ydi", "bermayapti", "ketdi", "keldi", "yaxshi",
    "aka", "opa", "ukam", "akam", "opam", "singlim", "qizim", "o'g'lim", "ota", "ona", "xotinim", "erim", "agar", "chunki", "shu", "o'sha",
    "ва", "мен", "мени", "менга", "менинг", "менда", "бу", "нима", "қандай", "йўқ", "эмас", "учун", "билан", "керак", "бор", "ҳам", "лекин",
    "энди", "ҳозир", "жуда", "илтимос", "ёрдам", "беринг", "иш", "бизни", "биз", "бизга", "улар", "сиз", "қилинг", "нега", "қаерда",
    "қачон", "ким", "қанча", "бўладими", "мумкинми", "керакми", "салом", "ассалому", "алайкум", "раҳмат", "рахмат", "хўжайин", "пул",
    "қилди", "қилишди", "қўйди", "бермаяпти", "кетди", "келди", "яхши", "ака", "опа", "укам", "акам", "опам", "синглим", "қизим", "ўғлим",
    "ота", "она", "хотиним", "эрим", "агар", "чунки", "шу", "ўша",
  ],
  concepts: {
    DOC: [
      "pasport*", "passport*", "hujjat*", "xujjat*", "hujat*", "guvohnoma*", "id karta*", "idkarta*", "zagran*", "xorijga chiqish pasport*",
      "biometrik*", "prava*", "haydovchilik guvohnoma*",
    ],
    PHONE: ["telefon*", "mobil*", "tel", "telefonim*", "smartfon*"],
    MONEY: ["pul*", "ish haqi*", "ish haqqi*", "ish haqim*", "maosh*", "oylik*",
      // "moosh" (a typo of maosh) only as whole forms: "moosh*" folds to "mosh*", the Tajik "мошин" (car: "маро ба мошин шинонданд")
      "moosh", "mooshim", "mooshimni", "mooshimiz", "mooshimizni", "mooshni", "mooshi", "mooshlar*", "mooshga", "mooshdan",
      "zarplata*", "zp", "haqim*", "haqqim*", "haqimiz*", "haqqimiz*", "ishhaqi*", "avans*", "hisob-kitob*"],
    AGENT: [
      "xo'jayin*", "xojayin*", "hojayin*", "xozyain*", "ish beruvchi*", "ishberuvchi*", "brigadir*", "boshliq*", "nachalnik*", "agent",
      // not "usta*": it folds onto the Kazakh "ұстап / ұстайды / ұстау" (to hold, to keep)
      "usta", "ustam", "ustamiz", "ustaga", "ustadan", "ustaning", "ustani", "ustalar*", "ustamga", "ustamizga",
      "agentlik*", "firma*", "kompaniya*", "vositachi*", "yollovchi*", "ular", "ularning", "ularga", "uy egasi*", "sutenyor*", "shef*", "direktor*",
      "prorab*", "rahbar*", "ishbilarmon*", "хўжайин*", "rabotodatel*", "работодател*", "hozyain*", "xozayin*",
    ],
    REL: [
      "opam*", "opamni", "opamiz*", "singlim*", "singlimni", "singlimiz*", "ukam*", "ukamiz*", "akam*", "akamiz*", "o'g'lim*", "og'lim*", "ogli",
      "o'g'limiz*", "qizim*", "qizimiz*", "erim*", "xotinim*", "ayolim*", "onam*", "onamiz*", "otam*", "otamiz*", "do'stim*", "dostim*",
      "o'rtog'im*", "ortogim*", "dugonam*", "jiyanim*", "jiyan*", "qarindosh*", "kuyovim*", "kelinim*", "kelinimiz*", "nevaram*", "qo'shnimiz*",
      "qo'shnim*", "qo'shnining", "amakim*", "tog'am*", "xolam*", "ammam*", "opasi", "singlisi", "ukasi", "akasi", "qizi", "o'g'li", "eri", "xotini",
      "sevgilim*", "yigitim*", "kelinchak*", "ўғлим*", "ўғлимиз*", "дўстим*", "ўртоғим*", "қўшним*", "ўғли",
    ],
    MINOR: [
      // not "bola" alone: the Kazakh "бола ма / бола алмаймын" (can, may be); not "bolam*": the Kazakh "боламын / боламыз" (I / we will be)
      "yosh bola", "kichik bola", "kichkina bola", "hali bola", "bola hali", "bola ekan", "bola edi", "bu bola", "bola ishla*", "bola .. ishlat+",
      "bolani", "bolalar*", "bolam", "bolamni", "bolamga", "bolamning", "bolamdan", "bolamizni", "bolamizga", "bolamizning", "voyaga yetmagan*", "voyaga etmagan*", "balog'atga yetmagan*", "o'smir*", "osmir*",
      "qizcha*", "o'g'il bola*", "qiz bola*", "maktab o'quvchi*", "maktabda o'qiydi*", "yosh bola*", "go'dak*", "chaqaloq*", "yetim*",
      "18 yoshga to'lmagan", "18ga to'lmagan", "18 ga to'lmagan", "voyaga yetmagan",
    ],
    COST: [
      "chipta*", "bilet*", "yo'l kira*", "yol kira*", "yo'lkira*", "yo'l haqi*", "yo'l puli*", "samolyot*", "aviabilet*", "viza*", "ijara*",
      "kvartira*", "uy puli*", "turar joy*", "yotoqxona*", "yotoq joy*", "ovqat*", "ovqat puli*", "yemak*", "rasmiylashtir*", "hujjat*",
      "patent*", "registratsiya*",
      // a fine ("штраф", "shtraf", "jarima", "ҷарима", "jerime", "айыппұл") is a cost in every lexicon, never also WORKOFF: listed in both, one
      // word made debt bondage ("какой штраф будет за регистрацию?"); with a debt or a deduction from wages it still is
      "jarima*", "shtraf*",
      // not "kiyim*" / "kiyim": "kiyim" folds to "kim" (who: "hech kim", "kimga", "kimlar")
      "kiyim-kechak*", "kiyim puli*", "kiyim-bosh*", "ish kiyim*", "maxsus kiyim*", "forma", "formani", "formaga", "formasi*", "forma uchun",
    ],
    WORK: [
      "ish", "ishga", "ishda", "ishni", "ishim*", "ishla*", "mehnat*",
      // not "ishchi*": "sch" folds to "sh", so "ishchi*" is "ishi*" and matches the Kazakh "ішінде / ішіне" (inside)
      "ishchi", "ishchilar*", "ishchiman", "ishchimiz", "ishchini", "ishchiga", "ishchisi*", "ferma*", "qurilish*", "stroyka*", "teplitsa*", "issiqxona*",
      "zavod*", "fabrika*", "sexga", "sexda", "paxta*", "dalaga", "dalada", "mardikor*", "oshxona*", "restoran*", "kafe*", "ombor*",
      "ишга", "ишда", "ишла*", "ферма*", "қурилиш*",
      "enaga*", "nyanya*", "sidelka*", "ofitsiant*", "ofitsantka*", "oshpaz*", "farrosh*", "uborshitsa*", "sotuvchi*", "haydovchi*", "kuryer*", "qorovul*", "uy xizmatchi*", "xizmatkor*", "domrabotnitsa*", "yuk tashi*", "gruzchik*", "posudomoy*", "brigada*", "obyekt*", "ob'ekt*", "bozorda", "ishxona*", "ish joy*",
      "ishlar*", "ishi", "ishiga", "ishini", "ishida", "ishdan", "uy ishi*"
    ],
    TAKE: [
      "olib qo'y+", "olib qoy+", "olib qol+", "olib olish+", "olib oldi", "olib olgan", "tortib ol+", "oldi", "olishdi", "olishgan", "olgan",
      "olib ketdi", "olib ketishdi", "olib ketgan", "qaytarib bermay*", "qaytarib bermad*", "qaytarib berishmay*", "qaytarib berishmad*",
      "qaytarmay*", "qaytarishmay*", "qaytarmad*", "qaytarishmad*", "bermayapti", "berishmayapti", "bermayotgan", "berishmayotgan", "bermaydi",
      "berishmaydi", "bermadi", "berishmadi", "bermagan", "bermayapti*", "berishmayapti*", "bermayotgan*", "berishmayotgan*", "berishmag*", "bermay qo'y+", "bermay turibdi", "bermay ushla+", "bermayman de+", "bermaymiz de+", "bermaysan", "bermaysanlar", "ushlab tur+", "ushlab qol+", "ushlab oldi", "saqlab tur+", "saqlayapti", "saqlaydi",
      "o'zida", "o'zlarida", "ozida", "ozlarida", "xo'jayinda", "xojayinda", "hojayinda", "ish beruvchida", "brigadirda", "boshliqda", "ularda",
      "agentlikda", "firmada", "yig'ib ol+", "yigib ol+", "yig'ib qo'y+", "topshirdik", "topshirishga majbur", "olib berishmayapti",
      "qo'ldan ol+", "олиб қўй+", "тортиб ол+", "қайтариб бермай*", "қайтармай*", "ўзида", "ўзларида", "хўжайинда",
      "otdavat qilmay*", "otdat qilmay*", "vernut qilmay*",
      "qo'lida", "qo'llarida", "qo'lida turibdi", "qo'lida qoldi", "o'shalarda", "xo'jayinimda", "nachalnikda",
      "prorabda", "uy egasida", "egasida", "agentda", "vositachida", "rabotodatelda", "hozyainda", "xozyainda", "direktorda", "shefda", "ustada",
      "yig'ishtirib ol+", "yig'ib olish+", "olib qo'yish+", "olib qolish+", "ushlab qolish+", "garovga qo'y+", "garov sifatida", "zalogga ol+",
      "yirtib tashla+", "yoqib yubor+",
      "seyf*", "yashirib qo'yish+", "yashirib qo'ydi", "yashirib qo'ygan", "yashirib qo'yibdi", "berkitib qo'yish+", "berkitib qo'ydi", "berkitib qo'ygan",
      "ish tugaguncha", "ish bitguncha", "ish bitmaguncha", "ish tugamaguncha", "obyekt bitguncha", "obyekt bitmaguncha", "shartnoma tugaguncha",
      "kontrakt tugaguncha", "mavsum tugaguncha"
    ],
    HAVE_OWN: [
      "o'zimda", "ozimda", "qo'limda", "qolimda", "menda", "o'zim saqlayman", "ozim saqlayman", "o'zimda turibdi", "pasporti o'zida",
      "hujjatlari o'zida", "pasporti qo'lida", "hujjatlari qo'lida", "pasporti o'zi bilan", "faqat nusxa*", "nusxasini oldi", "nusxasini olishdi",
      "ўзимда", "қўлимда",
      "qaytarib berdi", "qaytarib berishdi", "qaytarib bergan", "qaytarib berishgan", "qaytardi", "qaytarishdi", "qaytarib oldim", "qaytarib oldik",
      "o'zimga qaytdi", "o'zimning qo'limda"
    ],
    LOST: [
      "yo'qotdim", "yoqotdim", "yo'qotib qo'ydim", "yoqotib qoydim", "yo'qotib qo'yd*", "yo'qotgan", "yo'qoldi", "yoqoldi", "yo'qolgan",
      "o'g'irlatdim", "ogirlatdim", "o'g'irlatib", "o'g'irlab ketishdi", "o'g'irlashdi", "muddati o'tgan", "muddati tugagan", "muddati tugadi",
      "eskirgan", "yirtilib", "yirtildi", "buzildi", "kuyib ketdi", "tushib qoldi", "tushirib qo'ydim",
    ],
    CONFINE: [
      "qamab qo'y+", "qamab qoy+", "qamab", "qamash+", "qamalib", "qamalgan", "qamab olishdi", "qulflash+", "qulflaydi", "qulfladi", "qulflab qo'yish+", "qulflab qo'ydi", "qulflab qo'yadi",
      "bizni .. qulfla+", "meni .. qulfla+", "eshik* .. qulfla+", "xona* .. qulfla+", "qulflangan xona*", "qulflangan eshik*", "qulflangan joy*",
      "eshikni yopib", "eshikni qulf*", "tashqariga chiqarmay*", "tashqariga chiqarishmay*", "chiqarmayapti", "chiqarishmayapti", "chiqarmaydi",
      "chiqarishmaydi", "chiqarmay*", "chiqarishmay*", "chiqishga ruxsat bermay*", "chiqishga qo'ymay*", "chiqishga qoymay*", "chiqa olmaymiz",
      "chiqolmaymiz", "chiqa olmayman", "chiqolmayman", "chiqib bo'lmaydi", "qo'riqchi*", "qoriqchi*", "soqchi*", "qo'riqlab tur*", "qo'riqlashyapti",
      // a basement only with a holding or locking verb ("podvalda yashaymiz", "podvalda sex bor" is a poor home or a workshop)
      ...BASEMENTS.flatMap((p) => [`${p} .. ushla+`, `${p} .. saqla+`, `${p} .. yopib*`, `${p} .. qama+`, `${p} .. qulfla+`, `${p} .. sol+`, `${p} .. tashla+`]),
      "asirlikda", "asir", "zanjir*", "bog'lab qo'yish+", "bog'lab qo'ydi", "bog'lab qo'ygan", "bog'lab tashla+", "qo'limni bog'la+", "qo'llarimni bog'la+", "qo'l-oyog'imni bog'la+", "arqon bilan bog'la+",
      "bizni ushlab", "meni ushlab", "bizni saqlab", "majburan ushlab", "kuzatib tur*", "kuzatishyapti",
      "қамаб қўй+", "чиқаришмай*", "чиқармай*", "қўриқчи*",
      // a person kidnapped or held: also here, because the shared kidnap rule is void whenever money is named in the
      // sentence, which is what a ransom demand does ("akamni o'g'irlab ketishdi, pul beringlar")
      "meni o'g'irla+", "bizni o'g'irla+", "akamni .. o'g'irla+", "ukamni .. o'g'irla+", "opamni .. o'g'irla+", "singlimni .. o'g'irla+",
      "qizimni .. o'g'irla+", "o'g'limni .. o'g'irla+", "bolamni .. o'g'irla+", "xotinimni .. o'g'irla+", "erimni .. o'g'irla+", "qizni o'g'irla+",
      "meni olib qoch+", "bizni olib qoch+", "akamni .. olib qoch+", "ukamni .. olib qoch+", "singlimni .. olib qoch+", "qizimni .. olib qoch+",
      "o'g'limni .. olib qoch+", "opamni .. olib qoch+", "qizni olib qoch+", "garovda ushla+", "meni .. garovga ol+", "bizni .. garovga ol+", "uni .. garovga ol+", "ularni .. garovga ol+", "qizni .. garovga ol+", "qizlarni .. garovga ol+", "odamlarni .. garovga ol+", "akamni .. garovga ol+", "ukamni .. garovga ol+", "opamni .. garovga ol+", "singlimni .. garovga ol+", "qizimni .. garovga ol+", "o'g'limni .. garovga ol+", "bolamni .. garovga ol+", "xotinimni .. garovga ol+", "erimni .. garovga ol+",
      "bizni .. ushlab tur+", "meni .. ushlab tur+", "bir marta ham .. chiqmagan*", "yildan beri .. chiqmagan*", "yildir .. chiqmagan*", "oydan beri .. chiqmagan*", "ko'chaga chiqarishmay*", "ko'chaga chiqarmay*", "ko'chaga chiqishga qo'ymay*", "akamni .. ushlab tur+", "ukamni .. ushlab tur+", "opamni .. ushlab tur+", "singlimni .. ushlab tur+",
      "qizimni .. ushlab tur+", "o'g'limni .. ushlab tur+", "qizlarni .. ushlab tur+", "odamlarni ushlab tur+", "erimni .. ushlab tur+", "xotinimni .. ushlab tur+",
      "qulfli xona*", "tashqaridan qulf*", "tashqaridan yop+", "tashqaridan zakrit*", "bizni zakrit*", "meni zakrit*", "eshik* .. zakrit*", "xona* .. zakrit*",
      "zakrit qilib ket+", "zakrit qilib qo'yish+", "chiqarishmag*", "chiqarmag*", "chiqolmayap*", "chiqa olmayap*", "tashqariga chiqolmay*",
      "tashqariga chiqa olmay*", "uydan chiqolmay*", "uydan chiqa olmay*", "xonadan chiqolmay*", "xonadan chiqa olmay*", "chiqishga qo'yishmay*",
      "chiqishga ruxsat yo'q", "chiqish mumkin emas", "chiqish taqiqlangan", "chiqishimizga qo'ymay*", "chiqishimizga ruxsat bermay*", "yolg'iz chiqarishmay*",
      "qorovul qo'y+", "eshikda qorovul*", "darvozada qorovul*", "qorovul turadi", "ohrana turadi", "ohrana qo'y+", "eshikda ohrana*",
      "darvozada ohrana*", "ohrannik turadi", "bizni qo'riqla+", "meni qo'riqla+", "nazorat ostida ushla+", "nazorat ostida saqla+", "bizni nazorat qil+", "bizni kuzatib tur+", "kuzatib yurish+", "kuzatib yuradi",
      "hamma joyga .. kuzatib", "yonimizdan jilmay*", "yolg'iz qo'yishmay*", "tutqunlikda", "tutqun*",
      "bandi qilib", "bandilikda",
      // forced into a car: also here, since the kidnap rule is void next to a MONEY word and Turkmen "maaş*" (salary) folds
      // like "mashina" (car)
      "meni .. mashinaga sol+", "bizni .. mashinaga sol+", "meni .. moshinaga sol+", "bizni .. moshinaga sol+", "uni .. mashinaga sol+", "qizni .. mashinaga sol+",
      "mashinaga tiq+", "mashinaga itar+", "mashinaga majburan", "majburan mashinaga", "mashinaga zo'rlab", "zo'rlab mashinaga", "kuch bilan mashinaga",
      "moshinaga tiq+", "meni .. solib olib ket+", "bizni .. solib olib ket+",
      "qayoqqadir olib ket+", "noma'lum joyga olib ket+", "kuch bilan ushla+", "zo'rlik bilan ushla+", "majburan ushla+", "kuch bilan olib kel+"
    ],
    RESTRICT: [
      "ketishga qo'ymay*", "ketishga qoymay*", "ketishga ruxsat bermay*", "ketishga ruhsat bermay*", "ketkizmay*", "ketkizishmay*",
      "qo'yib yubormay*", "qoyib yubormay*", "qo'yib yuborishmay*", "uyga .. jo'natmay*", "uyga .. jo'natishmay*", "vatanga .. jo'natmay*", "meni jo'natmay*", "bizni jo'natmay*", "uyga qo'yib yubormay*",
      "ishdan ketishga ruxsat bermay*", "ishdan ketishga qo'ymay*", "ishdan bo'shatmay*", "bo'shatmay*", "boshatmay*", "bo'shatishmay*",
      "ketishimga ruxsat bermay*", "ketishimga qo'ymay*", "ketsam qo'ymay*", "ketishni taqiqla*", "ketishga qo'yishmayapti", "javob bermay* ketishga",
      "ketishga javob bermay*", "кетишга қўймай*", "кетишга қўйишмай*", "қўйиб юбормай*", "қўйиб юборишмай*", "ishdan ketishga qo'yishmay*",
      "ketish* .. qo'ymay*", "ketish* .. qo'yishmay*", "ketish* .. ruxsat bermay*", "ketish* .. ruxsat berishmay*", "ketishga ruxsat yo'q",
      "ketish taqiqlangan", "uyga .. qo'yishmay*", "uyga .. ruxsat bermay*", "bo'shatishmay*", "hech qayoqqa ketolmaysan", "ketolmaysan", "keta olmaysan",
      "qochib qutulolmaysan",
      "uyga .. qo'ymay*", "vatanga .. qo'ymay*"
    ],
    CANT_LEAVE: [
      "ketolmayman", "keta olmayman", "ketolmaymiz", "keta olmaymiz", "qaytolmayman", "qayta olmayman", "qaytolmaymiz", "qayta olmaymiz",
      "uyga qaytolmay*", "uyga keta olmay*", "ketib bo'lmaydi", "ketib bolmaydi", "chiqib ketolmay*", "ishdan ketolmay*", "ishdan keta olmay*",
      "ishni tashlab ketolmay*", "qochib ketolmay*", "iloj yo'q", "ilojim yo'q", "qutula olmay*", "qutulolmay*",
      "ketaman desam", "ketaman desak", "ketay desam", "ketay desak", "ketmoqchi bo'lsam", "ketmoqchi bo'lsak", "qaytaman desam",
      "ketishni so'rasam", "ketishni so'rasak", "ketolmay qoldim", "ketolmay qoldik", "ketolmay*", "qaytolmay*", "кетолмай*", "қайтолмай*",
      "ketib bo'lmay*", "ketishning iloji yo'q", "ketishga iloj yo'q", "ketishimning iloji yo'q", "qocholmay*", "qocha olmay*", "qochib bo'lmay*",
      "bo'sholmay*", "bo'shay olmay*", "ishdan chiqolmay*", "ishdan chiqa olmay*", "ishni tashlay olmay*", "tashlab ketolmay*", "qutulolmay*",
      "chiqib ketishning iloji", "keta olmayapman", "keta olmayapmiz"
    ],
    BEAT: [
      "urishyap*", "urishibdi", "urishishyapti", "urishishdi", "urishmoqchi*", "urishdi", "urishadi", "urdi", "urib", "uryapti", "uradi", "urgan", "urishgan", "urishmoqda", "do'pposla+", "doppos*",
      "kaltakla+", "kaltak*", "tepki*", "tepish+", "tepdi", "zo'ravonlik*", "zoravonlik*", "qiynoq*", "qiynay*", "qiynash*", "qiynadi", "qiynab", "qiynag*", "qiynoqqa sol+", "jarohat*", "mushtla+",
      // not "musht*": the Tajik "муштарӣ / муштариён" (customer)
      "musht", "mushti", "mushtini", "musht bilan", "mushtlar*", "mushtlash*", "mushtum*",
      "shapaloq*", "kaltaklash*", "kaltaklashdi", "kaltaklashyapti", "ezg'ila+", "azoblay*", "azoblash*", "azobladi", "azoblab", "azob beryapti", "azob berishyapti", "urib tashla+",
      "uraman", "uramiz", "urasan", "urmoqchi*", "urishmoqchi*", "kaltak ye+", "kaltak yedim", "boshim* yor+", "boshini yor+", "qonatib", "qontalash*",
      "ko'kartirib", "savala+", "tayoq bilan", "tepkila+", "bo'g'ib", "bo'g'moqchi*", "sochimdan tortib", "ezib tashla+",
      "dubinka*", "do'pposlash*"
    ],
    RAPE: ["zo'rla+", "zorla+", "zo'rlab", "zo'rlash*", "nomusiga teg+", "nomusimga teg+", "shilqim*", "jinsiy zo'ravonlik*", "jinsiy zoravonlik*", "tegajoqlik*"],
    KILL: [
      "o'ldir+", "oldir+", "o'ldiraman", "o'ldiramiz", "o'ldirishadi", "o'ldiradi", "o'ldirib", "jonimga qasd*", "o'limga", "olimga",
      "hayotim xavf ostida", "hayotimiz xavf ostida", "hayotim xavfda", "o'lib ketaman", "o'lib qolaman", "tiriklay", "ko'mib tashla+",
      "pichoqla+", "otib tashla+", "o'ldirmoqchi*", "ўлдир+", "ўлдираман", "ўлдирамиз", "ўлимга",
      "jonini olamiz", "jonini olaman", "jonimni ol+", "jonimizga qasd*", "so'yamiz", "so'yaman", "so'yib tashla+", "o'lasan", "o'lasanlar",
      "o'ligingni", "murdangni", "tirik qoldirmay*", "tirik qo'ymay*", "kallangni olamiz", "boshingni olamiz", "gumdon qil+"
    ],
    THREAT: [
      "qo'rqit+", "qorqit+", "do'q", "doq", "do'q qil+", "po'pisa*", "popisa*", "tahdid*", "taxdid*", "qo'rqityapti", "qo'rqitishyapti", "aks holda",
      "қўрқит+", "дўқ", "пўписа*",
      // the boss's own words ("I will hand you to the police / have you deported") are a threat in themselves
      "politsiyaga topshiraman", "politsiyaga topshiramiz", "politsiyaga beraman", "politsiyaga beramiz", "militsiyaga topshiraman",
      "migratsiyaga topshiraman", "migratsiyaga beraman", "deport qildiraman", "deport qildiramiz", "deport qilaman", "deport qilamiz",
      "deportatsiya qildiraman", "qamataman", "qamatamiz", "qamatib yuboraman", "chiqartirib yuboraman", "politsiyaga topshirmoqchi*",
      "deport qildirmoqchi*",
      "ko'rsatib qo'yaman", "ko'rsatib qo'yamiz", "pushaymon bo'lasan", "oqibati yomon", "seni topamiz", "seni topib olamiz", "oilang* .. topamiz",
      "uyingni topamiz", "uyingni bilamiz", "manzilingni bilamiz", "qishlog'ingni bilamiz", "oilangni bilamiz", "pasportingni yirtaman", "pasportingni yoqaman",
      "pasportingni yirtib tashla+", "yomonlik qilamiz", "zarar yetkaz+", "o'ch olamiz",
      "politsiya* .. beraman", "politsiya* .. beramiz", "politsiya* .. topshiraman", "politsiya* .. topshiramiz", "politsiya* .. yuboraman",
      "politsiya* .. yuboramiz", "militsiya* .. beraman", "militsiya* .. topshiraman", "migratsiya* .. beraman", "migratsiya* .. topshiraman",
      "politsiya* .. chaqiraman", "politsiya* .. chaqiramiz", "mentlarga", "mentga", "deport bo'lasan", "deport qilinasan", "qamalasan", "qamalib ketasan",
      "chiqarib yuborishadi seni", "qora ro'yxatga tushasan"
    ],
    DENOUNCE: [
      "politsiya*", "militsiya*", "polis*", "migratsiya*", "migratsion*", "deport*", "chiqarib yubor+", "topshiraman", "topshiramiz", "topshiradi",
      "topshirishadi", "topshirib yubor+", "qamatib", "qamataman", "qamatadi", "qamoq*", "turma*", "kirish taqiq*", "qora ro'yxat*",
      "qamat+", "turmaga tiq+", "fms", "ufms", "mvd", "chegaradan chiqarib", "vatanga jo'natib yubor+"
    ],
    HARM_FAMILY: ["oilam*", "oilamga", "oilangni", "oilangga", "ota-onam*", "ota onam*", "onamga", "otamga", "bolalarim*", "qarindoshlarim*", "uyimdagilar*", "uydagilar*", "yaqinlarim*", "qishlog'im*", "oilang*", "onang*", "otang*", "ota-onang*", "bolalaring*", "bolangni", "uydagilaring*", "yaqinlaring*", "qarindoshlaring*", "singling*",
      "ukang*", "akang*", "opang*", "xotining*", "ering*", "uydagilarim*"],
    HELP_NOW: [
      "qutqaring", "qutqar+", "qutqarib", "tez yordam bering*", "tez yordam kerak", "tezda yordam", "tezroq yordam", "yordam bering tez", "zudlik bilan yordam", "zudlik bilan",
      "meni olib keting", "bizni olib keting", "meni olib ket", "olib chiqib keting", "shoshilinch yordam", "darhol yordam", "iltimos tez",
      // not "sos" / "сос" alone: folded, it is the Kazakh colloquial "сос" (then: "сос жұмыс таптық"); SOS with a call for help or a person
      "sos yordam*", "yordam* sos", "sos qutqar*", "qutqar* sos", "sos sos",
      "yordam bering yordam", "yordam yordam", "politsiya chaqiring", "militsiya chaqiring", "kelib oling", "meni bu yerdan olib",
      "bu yerdan olib keting", "chiqarib oling", "qutulishga yordam",
      "hozir yordam kerak", "hoziroq yordam kerak", "yordam kerak hozir*", "hozir yordam bering*", "tezroq yordam*", "olib ketinglar", "kelib olinglar",
      "chiqarib olinglar", "qutqarib olinglar", "qutqarib oling", "tez kelinglar", "tez keling", "yordam beringlar tez", "srochno yordam kerak",
      "srochno yordam bering*", "xavf ostidaman", "xavf ostidamiz"
    ],
    HELP: ["yordam*", "ko'mak*", "komak*", "maslahat*", "yordamlash*"],
    SEX: [
      // not "intim*": it also matched the English "intimidate", "intimate"
      "fohisha*", "foxisha*", "fohishabozlik*", "jinsiy*", "intim", "intimn*", "mijoz*", "mijozlar*", "klient*", "erkaklar bilan", "erkaklarga", "tana sotish*",
      "tanasini sot+", "seks*", "saunada", "sauna", "buzuqlik*", "buzuq*", "bordel*", "fohishaxona*", "eskort*", "yotishga majbur*", "yotishga",
      "striptiz*", "raqqosa*", "kechki klub*", "massaj salon*",
      "jalab*", "prostitut*", "putana*", "erkaklar bilan yotqiz+", "klient* .. yotqiz+", "mijoz* .. yotqiz+", "yotqizish+", "erkaklarga xizmat*",
      "mehmonlar bilan o'tir+", "kechasi mehmon*", "hamrohlik*", "tunni .. o'tkaz+", "yaqinlik qilishga", "intim xizmat*", "massaj* .. mijoz*",
      "klub* .. raqs*", "sauna* .. ishla+", "saunaga", "saunalarda", "qizlarni .. klient*", "klientlarga",
      "yomon ishlarga", "yomon ishga", "yomon yo'lga", "uyatli ish*", "nomaqbul ish*", "odobsiz ish*", "behayo*", "nomussiz ish*"
    ],
    FORCE: [
      "majburla+", "majburan", "majbur qil+", "majbur", "majburiy", "zo'rlab ishlat+", "zo'rlik bilan", "zorlik bilan", "zo'rlab", "irodamga qarshi",
      "xohishimga qarshi", "istamasam ham", "qul qilib", "qul kabi", "qulday", "qul sifatida", "tanlov yo'q", "boshqa iloj yo'q", "mejbur*",
      "tekinga ishlat+", "tekin ishlat+", "bepul ishlat+", "pulsiz ishlat+", "qul qilib ishlat+", "qulday ishlat+", "majburlab ishlat+",
      "zo'rlab ishlat+", "zo'rlik bilan ishlat+",
      "tilanchilik qildir+", "tilanchilikka majbur*", "tilanchilik qilishga majbur*", "tilantir+", "tilanchilikka ol+", "narkotik tashit+",
      "narkotik* .. tashit+", "zakladka*", "narkotik* .. tarqatdir+", "narkotik* .. sotdir+", "o'g'irlik qildir+", "o'g'irlikka majbur*", "jinoyatga majbur*",
      "jinoyat qildir+", "majburlash+", "majburlashyapti", "majburlashdi", "qilishga majbur qil+", "ishlashga majbur qil+", "xohlamasam ham",
      "istamasak ham", "xohlamasak ham"
    ],
    KIDNAP: ["o'g'irlab ketish+", "ogirlab ketish+", "o'g'irlab ketishdi", "o'g'irlab ketdi", "olib qochib ketish+", "olib qochib ketdi", "olib qochish*", "olib qochdi", "garovga*", "garovda", "majburan olib ket+", "zo'rlab olib ket+", "kuch bilan olib ket+", "olib qoch+", "ko'z* bog'lab", "ko'zimni bog'la+", "ko'zini bog'la+",
      "meni o'g'irla+", "bizni o'g'irla+", "akamni .. o'g'irla+", "ukamni .. o'g'irla+", "opamni .. o'g'irla+", "singlimni .. o'g'irla+", "qizimni .. o'g'irla+",
      "o'g'limni .. o'g'irla+", "bolamni .. o'g'irla+", "xotinimni .. o'g'irla+", "erimni .. o'g'irla+", "qizni o'g'irla+", "odam o'g'irla+"],
    SOLD: [
      "sotib yuborish+", "sotib yuborishdi", "sotib yuborishibdi", "meni sot+", "bizni sot+", "uni sot+", "qizni sot+", "sotishdi",
      "sotishgan", "sotilgan", "sotildim", "sotildik", "meni sotib ol+", "bizni sotib ol+", "uni sotib ol+", "boshqa xo'jayinga ber+",
      "boshqa xo'jayinga sot+", "qayta sot+", "pulga sot+", "pulga berib yubor+", "boshqasiga berib",
      "meni .. sotib yubor+", "bizni .. sotib yubor+", "uni .. sotib yubor+", "ularni .. sotib yubor+", "seni .. sotib yubor+", "sizni .. sotib yubor+", "qizni .. sotib yubor+", "qizlarni .. sotib yubor+", "odamlarni .. sotib yubor+", "ayollarni .. sotib yubor+", "akamni .. sotib yubor+", "ukamni .. sotib yubor+", "opamni .. sotib yubor+", "singlimni .. sotib yubor+", "qizimni .. sotib yubor+", "o'g'limni .. sotib yubor+", "bolamni .. sotib yubor+", "xotinimni .. sotib yubor+", "erimni .. sotib yubor+", "dugonamni .. sotib yubor+", "jiyanimni .. sotib yubor+",
      "sotilib ket+", "sotilganman", "sotilganmiz", "sotilibman", "boshqa odamga ber+", "boshqa odamga sot+", "boshqa odamga o'tkaz+", "boshqa xo'jayinga o'tkaz+",
      "boshqa brigadaga ber+", "boshqa brigadaga sot+", "boshqa brigadaga o'tkaz+", "boshqa joyga sot+", "boshqasiga sot+", "boshqalarga sot+",
      "dollarga sot+", "dollarga sotib ol+", "seni sotib ol+", "sizlarni sotib ol+", "seni .. dollarga ol+", "seni .. pulga ol+", "seni .. sotib ol+",
      "qo'lma-qo'l", "qo'ldan qo'lga", "narxini kelishib", "mol kabi sot+"
    ],
    DEBT: ["qarz*", "qarzdor*", "qarzim*", "qarzimiz*", "qarzga*", "kredit*", "karz*", "uzish", "uzishim", "qaytarishim kerak", "dolgsan", "dolgman", "dolgmiz", "dolgim*", "dolgimiz*", "dolgini", "dolgni", "dolgga", "dolgdor*", "dolg bor", "qarzdorsan", "qarzdorsiz",
      "qarzni to'la+", "qarzingni to'la+", "qarzingni qaytar+", "qarzni qaytar+", "bizga qarzsan", "qarzga bot+"],
    WORKOFF: [
      // prefixes, not "+" stems: "+" reads -san as a conditional, but "ishlab berasan / uzasan" (you will work it off) is the
      // plain future and the usual wording of the demand; "ishlab uzmaguncha" (until you work it off) is meant too
      "ishlab berish*", "ishlab ber*", "ishlab uz*", "qarzni uz+", "qarzni ishlab", "ishlab qaytar*", "ishlab berasan", "ishlab uzasan",
      "qarzni uzasan", "qarzingni uz*", "qarzni to'lamaguncha", "qarzni uzmaguncha", "qarzingni to'lamaguncha", "ushlab qol+", "maoshdan ushla+",
      "oylikdan ushla+", "ish haqidan ushla+", "maoshdan ayir+", "oylikdan ayir+", "chegirib", "chegira+", "ayirib qol+", "ayirishyapti",
      "qarzim oshib*", "qarz oshib*", "qarzim ko'payib*", "tekinga ishla+", "bepul ishla+", "pulsiz ishla+", "hisobidan ushla+",
      "maosh* ushla+", "oylik* ushla+", "ish haq* ushla+", "maosh* .. chegir+", "oylik* .. chegir+", "maosh* .. ayir+", "oylik* .. ayir+",
      "oylik* .. ushlab qol+", "maosh* .. ushlab qol+", "ishlab qoplay*", "ishlab qopla+", "ishlab to'la+", "ishlab uzmagun*", "qarz tugamaguncha",
      "qarz uzilmaguncha", "qarzni uzmagun*", "to'lamaguningcha", "to'lamaguncha", "uzmaguningcha"
    ],
    NOPAY: [
      "pul* .. bermay*", "pul* .. bermad*", "pul* .. berishmay*", "pul* .. berishmad*", "pul* .. bermag*", "maosh* .. bermay*", "maosh* .. bermad*",
      "maosh* .. berishmay*", "maosh* .. berishmad*", "oylik* .. bermay*", "oylik* .. bermad*", "oylik* .. berishmay*", "oylik* .. berishmad*",
      "ish haq* .. bermay*", "ish haq* .. bermad*", "ish haq* .. berishmay*", "haq* .. bermay*", "haq* .. bermad*", "haq* .. berishmay*",
      "zarplata* .. bermay*", "zarplata* .. bermad*", "to'lamay*", "tolamay*", "to'lamad*", "tolamad*", "to'lashmay*", "to'lashmad*", "to'lanmay*",
      "to'lanmad*", "berilmay*", "berilmad*", "pul yo'q", "maosh yo'q", "oylik yo'q", "kechiktir+", "kechikyapti", "aldab ketdi", "aldab ketishdi",
      "bir so'm ham", "bir som ham", "bir tiyin ham", "tekinga", "ish haqisiz", "maoshsiz", "oyliksiz", "pulsiz", "ko'p oydan beri pul",
      "oydan beri pul", "oydan beri maosh", "oydan beri oylik", "keyin beraman", "keyin berishadi", "mavsum oxirida", "ish tugagach",
      "pul berilmayapti", "ololmayapman pul", "тўламай*", "тўлашмай*", "тўланмай*",
      "pul* .. ololmay*", "pul* .. ola olmay*", "oylik* .. ololmay*", "maosh* .. ololmay*", "haq* .. ololmay*", "pul* .. yeb ket+", "pul* .. yedi",
      "haqim* .. yedi", "haqim* .. yeb", "pul* .. ko'rmad*", "oylik* .. ko'rmad*", "pul ko'rganimiz yo'q", "pul ko'rganim yo'q", "zarplata yo'q",
      "ish haqi yo'q", "maosh berilmay*", "oylik berilmay*", "bermay qo'yish+", "bermay qo'ydi", "hech narsa to'lamay*", "pul* .. to'lamay*",
      "bermay kelyapti", "oylik* .. ushlab tur+", "pul* .. ushlab tur+", "oylik* .. kechiktir*", "bir oylik ham", "tekinga ishlat+",
      "oylik* .. olmay*", "maosh* .. olmay*", "ish haq* .. olmay*", "zarplata* .. olmay*", "oylik* .. olmad*", "maosh* .. olmad*",
      "pul* .. olmayapmiz", "pul* .. olmayapman", "pul* .. olganimiz yo'q", "oylik* .. olganim yo'q", "oylik* .. olganimiz yo'q",
      "to'lagani yo'q", "to'lashgani yo'q", "bergani yo'q", "berishgani yo'q", "to'lagan emas", "bergan emas", "oylik* .. bermagan*", "pul* .. bermagan*"
    ],
    UNREACH: [
      "aloqaga chiqmay*", "aloqaga chiqmad*", "aloqaga chiqmayapti", "aloqa yo'q", "aloqasi yo'q", "aloqa uzildi", "aloqani uz*", "telefoni o'chiq",
      "telefoni ochiq emas", "telefonini o'chirib", "telefoni o'chirilgan", "telefoni o'chib", "javob bermay*", "javob bermad*", "javob berishmay*",
      "telefon ko'tarmay*", "telefonni ko'tarmay*", "trubka ko'tarmay*", "bedarak*", "yo'qolib qoldi", "yoqolib qoldi", "yo'qolib ketdi",
      "yo'qoldi", "yo'q bo'lib ketdi", "xabar yo'q", "xabarsiz", "darak yo'q", "darakSiz", "qayerdaligini bilmaymiz", "qayerdaligini bilmayman",
      "qayerda ekanini bilmaymiz", "qayerda ekanini bilmayman", "topolmayapmiz", "topa olmayapmiz", "topolmayman", "bog'lana olmay*",
      "bog'lanolmay*", "boglana olmay*", "qo'ng'iroq qilmay*", "qongiroq qilmay*", "qo'ng'iroq qilmad*", "yozmay qo'ydi", "yozmayapti",
      "blokla+", "bloklab qo'y+", "xabar bermay*", "hech qanday xabar",
      "qayerdaligini hech kim bilmay*", "qayerda ekanini hech kim bilmay*", "hech kim bilmaydi qayerda*", "hech kim bilmaymiz qayerda*",
      "qayerdaligini bilmay*", "qayerda ekanini bilmay*", "hech kimda xabar yo'q",
      "телефони ўчиқ", "телефонини ўчириб", "алоқага чиқмай*", "telefon* olmay*", "telefon* olishmay*", "trubka* olmay*", "trubka* ko'tarmay*",
      "gaplasha olmay*", "gaplasholmay*", "bog'lanib bo'lmay*", "aloqaga chiqa olmay*", "aloqaga chiqolmay*", "telefon* .. o'chiq*", "telefon* .. o'chirib qo'y+",
      "telefon* .. ulanmay*", "telefon* .. ko'tarmay*", "abonent*", "nedostupen", "xabar ololmay*", "xabar kelmay*", "darak topolmay*", "izini topolmay*",
      "hech qanday darak", "javob yo'q", "xabari yo'q", "darakini bilmay*", "qo'ng'iroqlarga javob bermay*", "yozganlarimga javob bermay*",
      "zvonit qilmay*", "trubkani olmay*", "telefonni olmay*",
      "aloqadan chiqib ket+", "aloqadan yo'qol+", "aloqadan uzil+", "aloqa uzilib", "onlayn bo'lmay*", "internetga kirmay*", "tarmoqqa kirmay*",
      "ko'rinmay qoldi", "izsiz yo'qol+"
    ],
    WENT: [
      "ketdi", "ketgan", "ketishdi", "ketgandi", "jo'nab ketdi", "jonab ketdi", "uchib ketdi", "borgan", "bordi", "olib ketishdi", "olib ketgan",
      "olib ketdi", "keldim", "keldik", "kelganimda", "kelganimizda", "kelgandan keyin", "olib kelishdi", "olib keldi", "jo'natishdi", "jo'natdi",
      "ishlashga ketdi", "ishlagani ketdi", "ishga ketdi", "ishga ketgan",
      "ketgan*", "ketuvdi", "ketganidi", "borgan*", "borgandi", "jo'nagan*", "jo'nab ket+", "uchib ket+", "olib ketilgan", "jo'natilgan",
      "ishlashga ket+", "ishlagani ket+", "ishga ket+", "bo'lib ketgan*", "bo'lib ketdi", "ishga bordi", "ishlagani bordi", "joylashtirgan", "joylashtirishgan",
      "olib ketish+", "ketishgan", "ketishibdi", "ketibdi"
    ],
    OFFER: [
      "taklif*", "vakansiya*", "e'lon*", "elon*", "chaqir+", "chaqiryapti", "chaqirishyapti", "taklifnoma*", "ish bor", "ishga olib ketamiz",
      "ishga olib ketishadi", "ishga joylashtir+", "yollash+", "yolla+", "va'da qil+", "vada qil+", "va'da berish+", "ish topib ber+", "ishga taklif*",
      "ishga olishmoqchi", "ishga olmoqchi",
      "ish* topib beraman", "ish* topib beramiz", "ish* topib beradi", "ish* topib berishadi", "ish* topib bermoqchi*", "olib boraman", "olib boramiz", "olib ketaman", "ishga joylab qo'y+", "ishga joylab ber+", "ishga joylashtirib ber+",
      "ish bor ekan", "ish bor deyishdi", "ish bor deyapti", "ish chiqdi", "reklama*", "ishlashga chaqir+", "ishga olib borishadi"
    ],
    PRE_DEPART: [
      "borsam bo'ladimi", "borsam boladimi", "borishim kerakmi", "borayinmi", "boraymi", "ketsam bo'ladimi", "ketayinmi", "rozi bo'lsam",
      "rozi bo'laymi", "ishonsa bo'ladimi", "ishonish mumkinmi", "ishonsam bo'ladimi", "bormoqchiman", "ketmoqchiman", "bormoqchimiz",
      "ketmoqchimiz", "bormoqchi", "ketmoqchi", "borish niyatida", "hali ketmadim", "hali ketganim yo'q", "hali ketmaganman", "ketishdan oldin",
      "jo'nashdan oldin", "borishdan oldin", "xavfsizmi", "normalmi", "to'g'rimi", "aldov emasmi", "firibgarlik emasmi", "firibgarmi", "tekshirsam",
      "qanday tekshir+", "tekshirish", "tekshirib", "va'da qilishyapti", "to'lab berishadi",
      "olib qo'yishar ekan", "olib qolishadi", "olib qo'yishadi", "boraman", "ketaman", "uchaman", "kelasi oy", "keyingi hafta", "keyingi oy",
      "olib qo'yarkan", "olib qolarkan", "hali ketmadik", "hali ketganimiz yo'q", "hali ketmaganmiz",
      "hali jo'natmadik", "hali jo'natmadim", "hali jo'natganimiz yo'q", "hali ketmadi", "hali ketgani yo'q", "hali ketmagan", "hali bormadim",
      "hali bormadik", "hali borganim yo'q", "hali uydaman", "hali uydamiz", "hali uyda", "ketish oldidan",
      "boradigan bo'ldim", "ketadigan bo'ldim", "boradigan bo'ldik", "ketadigan bo'ldik", "yubormoqchimiz", "yubormoqchiman", "jo'natmoqchimiz",
      "jo'natmoqchiman", "yuborsak bo'ladimi", "jo'natsak bo'ladimi", "yuborsam bo'ladimi", "jo'natsam bo'ladimi", "ketsinmi", "borsinmi", "boraversinmi",
      "borsak bo'ladimi", "rozi bo'lsinmi", "borishga tayyorlan+", "hujjat yig'yapman", "hujjatlarni tayyorla+",
    ],
    ABROAD_NOW: [
      "men bu yerda", "biz bu yerda", "shu yerda ishlayman", "ishlayapman", "ishlayapmiz", "ishlab yuribman", "ishlab yuribmiz", "ishlayman",
      "ishlaymiz", "kelganimda", "kelganimizda", "kelganimizdan keyin", "kelgandan keyin", "aeroportda", "yashayapman", "yashayapmiz",
      "yashayman", "oy bo'ldi", "oydan beri", "ketaman desam", "ketaman desak", "ketay desam", "ketay desak", "ketmoqchi bo'lsam",
      "ketmoqchi bo'lsak", "qaytaman desam", "ketishni so'rasam", "ketishni so'rasak", "haftadan beri", "yildan beri",
      "shu yerdaman", "bu yerdaman", "shu yerdamiz", "bu yerdamiz", "kelganimga", "kelganimizga", "kelganman", "kelganmiz", "ishlab turibman",
      "ishlab turibmiz", "ishlayapti", "ishlayotgan", "yashayapti", "ketgandim", "ketgan edim", "ketgandik", "ketgan edik", "kelgandim", "kelgan edim",
      "keldim", "keldik", "bordim", "bordik", "borgandim", "borgan edim", "borgandik", "kelib qoldim", "kelib qoldik", "olib kelishdi", "olib kelishgan",
      "olib ketishgan", "uchib keldim", "uchib keldik"
    ],
    OVERTIME: [
      "dam olishsiz", "dam olish kuni yo'q", "dam olish yo'q", "dam yo'q", "dam bermay*", "dam oldirmay*", "kechayu kunduz", "kecha-kunduz",
      "kecha kunduz", "kuniga 12", "kuniga 14", "kuniga 15", "kuniga 16", "kuniga 18", "16 soat", "14 soat", "12 soat", "18 soat", "20 soat",
      "soatlab", "uxlatmay*", "uxlashga qo'ymay*", "tinimsiz", "kasal bo'lsam ham", "kasal bo'lsak ham", "dam olmasdan",
    ],
    ISOLATE: [
      "qayerdaligimni bilmayman", "qayerdaligimizni bilmaymiz", "qayerda ekanimni bilmayman", "qayerda ekanimizni bilmaymiz", "manzilni bilmayman",
      "manzilni bilmaymiz", "qo'ng'iroq qilishga ruxsat bermay*", "telefon qilishga ruxsat bermay*", "telefon qilishga qo'ymay*",
      "gaplashishga ruxsat bermay*", "gaplashishga qo'ymay*", "hech kimni tanimayman", "tilni bilmayman", "cho'lda", "chekka joyda",
      "uzoq joyda", "telefonim yo'q",
      "qayerdaman", "qayerdamiz", "qayerda ekanimizni bilmay*", "qayerda ekanimni bilmay*", "qayerdaligimni bilmay*", "qayerdaligimizni bilmay*",
      "qayerga olib ketishyapti", "qayerga olib ketayotgan*", "qayerga olib ketishayotgan*", "qayerga olib kelishdi", "qayerga .. bilmayman",
      "qayerga .. bilmaymiz", "telefonni yashirib", "yashirincha yozyapman", "yashirib yozyapman", "telefon* olib qo'yishgan", "hech kim bilan gaplashtirmay*",
      "gaplashtirishmay*", "gaplashtirmay*", "telefon bermay*"
    ],
    DECEIVE: ["va'da qilishgan", "va'da qilgan", "va'da qilishgandi", "va'da berishgan", "vada qilgan", "aldab", "aldashdi", "aldadi", "aldov*", "aldashgan", "firibgar*", "boshqa ish", "o'rniga", "aslida", "yolg'on*", "yolgon*", "soxta*"],
    CONDITIONS: [
      "polda uxlaymiz", "yerda uxlaymiz", "vagonchada", "vagonda", "konteynerda", "suv yo'q", "ovqat yo'q", "ovqat bermay*", "och qoldik",
      "ochmiz", "och qolyapmiz", "iflos*", "hojatxona yo'q", "sovuq*", "20 kishi", "shifokor yo'q", "davolatmay*", "xavfli ish*", "yerto'lada yashay*",
    ],
    VULN: ["noqonuniy*", "hujjatsiz*", "registratsiyasiz*", "patentsiz*", "boradigan joyim yo'q", "boradigan joy yo'q", "pulim yo'q", "pulimiz yo'q", "tilni bilmayman", "homilador*", "yolg'iz*"],
    TRAFFICKING: [
      "odam savdosi*", "odam savdo*", "odam savdogar*", "odam sotish*", "odamlarni sot+", "qullik*", "qulga", "qul", "qullar", "majburiy mehnat*",
      "ekspluatatsiya*", "trafik*", "treffiking*", "odam savdosiga", "inson savdosi*",
    ],
    VICTIM: [
      "qurboni bo'ldim", "qurboni bo'lganman", "qurboni bo'ldik", "qurbon bo'ldim", "meni sotishgan", "meni sotishdi", "qullikda bo'lganman",
      "qullikda edim", "jabrlanuvchi*", "odam savdosi qurboni*", "meni .. ishlatishgan", "bizni .. ishlatishgan", "meni .. ishlatib ol+",
      "bizni .. ishlatib ol+", "meni .. ishlatishdi", "bizni .. ishlatishdi", "aldab ishlatish+", "aldab ishlatgan*", "meni sotib yuborishgan", "bizni sotib yuborishgan",
    ],
    NOW: ["hozir", "tez", "tezda", "tezroq", "zudlik bilan", "shoshilinch", "darhol", "bugun", "hozirning o'zida", "hoziroq", "xozir", "shu zahoti"],
    ESCAPED: [
      "qochib ketdim", "qochib chiqdim", "qochdim", "qochib ketdik", "qochib keldim", "qutulib chiqdim", "qutulib ketdim", "qutildim", "qochishga muvaffaq",
      "qochib kel+", "qochib chiq+", "qochib ketganman", "qochib ketganmiz", "qutulib kel+", "қочиб кел+", "қочиб кетдим",
    ],
    LEAVE_FREE: [
      "ketishim mumkin", "ketsam bo'ladi", "ishdan ketmoqchiman", "ishni almashtirmoqchiman", "ish almashtirmoqchiman", "boshqa ish qidiryapman",
      "boshqa ishga o'tmoqchiman", "hech kim majburlamayapti", "majburlamayapti", "majburlashmayapti", "hech kim ushlab turmayapti", "erkinman",
      "o'zim ketdim", "ishdan bo'shadim", "ishdan ketdim", "ishni tashladim", "xo'jayinni almashtirmoqchiman", "boshqa ish topmoqchiman",
    ],
    PRE_NEG: ["hech", "hechqachon", "hech qachon"],
    // not "йук" (йўқ typed with у): folded "iuk", the Uzbek "юк / yuk" and Turkmen "ýük" (a load: "bizni urishdi yuk tashitishdi" is no denial)
    POST_NEG: ["emas", "yo'q", "yoq", "йукку", "emasman", "emasmiz", "emasdi", "yo'qku", "yoqku"],
    SCOPE_NEG: ["hech kim", "hechkim", "hech kimsa", "hech narsa", "hech qachon", "hech kimga"],
    MODAL_PRE: ["agar", "mabodo", "basharti", "qanday bilsa", "qanday aniqlash", "qanday bilish", "qanday bilsam", "belgilari", "nima qilish kerak agar", "qanday farqlash", "qanday tanish", "agarda", "agarki", "bordi-yu", "bordiyu", "borди-ю", "faraz qilaylik", "pasport* .. olib qo'yishadimi", "hujjat* .. olib qo'yishadimi", "pasport* .. olib qo'yadimi", "hujjat* .. olib qo'yadimi", "pasport* .. olib qo'yarmikan", "hujjat* .. olib qo'yarmikan", "pasport* .. olib qolishadimi", "hujjat* .. olib qolishadimi", "pasport* .. olib qoladimi", "hujjat* .. olib qoladimi", "pasport* .. olishadimi", "hujjat* .. olishadimi", "pasport* .. oladimi", "hujjat* .. oladimi", "pasport* .. ushlab turishadimi", "hujjat* .. ushlab turishadimi", "pasport* .. ushlab turadimi", "hujjat* .. ushlab turadimi", "pasport* .. saqlashadimi", "hujjat* .. saqlashadimi", "pasport* .. saqlaydimi", "hujjat* .. saqlaydimi", "pasport* .. bermaydimi", "hujjat* .. bermaydimi", "pasport* .. berishmaydimi", "hujjat* .. berishmaydimi", "pasport* .. qaytarmaydimi", "hujjat* .. qaytarmaydimi", "pasport* .. qaytarishmaydimi", "hujjat* .. qaytarishmaydimi", "pasport* .. olib qo'yishlari mumkin", "hujjat* .. olib qo'yishlari mumkin", "pasport* .. olib qo'yishi mumkin", "hujjat* .. olib qo'yishi mumkin"],
    MODAL_POST: [
      "mumkinmi", "mumkin", "bo'ladimi", "boladimi", "bo'lami", "haqqi bormi", "haqi bormi", "huquqi bormi", "huquqi bor", "haqqi bor", "qonuniymi",
      "qonunga zidmi", "qonuniy", "kerakmi", "to'g'rimi", "togrimi", "normalmi", "shartmi", "ruxsat bormi", "ruxsat etiladimi", "ham bo'ladimi",
      "desa", "desalar", "deyishsa", "desachi", "mumkinmikan", "bo'larmikan", "bo'larkanmi", "haqlimi", "jinoyatmi", "qonunbuzarlikmi", "ruxsatmi"
    ],
    GENERAL: [
      // not "kino*" / "кино*": the prefix matched the Uzbek "qiynoq" (torture) and the Kyrgyz "кыйноо", which fold to "kino..."
      "yangilik*", "kino", "kinoda", "kinoni", "kinoga", "kinodan", "kinodagi", "kinolar*", "kinoteatr*", "film*", "serial*", "insho*", "maqola*", "referat*", "taqdimot*", "televizorda", "internetda o'qidim", "nima degani", "belgilari", "ko'p migrantlar", "ba'zi ish beruvchilar", "maktabda",
      "seminar*", "trening*", ],
    QUESTION_WORD: ["nima", "qanday", "qayerda", "qayerga", "qachon", "kim", "nega", "qancha", "qaysi", "nimaga", "nimalar"],
    F_PAID_TRAVEL: [
      "chipta* .. to'la+", "bilet* .. to'la+", "yo'l kira* .. to'la+", "yo'l haqi* .. to'la+", "viza* .. to'la+", "chipta* .. olib ber+",
      "bilet* .. olib ber+", "chipta* .. ular", "bilet* .. ular", "tekin chipta", "bepul chipta", "bepul bilet", "tekin bilet", "bepul viza",
      "chipta bepul", "bilet bepul", "yo'l bepul", "yo'l kira bepul", "ish beruvchi hisobidan", "firma hisobidan", "ularning hisobidan",
      "agentlik hisobidan", "maoshdan ushlab qolinadi", "maoshdan ushlab qol+", "oylikdan ushlab qol+", "birinchi maoshdan", "birinchi oylikdan",
      "keyin ishlab berasan", "ishlab uzasan", "keyin qaytarasan", "maoshdan qaytar+", "oylikdan qaytar+", "maoshdan chegir+", "oylikdan chegir+",
      "to'lab berishadi", "olib berishadi", "sotib olib berishadi",
    ],
    F_PASSPORT_KEPT: [
      "pasport* .. topshir+", "pasport* .. qoldir+", "pasport* .. berib qo'y+", "pasport* .. ularga ber+", "pasport* .. ularda", "pasport* .. olib qo'yishadi",
      "pasport* .. olib qolishadi", "pasport* .. olib qo'yar", "pasport* .. olib qolar", "pasport* .. saqlab tur+", "pasport* .. saqlashadi",
      "pasport* .. agentlikda", "pasport* .. agentlikka", "pasport* .. jo'nat+", "pasport* .. yubor+", "hujjat* .. topshir+", "hujjat* .. qoldir+",
      "hujjat* .. olib qo'yishadi", "pasport* .. berish kerak", "pasport* .. berishim kerak", "pasport* .. xo'jayinda tur+",
      "pasport* .. menga ber+", "pasport* .. bizga ber+", "pasport* .. menga topshir+", "pasport* .. bizga topshir+",
    ],
    F_FEE: [
      "pul to'lash kerak", "pul to'lashim kerak", "to'lashim kerak", "to'lash kerak", "to'lov*", "oldindan to'lov*", "oldindan pul", "oldindan to'la+",
      "avans*", "komissiya*", "vositachilik haqi", "xizmat haqi", "agentlikka pul", "agentlikka to'la+", "rasmiylashtirish uchun pul",
      "rasmiylashtirish uchun to'la+", "hujjat uchun pul", "joy uchun pul", "pul so'rash+", "pul so'rayapti", "pul so'rashyapti", "pul so'radi",
      "pul o'tkaz+", "kartaga tashla+", "kartaga pul", "zalog*", "garov puli", "dollar to'la+",
    ],
    F_NO_PERMIT: [
      "turist vizasi*", "turistik viza*", "turist sifatida", "turist bo'lib", "turistik", "ruxsatnomasiz", "ruxsatsiz", "patentsiz", "vizasiz",
      "ishchi vizasiz", "noqonuniy*", "hujjatsiz", "hujjatlar keyin", "hujjatlarni keyin", "keyin rasmiylashtir+", "u yerda rasmiylashtir+",
      "o'sha yerda rasmiylashtir+", "mehmon vizasi*", "talaba vizasi*", "taklifnoma orqali",
    ],
    F_NO_CONTRACT: [
      "shartnomasiz", "shartnoma yo'q", "shartnoma bermay*", "shartnoma berishmay*", "shartnoma tuzilmay*", "shartnoma tuzmay*", "kontraktsiz",
      "kontrakt yo'q", "og'zaki", "ogzaki", "shartnoma keyin", "shartnoma u yerda", "shartnomani u yerda", "shartnomani tushunmayman",
      "arab tilida", "koreys tilida", "turk tilida", "ingliz tilida", "o'qiy olmayman", "o'qiyolmayman", "tushunmayman", "qog'ozsiz",
    ],
    F_PAY_HIGH: [
      "tajribasiz", "tajriba shart emas", "tajriba kerak emas", "tajriba talab qilinmaydi", "tajriba shartmas", "til bilish shart emas",
      "til shart emas", "til bilmasa ham", "yuqori maosh*", "katta maosh*", "katta pul*", "ko'p pul*", "juda yaxshi maosh*", "oson pul*",
      "oson ish", "yengil ish", "1500$", "2000$", "2500$", "3000$", "4000$", "5000$", "$1500", "$2000", "$3000", "1500 dollar*", "2000 dollar*",
      "2500 dollar*", "3000 dollar*", "4000 dollar*", "5000 dollar*", "2000 ming dollar*", "ikki ming dollar*", "uch ming dollar*",
    ],
    F_SECRECY: [
      "hech kimga aytma*", "hech kimga aytmaslik*", "hech kimga gapirma*", "hech kimga demaslik*", "ota-onangga aytma*", "oilangga aytma*",
      "onangga aytma*", "sir saqla+", "sir tut+", "yashirin*", "yashirincha", "sir", "sirligicha", "hech kim bilmasin", "hech kim bilmasligi",
      "uyingdagilarga aytma*",
    ],
    F_INFORMAL: [
      "tanish*", "tanishim*", "do'stim*", "dostim*", "dugonam*", "yigitim*", "sevgilim*", "qarindosh*", "qo'shni*", "internetda", "internet orqali",
      "instagram*", "instagramda", "telegram*", "telegramda", "whatsapp*", "vatsap*", "odnoklassniki*", "ijtimoiy tarmoq*", "tiktok*", "bir odam",
      "bir ayol", "bir yigit", "bir kishi", "notanish*", "imo", "facebook*", "feysbuk*", "yangi tanishim*",
    ],
    F_SAFE: [
      "litsenziya*", "litsenziyali", "rasmiy agentlik*", "davlat agentligi*", "yozma shartnoma*", "rasmiy shartnoma*", "ishchi viza*", "xorijda ish",
      "agentlik orqali rasmiy", "migratsiya agentligi*", "tashqi mehnat migratsiyasi", "rasmiy yo'l bilan", "rasmiy ravishda", "bandlik markazi*",
    ],
    PAY_VERB: ["to'la+", "tola+", "to'lab", "to'laydi", "to'lashadi", "olib berishadi", "olib beradi", "bepul", "tekin", "hisobidan"],
  },
  categories: {
    job_offer_check: [
      "ish taklif*", "taklif qilishdi", "taklif qilyapti", "taklif qilishyapti", "taklif qildi", "vakansiya*", "agentlik*", "ishga chaqir+",
      "taklifni tekshir+", "tekshirib ber+", "borsam bo'ladimi", "xorijda ish taklif*", "dubayda ish", "turkiyada ish", "koreyada ish",
      "ish va'da", "ishga olib ketamiz", "ishga olib ketishadi", "vositachi*", "yollovchi*", "ketishdan oldin", "hali ketmadim", "hali uydaman",
      "ish taklifi bor",
      "agentlik orqali", "agentlik* .. tekshir+", "litsenziya*", "rasmiy agentlik*", "ish* topib beraman", "ish* topib beradi",
      "ish* topib beramiz", "olib boraman", "ishga joylashtiraman", "ishga joylab qo'yaman", "ish bor deyishdi", "ish bor deyapti", "borishim kerakmi",
      "ketsam bo'ladimi", "borayinmi", "ketayinmi", "yuborsak bo'ladimi", "jo'natsak bo'ladimi", "ish e'lon*", "vakansiya*"
    ],
    employment_abroad: [
      "patent*", "ish ruxsatnoma*", "ruxsatnoma*", "mehnat shartnoma*", "shartnoma*", "kontrakt*", "maosh*", "oylik*", "ish haqi*", "ish beruvchi*",
      "ishdan bo'shat+", "ishdan haydash*", "ish almashtir+", "ish qidir+", "ish topish*", "ish topib ber*", "ish topolmay*", "mehnat huquq*", "huquqlarim", "soliq*", "tibbiy ko'rik*",
      "imtihon*", "rossiyada ishla+", "qurilish*", "zavod*", "ombor*", "ishlayapman", "ishlayman", "xorijda ishla+", "xo'jayin*", "brigadir*",
      "dam olish kuni", "ta'til*", "bolnichniy", "kasallik varaqasi", "patent* .. uzaytir+", "patent* .. yangila+", "patent* .. to'la+",
      "med ko'rik*", "medko'rik*", "medkomissiya*", "barmoq izi*", "daktiloskopiya*", "maosh* .. undir+", "oylik* .. undir+", "pul* .. undir+",
      "shikoyat*", "mehnat inspeksiya*", "ishdan ket+", "boshqa ishga o't+", "rabotodatel*", "ishchi viza*", "ish viza*", "ish vizasi*",
      "ishga ketmoqchi*", "ishga bormoqchi*", "ishlagani bor+", "ishlagani ket+", "xorijga ishga", "chet elga ishga", "tashqi mehnat migratsiya*",
      "topik*", "rasmiy yo'l bilan", "ishga ket*", "ishga ketsa*", "ishga bor*", "ishlagani*", "og'ir ish*", "ish og'ir", "ish juda og'ir",
      "ish qiyin",
    ],
    work_in_home_country: [
      "o'zbekistonda", "ozbekistonda", "toshkentda", "samarqandda", "andijonda", "farg'onada", "namanganda", "buxoroda", "xorazmda", "qashqadaryoda",
      "vatanda", "o'z yurtimda", "yurtimizda", "mahallamizda", "qishlog'imizda", "shu yerda o'zbekistonda", "o'z davlatimizda", "uyda ishlash",
      "toshkent*", "samarqand*", "andijon*", "farg'ona*", "namangan*", "buxoro*", "xorazm*", "qashqadaryo*", "surxondaryo*", "sirdaryo*",
      "jizzax*", "navoiy*", "nukus*", "termiz*", "urganch*", "guliston*", "qo'qon*", "marg'ilon*", "chirchiq*", "olmaliq*", "angren*",
      "kadrlar agentlig*", "bandlik markaz*", "bandlik*", "mehnat birja*", "o'zbekiston* .. ishla+", "o'zbekiston* .. ish*",
    ],
    education_abroad: [
      "o'qish*", "oqish*", "o'qishga", "talaba*", "universitet*", "oliygoh*", "institut*", "grant*", "stipendiya*", "ta'lim*", "kollej*",
      "magistratura*", "bakalavr*", "kurs*", "til kursi*",
    ],
    business_trip: ["xizmat safari*", "komandirovka*", "biznes*", "ish safari*", "tadbirkor*", "ko'rgazma*", "konferensiya*", "mol olib kel+", "savdo safari*", "tovar olib*", "tovar uchun"],
    return_home: [
      "uyga qayt+", "vatanga qayt+", "uyga .. qayt+", "qaytaman", "qaytsam", "qaytib ketish*", "qaytib kel+", "qaytish*", "qaytmoqchi+", "uyga ketish*", "uyga ketmoqchi*", "deportatsiya*", "deport qil+",
      "kirish taqiq*", "qora ro'yxat*", "uyga chipta*", "yurtga qayt+", "o'zbekistonga qayt+",
    ],
    family_health_social: [
      "oila*", "erim*", "xotinim*", "ajrash+", "aliment*", "kasalxona*", "shifoxona*", "shifokor*", "vrach*", "kasal*", "sog'liq*", "homilador*",
      "bolam", "bolamni", "bolamga", "bolamning", "bolamdan", "bolalarim*", "farzand*", "ota-ona*", "nafaqa*", "psixolog*", "tushkunlik*", "dori*", "qaynona*", "nikoh buzil+", "davolan+",
      "nogiron*", "bog'cha*", "yolg'izlik*", "akam*", "ukam*", "opam*", "singlim*", "qizim*", "o'g'lim*", "onam*", "otam*", "qarindosh*",
      "gaplasha olmay*", "gaplasholmay*", "bog'lana olmay*", "bog'lanolmay*", "aloqaga chiqmay*", "pul jo'nat+", "pul yubor+",
    ],
    id_documents: [
      "pasport* yo'qot+", "pasportimni yo'qot+", "pasport* .. olib qo'y+", "pasport* .. olib qol+", "pasport* .. ushlab tur+",
      "pasport* .. saqla+", "hujjat* .. olib qo'y+", "pasport* .. bermay*", "pasport* .. bermas*", "pasport* .. qaytarmay*",
      "pasport* .. qaytarmas*", "pasport* .. qaytarib ber*", "yo'qotib qo'ydim", "yo'qotdim", "yangi pasport*", "pasport olish", "pasport olmoqchi*",
      "pasportni almashtir+", "pasport almashtir+", "pasport muddati*", "muddati o'tgan", "muddati tugagan", "id karta*", "guvohnoma*",
      "tug'ilganlik haqida", "qaytish guvohnomasi", "hujjatni tiklash", "hujjatlarni tiklash", "tiklash*", "biometrik pasport*",
      "xorijga chiqish pasporti*", "o'g'irlatdim", "pasportim o'g'irlandi", "pasportim yo'qoldi",
      "hujjatlarim*", "hujjatim*", "o'g'irlab ketish+", "o'g'irlash+", "o'g'irlandi", "o'g'irlatib qo'y+", "nusxa*",
      "pasport* .. rasm*", "hujjat* .. rasm*"
    ],
    contacts_embassies: [
      "elchixona*", "konsullik*", "konsul*", "diaspora*", "vazirlik*", "elchi*", "manzil*", "elchixonasi*", "vakolatxona*", "konsulxona*",
      "elchixona* .. telefon*", "konsul* .. telefon*", "elchixona* .. raqam*", "konsul* .. raqam*", "elchixona* .. manzil*", "konsul* .. manzil*",
      "elchixona* .. kontakt*", "konsul* .. kontakt*",
      "kontakt*", "diaspora* .. kontakt*", "diasporasi*", "jamoa*", "vatandosh*"
    ],
    trip_to_kazakhstan: [
      "qozog'iston*", "qozogiston*", "qazaqstan*", "olmaota*", "olmata*", "almati*", "almaty*", "ostona*", "astana*", "chimkent*", "shimkent*",
      "qarag'andi*", "aktau*", "oqtov*", "atirau*", "atyrau*", "qozog'iston* .. bor+", "qozog'iston* .. ket+", "qozog'iston* .. ishla+",
      "qozog'iston* .. tur+", "qozog'iston* .. kir+", "olmaota* .. bor+", "olmata* .. bor+", "olmaota* .. ishla+", "olmata* .. ishla+",
      "ostona* .. bor+", "ostona* .. ishla+",
    ],
    tourist_trip: ["turist*", "turizm*", "sayohat*", "dam olish*", "tur", "ekskursiya*", "mehmonxona*", "ziyorat*", "umra*", "turoperator*", "turagentlik*"],
    what_is_trafficking: [
      "odam savdosi*", "odam savdo*", "qullik*", "majburiy mehnat*", "nima degani", "nima u", "belgilari", "yangilik*", "kino", "kinoda", "kinoni", "kinoga", "kinodan", "kinodagi", "kinolar*", "kinoteatr*", "film*", "insho*",
      "maqola*", "referat*", "inson savdosi*", "ekspluatatsiya*",
    ],
    marriage_abroad: [
      "turmushga chiq+", "turmush qur+", "uylan+", "nikoh*", "to'y*", "kuyov*", "kelin*", "chet ellik*", "xorijlik*", "sovchi*", "tanishuv*",
      "erga teg+", "erga chiq+", "turmush* .. taklif*", "turmush* .. taklif* qil+", "uylanish* .. taklif*", "nikoh* .. taklif*",
      "nikohdan o't+", "nikoh* .. hujjat*",
    ],
    rules_of_stay_abroad: [
      "registratsiya*", "ro'yxatdan o'tish*", "ro'yxatga*", "propiska*", "necha kun", "qancha kun", "90 kun*", "30 kun*", "qancha vaqt tur+",
      "qancha muddat*", "muddatini uzaytir+", "uzaytirish*", "migratsiya karta*", "migratsion karta*", "noqonuniy*", "jarima*", "kirish taqiq*",
      "chegaradan*", "rkl", "reestr*", "qonuniy bo'lish", "ruid", "gosuslugi", "qancha yashash", "qolsam bo'ladimi", "muddat o'tib",
      "registratsiya* qil*", "registratsiya* .. qilib ber*", "registratsiya* .. qildir*", "ro'yxatga qo'y*", "ro'yxatdan o't*", "ro'yxatga ol*",
      "muddatdan oshib*", "kundan oshib*", "vizasiz .. kun*",
      "qolish qoida*", "yashash qoida*", "kirish qoida*", "deport* .. qoida*", "migratsiya qoida*", "chet el fuqaro*", "xorijiy fuqaro*",
      "qoidalari*"
    ],
    permanent_residence: [
      "yashash uchun ruxsatnoma*", "yashash guvohnomasi*", "vnj", "vid na jitelstvo", "doimiy yashash*", "fuqarolik*", "fuqaroligi*", "grajdanstvo*",
      "pmj", "rvp", "green card", "grin karta*", "butunlay ko'chib*", "doimiy ko'chib*", "u yerda qolib ketish",
    ],
    hotline_numbers: [
      "ishonch telefon*", "qaynoq liniya*", "issiq liniya*", "telefon raqam*", "raqam*", "qo'ng'iroq qilish*", "kimga qo'ng'iroq*",
      "qayerga qo'ng'iroq*", "nomer*", "telefoni", "raqamini", "raqamlari", "qo'ng'iroq markazi*", "call markaz*",
    ],
    greeting_other: [
      "salom", "assalomu alaykum", "assalom", "rahmat", "raxmat", "katta rahmat", "xayr", "yaxshimisiz", "qalaysiz", "ha", "yo'q", "ok", "menyu",
      "xop", "xo'p", "tushunarli",
    ],
  },
};

/**
 * Cyrillic Uzbek is often typed without ў, as у ("хужайин", "олиб куйди", "телефони учик"): the skeleton folds ў/o' to
 * "o" but у to "u". The matcher adds the у spelling only for terms written with ў, so every Latin term with o' gets
 * its u spelling here too (not one-word terms of four letters or fewer: "yo'q" → "yuk" is "load", "qo'l" → "kul").
 */
const O_APOS = /o['ʻʼ’‘`]/g;
function withCyrillicU(terms: string[]): string[] {
  const out = [...terms];
  const seen = new Set(terms);
  for (const t of terms) {
    if (!/o['ʻʼ’‘`]/.test(t)) continue;
    if (!/\s/.test(t.trim()) && t.replace(/[*+'ʻʼ’‘`]/g, "").length <= 4) continue;
    const v = t.replace(O_APOS, "u");
    if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}
for (const c of Object.keys(uz.concepts) as (keyof typeof uz.concepts)[]) uz.concepts[c] = withCyrillicU(uz.concepts[c] ?? []);
for (const c of Object.keys(uz.categories) as (keyof typeof uz.categories)[]) uz.categories[c] = withCyrillicU(uz.categories[c] ?? []);
