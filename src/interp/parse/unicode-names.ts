// \N{name} lookup for string literals (CPython Modules/unicodedata.c _getcode).
// Algorithmic names (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...) are computed; other names
// come from NAMES below. KNOWN GAP (DEVIATIONS.md): NAMES is not yet the full Unicode name table;
// an unknown name raises CPython's "unknown Unicode character name" error.
const NAMES: Record<string, number> = {
  "EM DASH": 0x2014, "EN DASH": 0x2013, "NO-BREAK SPACE": 0xa0, "BULLET": 0x2022,
  "HORIZONTAL ELLIPSIS": 0x2026, "DEGREE SIGN": 0xb0, "GREEK SMALL LETTER ALPHA": 0x3b1,
  "EURO SIGN": 0x20ac, "SNOWMAN": 0x2603, "ZERO WIDTH SPACE": 0x200b, "LATIN SMALL LETTER E WITH ACUTE": 0xe9,
};

export const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
export const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
export const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

export function unicodeNameLookup(rawName: string): number | undefined {
  const name = rawName.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (cjk) return parseInt(cjk[1], 16);
  if (name.startsWith("HANGUL SYLLABLE ")) {
    const rest = name.slice(16);
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
  return NAMES[name];
}
