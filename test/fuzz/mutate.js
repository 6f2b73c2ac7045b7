// @ts-check
// Seeded mutation fuzzer for the parser: input number i of a run with seed s is a pure function of
// (s, i), so any failure is reproducible from those two numbers alone. Inputs are mutated windows
// of CPython's stdlib sources and of small valid snippets: spans deleted, duplicated, swapped or
// spliced, brackets/quotes/keywords/indentation/odd unicode/NUL and other bytes inserted, deep
// nesting, truncation. Shared by test/fuzz.test.ts (20k inputs) and test/fuzz/campaign.js (1M).
// Plain JS with JSDoc types: see test/support/zip.js for why.

/** Inputs are capped at this many bytes (so that 20k of them parse in well under a minute). */
export const MAX_INPUT_BYTES = 2048;

/** A 32-bit integer hash (the murmur3 finalizer), to decorrelate seeds. @param {number} x */
function mix32(x) {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A small PRNG (sfc32, by Chris Doty-Humphrey); deterministic across platforms. */
export class Rng {
  /** @param {number} a @param {number} b @param {number} c @param {number} d */
  constructor(a, b, c, d) {
    this.a = a >>> 0; this.b = b >>> 0; this.c = c >>> 0; this.d = d >>> 0;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  next() {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** An integer in [0, n). @param {number} n */
  int(n) { return n <= 0 ? 0 : this.next() % n; }

  /** An integer in [lo, hi]. @param {number} lo @param {number} hi */
  range(lo, hi) { return lo + this.int(hi - lo + 1); }

  /** True with probability p. @param {number} p */
  chance(p) { return this.next() / 0x100000000 < p; }

  /** @template T @param {readonly T[]} xs @returns {T} */
  pick(xs) { return xs[this.int(xs.length)]; }

  /** The generator for input `index` of the run with `seed`. @param {number} seed @param {number} index */
  static forInput(seed, index) {
    const h1 = mix32(seed ^ 0x9e3779b9), h2 = mix32(index ^ h1);
    return new Rng(h1, h2, mix32(h2 ^ 0x85ebca6b), mix32(h1 + index));
  }
}

/** Small valid programs covering the grammar (seeds besides the stdlib). */
export const SNIPPETS = [
  "x = 1\n", "a, *b = c\n", "x: int = 5\n", "x += 1\ny **= 2\n", "del a[0], b.c\n",
  "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
  "for i in range(10):\n    if i % 2:\n        continue\n    break\nelse:\n    pass\n",
  "while True:\n    x = yield x\n",
  "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    return a + b\n",
  "async def g():\n    async with a as b, c:\n        await d\n    async for x in y:\n        yield x\n",
  "@decorator(1)\nclass C(Base, metaclass=M):\n    '''doc'''\n    x: int\n    def m(self): return self.x\n",
  "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
  "try:\n    pass\nexcept* ValueError:\n    pass\n",
  "with (open(a) as f, open(b) as g):\n    pass\n",
  "import os.path as p, sys\nfrom . import a\nfrom ..b import (c as d, e)\nfrom x import *\n",
  "global a\nnonlocal b\nassert x, 'msg'\n",
  "lambda x, *y, z=1, **k: (x, y, z, k)\n",
  "[x for x in y if x for z in x]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h)\n",
  "x = a if b else c\ny = (z := 10)\n",
  "f(a, *b, c=1, **d)\nx[1:2, ::3, ...]\n",
  "s = 'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\e' b'f' rb'g' u'h'\n",
  "f'{a!r:>{width}} {b=} {c:{d}.{e}}'\nf\"{'nested'}\"\nf'''{x\n}'''\n",
  "t'{a} {b!s:^10}'\n",
  "x = 0x_ff + 0o17 + 0b1_0 + 1_000.5e-3 + 3j + .5 + 5.\n",
  "match command:\n    case [x, y, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=0) | None:\n        pass\n    case str() as s if s:\n        pass\n    case _:\n        pass\n",
  "type Alias[T: int = str, *Ts, **P] = list[T]\n",
  "def f[T, U: (int, str)](x: T) -> U: ...\nclass K[T]: pass\n",
  "x = not a and b or c is not d in e not in f\n",
  "print(*args, sep='', end='\\n', file=sys.stderr)\n",
  "a = b = c = d\n(x) = 1\n[a, b] = c\n",
  "if x:\n\tpass\n",
  "# comment\n\n\n  # indented comment\nx = 1  # trailing\n",
  "x = (1,\n     2,\n     3)\ny = [\n    4,\n]\n",
  "x = 1; y = 2; z = 3\n",
  "a @= b\nc //= d\ne >>= f\ng <<= h\ni ^= j\nk |= l\nm &= n\no %= p\n",
  "return\n", "yield\n", "pass", "", "\n", "\\\n", "x = \\\n  1\n",
  "__debug__\n...\nNone\nTrue\nFalse\n",
  "\ufeffx = 1\n", "# -*- coding: latin-1 -*-\nx = 1\n",
];

const INSERTS = [
  "(", ")", "[", "]", "{", "}", "((", "))", "'", '"', "'''", '"""', "f'", 'f"', "rb'", "t'", "f'{", "}'", "{{", "}}",
  ":", "=", "==", ":=", "->", "**", "*", "@", ".", ",", ";", "\\", "\\\n", "...", "!", "?", "$", "`", "~", "<>",
  "if ", "else", "elif ", "while ", "for ", " in ", "def ", "class ", "return ", "yield ", "lambda ", "lambda:",
  "async ", "await ", "match ", "case ", "try:", "except", "except*", "finally:", "with ", " as ", "import ",
  "from ", "pass", "break", "continue", "global ", "nonlocal ", "del ", "not ", " and ", " or ", " is ", "None",
  "True", "False", "type ", "print ", "_", "__", "x", "0", "1", "0x", "0o8", "1e", "1_", "1__0", "0777", "1j", ".5",
  "\n", "\n    ", "\n\t", "\t", "    ", "  ", "\n\n", "\r", "\r\n", "\f", "\v", "#", "# comment\n",
  "é", "’", "€", "😀", "\u200b", "\u3000", "\ufeff", "ﬁ", "e\u0301", "\u00a0", "²", "ℌ", "Ω", "\u2028", "\x85",
  "\0", "\x1b", "\x7f",
];

// Byte sequences that are not (or not always) valid UTF-8.
const BAD_BYTES = [[0xff], [0xc3], [0xe2, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80], [0x80]];

const NESTERS = ["(", "[", "{", "-", "not ", "lambda: ", "await ", "f'{", "a if b else ", "*", "~", "+", "x.", "x["];

/**
 * Spans that look like tokens: identifiers/numbers, strings' starts, runs of spaces, single other
 * characters. Returns [start, end) pairs into `s` (UTF-16 indexes).
 * @param {string} s @param {Rng} rng @returns {[number, number]}
 */
function tokenishSpan(s, rng) {
  if (!s.length) return [0, 0];
  let start = rng.int(s.length);
  const isWord = (/** @type {string} */ c) => /[\p{L}\p{N}_]/u.test(c);
  if (isWord(s[start])) {
    while (start > 0 && isWord(s[start - 1])) start--;
    let end = start;
    while (end < s.length && isWord(s[end])) end++;
    return [start, end];
  }
  if (rng.chance(0.3)) { // a whole line
    const ls = s.lastIndexOf("\n", start - 1) + 1;
    const le = s.indexOf("\n", start);
    return [ls, le < 0 ? s.length : le + 1];
  }
  return [start, Math.min(s.length, start + rng.range(1, rng.chance(0.8) ? 3 : 40))];
}

/** @param {Rng} rng @param {string} s */
function randomSpan(s, rng) {
  return rng.chance(0.7) ? tokenishSpan(s, rng) : (() => {
    const a = rng.int(s.length + 1);
    return /** @type {[number, number]} */ ([a, Math.min(s.length, a + rng.range(0, 60))]);
  })();
}

/**
 * One string mutation.
 * @param {string} s @param {Rng} rng @param {string} donor text to splice from
 * @returns {string}
 */
function mutateString(s, rng, donor) {
  const at = rng.int(s.length + 1);
  switch (rng.int(10)) {
    case 0: { // delete
      const [a, b] = randomSpan(s, rng);
      return s.slice(0, a) + s.slice(b);
    }
    case 1: { // duplicate
      const [a, b] = randomSpan(s, rng);
      return s.slice(0, b) + s.slice(a, b) + s.slice(b);
    }
    case 2: { // swap two spans
      let [a, b] = randomSpan(s, rng);
      let [c, d] = randomSpan(s, rng);
      if (c < a) [a, b, c, d] = [c, d, a, b];
      if (c < b) return s;
      return s.slice(0, a) + s.slice(c, d) + s.slice(b, c) + s.slice(a, b) + s.slice(d);
    }
    case 3: case 4: case 5: // insert a token-ish fragment
      return s.slice(0, at) + rng.pick(INSERTS) + s.slice(at);
    case 6: { // splice a span of the donor in (or over a span)
      const [a, b] = randomSpan(donor, rng);
      const [c, d] = rng.chance(0.5) ? randomSpan(s, rng) : [at, at];
      return s.slice(0, c) + donor.slice(a, b) + s.slice(d);
    }
    case 7: { // change the indentation of a line
      const ls = s.lastIndexOf("\n", at - 1) + 1;
      const indent = rng.pick(["", " ", "  ", "    ", "\t", " \t", "\t ", "        ", "\f"]);
      let e = ls;
      while (e < s.length && (s[e] === " " || s[e] === "\t")) e++;
      return s.slice(0, ls) + indent + s.slice(rng.chance(0.5) ? e : ls);
    }
    case 8: { // deep nesting, sometimes closed
      const open = rng.pick(NESTERS);
      const n = rng.chance(0.5) ? rng.range(1, 30) : rng.range(30, 400);
      const close = { "(": ")", "[": "]", "{": "}", "f'{": "}'", "x[": "]" }[open] ?? "";
      const body = open.repeat(n) + "x" + (rng.chance(0.7) ? close.repeat(n) : "");
      return s.slice(0, at) + body + s.slice(at);
    }
    default: // truncate
      return s.slice(0, at);
  }
}

/**
 * One byte-level mutation of the encoded input (invalid UTF-8, NUL, BOM, cutting a character).
 * @param {Uint8Array} b @param {Rng} rng @returns {Uint8Array}
 */
function mutateBytes(b, rng) {
  const at = rng.int(b.length + 1);
  const ins = (/** @type {number[]} */ bytes) => Uint8Array.from([...b.subarray(0, at), ...bytes, ...b.subarray(at)]);
  switch (rng.int(4)) {
    case 0: return ins(rng.pick(BAD_BYTES));
    case 1: return ins([0]);
    case 2: return Uint8Array.from([0xef, 0xbb, 0xbf, ...b]);
    default: return b.subarray(0, at);
  }
}

/**
 * A window of whole lines of `text`, at most `max` UTF-16 units, usually shifted left by its first
 * line's indentation (else most windows would stop at "unexpected indent").
 * @param {string} text @param {Rng} rng @param {number} max
 */
function window(text, rng, max) {
  if (text.length <= max) return text;
  let start = rng.int(text.length - max);
  start = text.lastIndexOf("\n", start) + 1;
  let end = Math.min(text.length, start + rng.range(40, max));
  const nl = text.lastIndexOf("\n", end);
  if (nl > start) end = nl + 1;
  const w = text.slice(start, end);
  const indent = /^[ \t]*/.exec(w)?.[0] ?? "";
  if (!indent || rng.chance(0.15)) return w;
  return w.split("\n").map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join("\n");
}

const encoder = new TextEncoder();

/**
 * The fuzzer's corpus: decoded stdlib sources (or any texts) plus the built-in snippets.
 * @param {Array<{ name: string, data: Uint8Array }>} files
 * @returns {string[]}
 */
export function seedTexts(files) {
  const decoder = new TextDecoder();
  return [...files.map((f) => decoder.decode(f.data)), ...SNIPPETS];
}

/**
 * Input number `index` of the run with `seed`: bytes of at most MAX_INPUT_BYTES.
 * @param {readonly string[]} seeds texts to mutate (see seedTexts)
 * @param {number} seed @param {number} index
 * @returns {Uint8Array}
 */
export function fuzzInput(seeds, seed, index) {
  const rng = Rng.forInput(seed, index);
  const useSnippet = rng.chance(0.4);
  const base = useSnippet ? rng.pick(SNIPPETS) : window(rng.pick(seeds), rng, rng.chance(0.5) ? 300 : 1500);
  const donor = window(rng.pick(seeds), rng, 400);
  let s = base;
  const n = rng.range(1, rng.chance(0.8) ? 3 : 12);
  for (let k = 0; k < n; k++) s = mutateString(s, rng, donor);
  /** @type {Uint8Array} */
  let bytes = encoder.encode(s);
  if (rng.chance(0.08)) bytes = mutateBytes(bytes, rng);
  return bytes.length > MAX_INPUT_BYTES ? bytes.subarray(0, MAX_INPUT_BYTES) : bytes;
}

/**
 * Shrink a failing input while `fails` keeps returning true: delete chunks of decreasing size
 * (ddmin-style), within a budget of attempts. Cheap, not minimal.
 * @param {Uint8Array} input @param {(b: Uint8Array) => boolean} fails @param {number} [budget]
 * @returns {Uint8Array}
 */
export function minimize(input, fails, budget = 2000) {
  let cur = input;
  for (let chunk = Math.max(1, cur.length >> 1); chunk >= 1 && budget > 0; chunk = chunk >> 1) {
    for (let i = 0; i < cur.length && budget > 0;) {
      const cand = Uint8Array.from([...cur.subarray(0, i), ...cur.subarray(i + chunk)]);
      budget--;
      if (cand.length < cur.length && fails(cand)) cur = cand;
      else i += chunk;
    }
  }
  return cur;
}

/**
 * @typedef {{ kind: "parsed" } | { kind: "syntax-error" } | { kind: "failure", signature: string, detail: string }} Outcome
 */

/**
 * Run the parser on one input. Parsing and raising the parser's SyntaxError class are fine; any
 * other throw is a failure, whose signature (class and message) groups failures of one cause.
 * @param {(src: Uint8Array, filename: string) => unknown} parse
 * @param {Function} syntaxErrorClass PySyntaxError
 * @param {Uint8Array} input
 * @returns {Outcome}
 */
export function checkInput(parse, syntaxErrorClass, input) {
  try {
    parse(input, "<fuzz>");
    return { kind: "parsed" };
  } catch (e) {
    if (e instanceof syntaxErrorClass) return { kind: "syntax-error" };
    if (e instanceof Error) {
      const frame = (e.stack ?? "").split("\n").find((l) => l.trim().startsWith("at ")) ?? "";
      const signature = `${e.name}: ${e.message.slice(0, 200)}`;
      return { kind: "failure", signature, detail: `${signature}\n  ${frame.trim()}` };
    }
    const signature = `non-Error thrown: ${String(e).slice(0, 200)}`;
    return { kind: "failure", signature, detail: signature };
  }
}

/**
 * Shrink a failing input to a smaller one with the same failure signature.
 * @param {(src: Uint8Array, filename: string) => unknown} parse
 * @param {Function} syntaxErrorClass
 * @param {Uint8Array} input
 * @param {string} signature
 * @param {number} [budget]
 */
export function minimizeFailure(parse, syntaxErrorClass, input, signature, budget) {
  return minimize(input, (b) => {
    const o = checkInput(parse, syntaxErrorClass, b);
    return o.kind === "failure" && o.signature === signature;
  }, budget);
}

/**
 * A readable rendering of an input for logs: JSON-ish string with escapes, and the size.
 * @param {Uint8Array} input
 */
export function showInput(input) {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(input);
  return `${input.length} bytes: ${JSON.stringify(text)}`;
}
