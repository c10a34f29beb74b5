/** Stems of country names as people type them (several languages and scripts), lower case. */
export const COUNTRY_WORDS: Record<string, string[]> = {
  KZ: ["kazakh", "qazaq", "казах", "қазақ", "qozog'", "қозоғ", "kazak", "gazag"],
  KG: ["kyrgyz", "kirgiz", "qirg'iz", "кыргыз", "кирги", "қирғиз", "қырғыз", "gyrgyz"],
  TJ: ["tajik", "tojik", "тадж", "тоҷик", "тожик", "täjik", "tajik"],
  TM: ["turkmen", "туркмен", "түркмен", "türkmen", "туркман", "turkman"],
  UZ: ["uzbek", "o'zbek", "ozbek", "узбек", "ўзбек", "өзбек", "ӯзбек", "özbeg"],
  RU: ["russia", "росси", "рф", "rossi", "русия", "орусия", "ресей", "rossiya", "russiýa", "moskv", "москв"],
  TR: ["turkey", "türki", "turki", "турци", "туркия", "түркия", "türkiýe", "стамбул", "istanbul"],
  AE: ["uae", "emirat", "эмират", "оаэ", "dubai", "дубай", "баа", "бае", "баә", "ама", "bae", "baa"],
  KR: ["korea", "корея", "корей", "koreya", "кореяи", "koreýa"],
};
