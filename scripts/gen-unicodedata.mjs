// Generates src/interp/parse/unicodedata-db.ts: the Unicode Character Database as CPython
// 3.14's unicodedata module reports it (Unicode 16.0.0), read from CPython itself (pyodide).
// Run: node scripts/gen-unicodedata.mjs
import { loadPyodide } from "pyodide";
import { writeFileSync } from "node:fs";

const py = await loadPyodide();
const data = JSON.parse(py.runPython(String.raw`
import unicodedata as u, json
MAX = 0x110000
props = {}
for p in ["category", "bidirectional", "east_asian_width", "combining", "mirrored"]:
    f = getattr(u, p)
    runs = []
    prev = None
    for cp in range(MAX):
        v = f(chr(cp))
        if v != prev:
            runs.append([cp, v])
            prev = v
    props[p] = runs
numeric = []
decomp = []
names = []
for cp in range(MAX):
    c = chr(cp)
    d = u.decimal(c, None); g = u.digit(c, None); n = u.numeric(c, None)
    if n is not None:
        numeric.append([cp, -1 if d is None else d, -1 if g is None else g, n.as_integer_ratio()])
    dc = u.decomposition(c)
    if dc:
        decomp.append([cp, dc])
    nm = u.name(c, None)
    if nm is not None:
        names.append([cp, nm])
json.dumps({"version": u.unidata_version, "props": props, "numeric": numeric, "decomp": decomp, "names": names})
`));


