/** One word of a text, with the comparison key group names are matched on and offsets back into the text. */
export type NameToken = {
  /** Offset of the word's first character. */
  start: number;
  /** Offset after the word, without a possessive "'s". */
  end: number;
  /** Offset after the word including a possessive, so a gap is measured from here. */
  wordEnd: number;
  /** The word as written, possessive removed (acronyms are matched on this, case-sensitively). */
  raw: string;
  /** Canonical form: lower case, no diacritics or ʿayn/hamza marks, transliteration variants folded. */
  key: string;
  /** Key of the word without a final "s": FA-KES strips apostrophes, so "Nusra's" arrives as "Nusras". */
  keyWithoutS: string | null;
  /** A hyphen follows directly ("ash-Sham"): assimilated articles only count when attached. */
  hyphenAfter: boolean;
};

/** Apostrophe-like marks: typed quotes plus the letters used for ʿayn and hamza (Hay'at, Hay’at, Hayʾat, Daʿish). */
const APOSTROPHES = /['’‘ʼʾʿ`´′]/g;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼʾʿ`´′][\p{L}\p{N}\p{M}]+)*['’]?/gu;
const POSSESSIVE = /['’ʼ]s$/i;

/** Arabic articles written assimilated to the next letter; they count as "al" only when hyphen-attached. */
const ATTACHED_ARTICLES = new Set([
  "as",
  "ad",
  "an",
  "ar",
  "at",
  "az",
  "es",
  "ed",
  "en",
  "er",
  "et",
  "ez",
  "ud",
  "un",
  "ur",
]);
/** Forms that are the article wherever they stand. */
const ARTICLES = new Set(["al", "el", "ul", "ash", "adh", "ath", "esh"]);

/**
 * Spellings of one transliterated word, canonical first. Pairs the generic folding (ee→i, ou→u, doubled letters,
 * final h) does not already join. Extend here when a corpus writes a name another way.
 */
const VARIANTS: string[][] = [
  ["jaish", "jaysh", "jeish", "jaich", "jesh"],
  ["fateh", "fatah", "fath", "fatih"],
  ["nusra", "nusrah", "nosra", "nusrat"],
  ["din", "deen", "dine", "dien"],
  ["zenki", "zinki", "zengi", "zanki", "zinky", "zangi"],
  ["sham", "shaam", "cham", "chaam"],
  ["fastaqim", "fastaqeem", "fastakim", "fastaquim"],
  ["ahrar", "ahrah", "ahrare"],
  ["jabhat", "jabhet", "jebhat", "jabha", "jabhah", "jebha"],
  ["hayat", "hayet", "haiat", "haiet", "hayaat", "haya", "hayaa", "hayah", "hayeat"],
  ["qaeda", "qaida", "kaida", "kaeda", "qaidah", "qaedah", "qeada"],
  ["shamiya", "shamiye", "shamiyeh", "shamiyah", "shamia"],
  ["mujahideen", "mujahidin", "mujahedin", "mujahedeen", "moujahidin"],
  ["suqour", "suqur", "soqour", "suqor", "sukur"],
  ["hezbollah", "hizbollah", "hizbullah", "hizballah", "hezbolla", "hisbollah", "hezballah"],
  ["daesh", "daish", "daech"],
  ["liwa", "liwaa", "lewa", "liwah"],
  ["katibat", "katiba", "kateeba", "katibah"],
  ["harakat", "haraka", "harakah"],
  ["faylaq", "failaq", "feylaq", "filaq", "faylak"],
  ["tawhid", "tawheed", "tawhed"],
  ["muhajireen", "muhajirin", "mouhajirin", "muhajiroun"],
  ["turkistan", "turkestan"],
  ["islamiyya", "islamiya", "islamiyah", "islamiyyah", "islamiyeh"],
  ["fatemiyoun", "fatimiyoun", "fatemiyun", "fatimiyun", "fatemiyon"],
  ["zainabiyoun", "zaynabiyoun", "zainebiyoun", "zaynabiyun", "zeinabiyoun"],
  ["marsous", "marsoos", "marsus"],
  ["bunyan", "bonyan", "bunian"],
  ["thuwar", "thowar", "thuwwar"],
  ["tahrir", "tahreer", "tahrier"],
  ["hurras", "huras", "hurass", "horras"],
  ["asayish", "asayesh", "asayis", "asaish"],
  ["sharqiya", "sharqiyah", "sharqia", "sharkiya", "sharqiyeh"],
  ["muminin", "moumenin", "mueminin", "mominin"],
  ["quds", "qods"],
  ["shaabi", "shabi", "shaebi"],
  ["nour", "nur", "noor"],
  ["noureddine", "nureddin", "nuraddin", "noureddin", "nureddine"],
  ["turkiye", "turkiya"],
];

/** Lower case, strip diacritics and apostrophe-like marks, then fold vowel spellings and doubled letters. */
function fold(word: string): string {
  let s = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(APOSTROPHES, "");
  s = s.replace(/ee/g, "i").replace(/oo/g, "u").replace(/ou/g, "u").replace(/ay/g, "ai");
  s = s.replace(/(.)\1+/g, "$1");
  // A final h after a vowel is a transliteration habit (Nusrah, Shamiyah), not a sound the names need.
  if (s.length > 3) s = s.replace(/([aeiu])h$/, "$1");
  return s;
}

const VARIANT_KEYS: Map<string, string> = new Map(
  VARIANTS.flatMap((spellings) => spellings.map((spelling) => [fold(spelling), fold(spellings[0])] as const)),
);

/** The comparison key of one word (the Arabic article comes out as "al"). */
export function canonicalWord(word: string, { hyphenAfter = false } = {}): string {
  const folded = fold(word);
  if (ARTICLES.has(folded) || (hyphenAfter && ATTACHED_ARTICLES.has(folded))) return "al";
  return VARIANT_KEYS.get(folded) ?? folded;
}

/** Splits `text` into words with their comparison keys, in one pass. */
export function nameTokens(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const wordEnd = start + match[0].length;
    let word = match[0];
    if (POSSESSIVE.test(word)) word = word.slice(0, -2);
    else if (/['’]$/.test(word)) word = word.slice(0, -1);
    if (word === "") continue;
    const hyphenAfter = /^[-‐‑]/.test(text.slice(wordEnd, wordEnd + 1));
    tokens.push({
      start,
      end: start + word.length,
      wordEnd,
      raw: word,
      key: canonicalWord(word, { hyphenAfter }),
      keyWithoutS: word.length >= 5 && /s$/i.test(word) ? canonicalWord(word.slice(0, -1)) : null,
      hyphenAfter,
    });
  }
  return tokens;
}

/** Whether two words written with `gap` between them still read as one name ("al-Sham", "al Sham", "U.S.-led"). */
export function joinsName(gap: string, previous: NameToken): boolean {
  if (gap.length > 4 || gap.includes("\n\n")) return false;
  let rest = gap;
  if (previous.raw.length === 1 && rest.startsWith(".")) rest = rest.slice(1);
  return /^\s*[-‐‑‒–—]?\s*$/.test(rest);
}
