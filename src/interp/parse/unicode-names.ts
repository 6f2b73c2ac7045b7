// Unicode character names both ways (CPython: Modules/unicodedata.c _getucname and _getcode), for
// \N{name} escapes in string literals and for the unicodedata module. The names are CPython 3.14's
// (Unicode 16.0.0, unicodedata-db.ts); CJK unified ideographs and the other "PREFIX-XXXX" ranges,
// and Hangul syllables, are computed. Formal name aliases are known; named sequences are not
// (DEVIATIONS.md, "unicodedata: no named sequences").
import { ALGORITHMIC_NAMES, NAME_ALIASES, NAME_WORDS, NAMES } from "./unicodedata-db.js";

export const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
export const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
export const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

let names: Map<number, string> | null = null;
let byName: Map<string, number> | null = null;
/** The table's names by code point, decoded on first use. */
function nameTable(): Map<number, string> {
  if (names) return names;
  names = new Map();
  let cp = -1;
  for (const line of NAMES.split("\n")) {
    let i = 0;
    while (i < line.length && line.charCodeAt(i) < 0x100) i++;
    cp += i ? parseInt(line.slice(0, i), 36) : 1;
    let s = "", join = " ";
    for (let k = i; k < line.length; k++) {
      const w = NAME_WORDS[line.charCodeAt(k) - 0x100];
      if (w === "\u0001") { join = "-"; continue; }
      s += (k > i ? join : "") + w;
      join = " ";
    }
    names.set(cp, s);
  }
  return names;
}
const hex = (cp: number): string => cp.toString(16).toUpperCase().padStart(4, "0");

/** The character's name, or undefined (CPython: _getucname). */
export function charName(cp: number): string | undefined {
  if (cp >= 0xac00 && cp <= 0xd7a3) {
    const s = cp - 0xac00;
    return `HANGUL SYLLABLE ${JAMO_L[Math.floor(s / 588)]}${JAMO_V[Math.floor((s % 588) / 28)]}${JAMO_T[s % 28]}`;
  }
  for (const [a, b, prefix] of ALGORITHMIC_NAMES) if (cp >= a && cp <= b) return prefix + hex(cp);
  return nameTable().get(cp);
}

/** The code point of a name, or undefined (CPython: _getcode). The computed CJK unified
 *  ideograph and Hangul syllable names compare case-sensitively; every other name (the table's, and
 *  the other PREFIX-XXXX names, which CPython keeps in its table) ignores case. */
export function unicodeNameLookup(raw: string): number | undefined {
  if (raw.startsWith("HANGUL SYLLABLE ")) {
    const rest = raw.slice(16);
    for (let l = 0; l < JAMO_L.length; l++) {
      if (!rest.startsWith(JAMO_L[l])) continue;
      for (let v = 0; v < JAMO_V.length; v++) {
        if (!rest.startsWith(JAMO_V[v], JAMO_L[l].length)) continue;
        const t = JAMO_T.indexOf(rest.slice(JAMO_L[l].length + JAMO_V[v].length));
        if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
      }
    }
    return undefined;
  }
  const name = raw.toUpperCase();
  const cjk = raw.startsWith(CJK);
  if (!cjk && name.startsWith(CJK)) return undefined;
  const m = /^(.*-)([0-9A-F]{4,6})$/.exec(cjk ? raw : name);
  if (m) {
    const cp = parseInt(m[2], 16);
    for (const [a, b, p] of ALGORITHMIC_NAMES) if (p === m[1] && cp >= a && cp <= b && m[2] === hex(cp)) return cp;
    if (cjk) return undefined;
  }
  if (!byName) {
    byName = new Map();
    for (const [cp, n] of nameTable()) byName.set(n, cp);
    for (const [cp, n] of NAME_ALIASES) if (!byName.has(n)) byName.set(n, cp); // formal aliases (NameAliases.txt)
  }
  return byName.get(name);
}
const CJK = "CJK UNIFIED IDEOGRAPH-";