// Candidate formal name aliases (Unicode's NameAliases.txt as published for 8.0, plus VS1..VS256);
// only those CPython's lookup() resolves to the same character are kept.
const ALIAS_CANDIDATES = [
  ["0000", "NULL"],
  ["0000", "NUL"],
  ["0001", "START OF HEADING"],
  ["0001", "SOH"],
  ["0002", "START OF TEXT"],
  ["0002", "STX"],
  ["0003", "END OF TEXT"],
  ["0003", "ETX"],
  ["0004", "END OF TRANSMISSION"],
  ["0004", "EOT"],
  ["0005", "ENQUIRY"],
  ["0005", "ENQ"],
  ["0006", "ACKNOWLEDGE"],
  ["0006", "ACK"],
  ["0007", "ALERT"],
  ["0007", "BEL"],
  ["0008", "BACKSPACE"],
  ["0008", "BS"],
  ["0009", "CHARACTER TABULATION"],
  ["0009", "HORIZONTAL TABULATION"],
  ["0009", "HT"],
  ["0009", "TAB"],
  ["000A", "LINE FEED"],
  ["000A", "NEW LINE"],
  ["000A", "END OF LINE"],
  ["000A", "LF"],
  ["000A", "NL"],
  ["000A", "EOL"],
  ["000B", "LINE TABULATION"],
  ["000B", "VERTICAL TABULATION"],
  ["000B", "VT"],
  ["000C", "FORM FEED"],
  ["000C", "FF"],
  ["000D", "CARRIAGE RETURN"],
  ["000D", "CR"],
  ["000E", "SHIFT OUT"],
  ["000E", "LOCKING-SHIFT ONE"],
  ["000E", "SO"],
  ["000F", "SHIFT IN"],
  ["000F", "LOCKING-SHIFT ZERO"],
  ["000F", "SI"],
  ["0010", "DATA LINK ESCAPE"],
  ["0010", "DLE"],
  ["0011", "DEVICE CONTROL ONE"],
  ["0011", "DC1"],
  ["0012", "DEVICE CONTROL TWO"],
  ["0012", "DC2"],
  ["0013", "DEVICE CONTROL THREE"],
  ["0013", "DC3"],
  ["0014", "DEVICE CONTROL FOUR"],
  ["0014", "DC4"],
  ["0015", "NEGATIVE ACKNOWLEDGE"],
  ["0015", "NAK"],
  ["0016", "SYNCHRONOUS IDLE"],
  ["0016", "SYN"],
  ["0017", "END OF TRANSMISSION BLOCK"],
  ["0017", "ETB"],
  ["0018", "CANCEL"],
  ["0018", "CAN"],
  ["0019", "END OF MEDIUM"],
  ["0019", "EOM"],
  ["001A", "SUBSTITUTE"],
  ["001A", "SUB"],
  ["001B", "ESCAPE"],
  ["001B", "ESC"],
  ["001C", "INFORMATION SEPARATOR FOUR"],
  ["001C", "FILE SEPARATOR"],
  ["001C", "FS"],
  ["001D", "INFORMATION SEPARATOR THREE"],
  ["001D", "GROUP SEPARATOR"],
  ["001D", "GS"],
  ["001E", "INFORMATION SEPARATOR TWO"],
  ["001E", "RECORD SEPARATOR"],
  ["001E", "RS"],
  ["001F", "INFORMATION SEPARATOR ONE"],
  ["001F", "UNIT SEPARATOR"],
  ["001F", "US"],
  ["0020", "SP"],
  ["007F", "DELETE"],
  ["007F", "DEL"],
  ["0080", "PADDING CHARACTER"],
  ["0080", "PAD"],
  ["0081", "HIGH OCTET PRESET"],
  ["0081", "HOP"],
  ["0082", "BREAK PERMITTED HERE"],
  ["0082", "BPH"],
  ["0083", "NO BREAK HERE"],
  ["0083", "NBH"],
  ["0084", "INDEX"],
  ["0084", "IND"],
  ["0085", "NEXT LINE"],
  ["0085", "NEL"],
  ["0086", "START OF SELECTED AREA"],
  ["0086", "SSA"],
  ["0087", "END OF SELECTED AREA"],
  ["0087", "ESA"],
  ["0088", "CHARACTER TABULATION SET"],
  ["0088", "HORIZONTAL TABULATION SET"],
  ["0088", "HTS"],
  ["0089", "CHARACTER TABULATION WITH JUSTIFICATION"],
  ["0089", "HORIZONTAL TABULATION WITH JUSTIFICATION"],
  ["0089", "HTJ"],
  ["008A", "LINE TABULATION SET"],
  ["008A", "VERTICAL TABULATION SET"],
  ["008A", "VTS"],
  ["008B", "PARTIAL LINE FORWARD"],
  ["008B", "PARTIAL LINE DOWN"],
  ["008B", "PLD"],
  ["008C", "PARTIAL LINE BACKWARD"],
  ["008C", "PARTIAL LINE UP"],
  ["008C", "PLU"],
  ["008D", "REVERSE LINE FEED"],
  ["008D", "REVERSE INDEX"],
  ["008D", "RI"],
  ["008E", "SINGLE SHIFT TWO"],
  ["008E", "SINGLE-SHIFT-2"],
  ["008E", "SS2"],
  ["008F", "SINGLE SHIFT THREE"],
  ["008F", "SINGLE-SHIFT-3"],
  ["008F", "SS3"],
  ["0090", "DEVICE CONTROL STRING"],
  ["0090", "DCS"],
  ["0091", "PRIVATE USE ONE"],
  ["0091", "PRIVATE USE-1"],
  ["0091", "PU1"],
  ["0092", "PRIVATE USE TWO"],
  ["0092", "PRIVATE USE-2"],
  ["0092", "PU2"],
  ["0093", "SET TRANSMIT STATE"],
  ["0093", "STS"],
  ["0094", "CANCEL CHARACTER"],
  ["0094", "CCH"],
  ["0095", "MESSAGE WAITING"],
  ["0095", "MW"],
  ["0096", "START OF GUARDED AREA"],
  ["0096", "START OF PROTECTED AREA"],
  ["0096", "SPA"],
  ["0097", "END OF GUARDED AREA"],
  ["0097", "END OF PROTECTED AREA"],
  ["0097", "EPA"],
  ["0098", "START OF STRING"],
  ["0098", "SOS"],
  ["0099", "SINGLE GRAPHIC CHARACTER INTRODUCER"],
  ["0099", "SGC"],
  ["009A", "SINGLE CHARACTER INTRODUCER"],
  ["009A", "SCI"],
  ["009B", "CONTROL SEQUENCE INTRODUCER"],
  ["009B", "CSI"],
  ["009C", "STRING TERMINATOR"],
  ["009C", "ST"],
  ["009D", "OPERATING SYSTEM COMMAND"],
  ["009D", "OSC"],
  ["009E", "PRIVACY MESSAGE"],
  ["009E", "PM"],
  ["009F", "APPLICATION PROGRAM COMMAND"],
  ["009F", "APC"],
  ["00A0", "NBSP"],
  ["00AD", "SHY"],
  ["01A2", "LATIN CAPITAL LETTER GHA"],
  ["01A3", "LATIN SMALL LETTER GHA"],
  ["034F", "CGJ"],
  ["061C", "ALM"],
  ["0709", "SYRIAC SUBLINEAR COLON SKEWED LEFT"],
  ["0CDE", "KANNADA LETTER LLLA"],
  ["0E9D", "LAO LETTER FO FON"],
  ["0E9F", "LAO LETTER FO FAY"],
  ["0EA3", "LAO LETTER RO"],
  ["0EA5", "LAO LETTER LO"],
  ["0FD0", "TIBETAN MARK BKA- SHOG GI MGO RGYAN"],
  ["180B", "FVS1"],
  ["180C", "FVS2"],
  ["180D", "FVS3"],
  ["180E", "MVS"],
  ["200B", "ZWSP"],
  ["200C", "ZWNJ"],
  ["200D", "ZWJ"],
  ["200E", "LRM"],
  ["200F", "RLM"],
  ["202A", "LRE"],
  ["202B", "RLE"],
  ["202C", "PDF"],
  ["202D", "LRO"],
  ["202E", "RLO"],
  ["202F", "NNBSP"],
  ["205F", "MMSP"],
  ["2060", "WJ"],
  ["2066", "LRI"],
  ["2067", "RLI"],
  ["2068", "FSI"],
  ["2069", "PDI"],
  ["2118", "WEIERSTRASS ELLIPTIC FUNCTION"],
  ["2448", "MICR ON US SYMBOL"],
  ["2449", "MICR DASH SYMBOL"],
  ["2B7A", "LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE"],
  ["2B7C", "RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE"],
  ["A015", "YI SYLLABLE ITERATION MARK"],
  ["FE18", "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET"],
  ["FEFF", "BYTE ORDER MARK"],
  ["FEFF", "BOM"],
  ["FEFF", "ZWNBSP"],
  ["122D4", "CUNEIFORM SIGN NU11 TENU"],
  ["122D5", "CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR"],
  ["1D0C5", "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS"],
  ...Array.from({ length: 16 }, (_, i) => [(0xfe00 + i).toString(16).toUpperCase(), `VS${i + 1}`]),
  ...Array.from({ length: 240 }, (_, i) => [(0xe0100 + i).toString(16).toUpperCase(), `VS${i + 17}`]),
];
py.globals.set("ALIASES", JSON.stringify(ALIAS_CANDIDATES));
const aliasesOk = JSON.parse(py.runPython(String.raw`
import unicodedata as u, json
ok = []
for cp, name in json.loads(ALIASES):
    try:
        if u.lookup(name) == chr(int(cp, 16)):
            ok.append([int(cp, 16), name])
    except KeyError:
        pass
json.dumps(ok)
`));

// ---- names: algorithmic runs (PREFIX-%04X over consecutive code points), the rest by word ----
const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, "0");
const algo = []; // [start, end, prefix]
const plain = [];
let i = 0;
const list = data.names;
while (i < list.length) {
  const [cp, nm] = list[i];
  const m = /^(.*-)([0-9A-F]{4,6})$/.exec(nm);
  if (m && m[2] === hex(cp)) {
    let j = i;
    while (j + 1 < list.length && list[j + 1][0] === list[j][0] + 1 && list[j + 1][1] === m[1] + hex(list[j + 1][0])) j++;
    if (j - i >= 15) {
      algo.push([cp, list[j][0], m[1]]);
      i = j + 1;
      continue;
    }
  }
  if (!nm.startsWith("HANGUL SYLLABLE ")) plain.push([cp, nm]);
  i++;
}
// tokens: words split on spaces; a hyphen inside a word becomes the joiner token "\u0001"
const freq = new Map();
const tokenize = (nm) => {
  const out = [];
  for (const w of nm.split(" ")) {
    const parts = w.split("-");
    parts.forEach((p, k) => { if (k) out.push("\u0001"); out.push(p); });
  }
  return out;
};
const toks = plain.map(([, nm]) => tokenize(nm));
for (const t of toks) for (const w of t) freq.set(w, (freq.get(w) ?? 0) + 1);
const words = [...freq.keys()].sort((a, b) => freq.get(b) - freq.get(a) || (a < b ? -1 : 1));
const index = new Map(words.map((w, k) => [w, k]));
// one char per word: U+0100 + index (all below the surrogates)
const enc = (k) => String.fromCharCode(0x100 + k);
let prevCp = -1;
const nameParts = toks.map((t, k) => {
  const delta = plain[k][0] - prevCp;
  prevCp = plain[k][0];
  return (delta === 1 ? "" : delta.toString(36)) + t.map((w) => enc(index.get(w))).join("");
});

const runs = (r, f = (v) => v) => {
  const values = [...new Set(r.map(([, v]) => f(v)))];
  const body = r.map(([cp, v], k) => `${(k ? cp - r[k - 1][0] : cp).toString(36)}.${values.indexOf(f(v)).toString(36)}`).join(",");
  return { values, body };
};
const props = {};
for (const [p, r] of Object.entries(data.props)) props[p] = runs(r, (v) => (typeof v === "number" ? String(v) : v));

const q = (s) => JSON.stringify(s);
let out = `// Generated by scripts/gen-unicodedata.mjs from CPython 3.14's unicodedata (pyodide): the Unicode
// Character Database ${data.version}. Do not edit.
/* eslint-disable */
export const UNIDATA_VERSION = ${q(data.version)};
/** Run-length tables: "delta.valueIndex" entries (base 36), one per run of equal values. */
export const PROPS: Record<string, { values: string[]; runs: string }> = {
${Object.entries(props).map(([p, { values, body }]) => `  ${p}: { values: ${q(values)}, runs: ${q(body)} },`).join("\n")}
};
/** [code point, decimal (-1 none), digit (-1 none), numerator, denominator] */
export const NUMERIC: number[][] = ${q(data.numeric.map(([cp, d, g, [a, b]]) => [cp, d, g, a, b]))};
/** code point -> decomposition mapping */
export const DECOMPOSITION: [number, string][] = ${q(data.decomp)};
/** names made of a prefix and the code point in hex: [first, last, prefix] */
export const ALGORITHMIC_NAMES: [number, number, string][] = ${q(algo)};
/** the words of names; word k is written as U+0100 + k in NAMES, and "\\u0001" joins with '-' */
export const NAME_WORDS: string[] = ${q(words)};
/** formal name aliases that lookup() and \\N{...} accept: [code point, alias] */
export const NAME_ALIASES: [number, string][] = ${q(aliasesOk)};
/** "\\n"-separated names in code point order, each prefixed by its code point's distance from the
 *  previous one in base 36 (nothing when it is 1) */
export const NAMES = ${q(nameParts.join("\n"))};
`;
writeFileSync(new URL("../src/interp/parse/unicodedata-db.ts", import.meta.url), out);
console.log("written", out.length, "chars;", words.length, "words,", plain.length, "names,", algo.length, "algorithmic ranges");
