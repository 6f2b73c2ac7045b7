// Unit tests of the SyntaxError report (src/interp/parse/report.ts) against CPython 3.14, independent
// of tspy's parser: SyntaxErrors are built from fields on both sides and formatted, and the keyword
// typo search is checked piece by piece (tokenizing, suggestions, dedent) and end to end on CPython's
// own errors for the invalid corpus, with CPython answering the "does this compile?" questions.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatSyntaxError, isPySpace, type SyntaxErrorFields } from "../src/interp/parse/report.js";
import { dedent, findKeywordTypo, KWLIST, pySplitLines, pythonNameTokens } from "../src/interp/parse/keyword-typos.js";
import { calculateSuggestion, getCloseMatches } from "../src/interp/parse/suggestions.js";
import { PySyntaxError } from "../src/interp/parse/errors.js";
import {
  cpythonAstDumpBatch, cpythonCodeopAcceptsBatch, cpythonEvalBatch, cpythonFormatSyntaxErrorBatch,
  cpythonKeywordSuggestionsBatch, cpythonNameTokensBatch, type CPythonError, type SyntaxErrorSpec,
} from "./support/oracle.js";
import { stdlibPyFiles } from "./support/stdlib.js";

const CORPUS_DIR = join(import.meta.dirname, "corpus", "invalid");
const corpus = readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".py")).sort()
  .map((name) => ({ name, data: new Uint8Array(readFileSync(join(CORPUS_DIR, name))) }));

type Kind = SyntaxErrorSpec["type"];
const asFields = (s: SyntaxErrorSpec): SyntaxErrorFields => ({ ...s, kind: s.type });

/** Compare formatSyntaxError with CPython over specs; report all mismatches at once. */
async function expectSameReports(specs: SyntaxErrorSpec[], bundle: string) {
  const want = await cpythonFormatSyntaxErrorBatch(specs, { bundle });
  const bad = specs.flatMap((s, i) => {
    const got = formatSyntaxError(asFields(s));
    return got === want[i] ? [] : [`${JSON.stringify(s)}\n--- cpython\n${want[i]}--- tspy\n${got}`];
  });
  expect(bad.slice(0, 5).join("\n"), `${bad.length}/${specs.length} reports differ`).toBe("");
}

describe("formatSyntaxError matches traceback.format_exception_only", () => {
  const TEXTS: Array<string | null> = [
    null, "", "\n", "abc", "x = foo(1, 2)\n", "    indented line\n", "\tif x:\n", "  \t mixed\n",
    " \f form feed\n", "a\tb\tc\n", "😀 emoji x\n", "trailing spaces   \n", "lines\n\n", "é = ß + 1\n",
    "\u3000wide space\n", "abc\r\n", "\n\nx\n",
  ];
  const OFFSETS = [null, -5, 0, 1, 2, 3, 5, 8, 40];
  const END_OFFSETS = [null, -1, 0, 1, 3, 6, 12, 50];

  test("caret placement: texts x offsets x end offsets", async () => {
    const specs: SyntaxErrorSpec[] = [];
    for (const text of TEXTS) for (const offset of OFFSETS) for (const end_offset of END_OFFSETS) {
      specs.push({ type: "SyntaxError", msg: "invalid syntax", filename: "x.py", lineno: 3, offset, end_lineno: 3, end_offset, text });
    }
    await expectSameReports(specs, "report-grid");
  });

  test("multi-line spans, missing line numbers, filenames, messages, classes", async () => {
    const specs: SyntaxErrorSpec[] = [];
    const lines: Array<[number | null, number | null]> = [[1, 2], [2, 1], [null, null], [1, null], [null, 1], [0, 0]];
    const kinds: Kind[] = ["SyntaxError", "IndentationError", "TabError"];
    for (const text of ["x = (1,\n", "    foo(bar\n", null]) for (const [lineno, end_lineno] of lines)
      for (const offset of [null, 1, 4, 7]) for (const end_offset of [null, 0, 2, 9]) {
        specs.push({ type: "SyntaxError", msg: "'(' was never closed", filename: "m.py", lineno, offset, end_lineno, end_offset, text });
      }
    for (const filename of ["x.py", "", null, "<stdin>", "dir/ünï.py"]) for (const msg of ["", "m", "unexpected indent"])
      for (const type of kinds) for (const lineno of [1, null]) {
        specs.push({ type, msg, filename, lineno, offset: 2, end_lineno: lineno, end_offset: 3, text: "  abc\n" });
      }
    await expectSameReports(specs, "report-fields");
  });

  test("accepts PySyntaxError values", async () => {
    const errs = [
      new PySyntaxError("SyntaxError", "invalid syntax", "a.py", 1, 3, 1, 4, "a b c\n"),
      new PySyntaxError("IndentationError", "unexpected indent", "b.py", 2, 5, 2, 6, "    y = 2\n"),
      new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", "c.py", 3, 1, 3, -1, "\treturn 2\n"),
      new PySyntaxError("SyntaxError", "'(' was never closed", "d.py", 1, 8, 1, 0, "x = foo(1, 2"),
    ];
    const want = await cpythonFormatSyntaxErrorBatch(errs.map((e) => ({
      type: e.kind, msg: e.msg, filename: e.filename, lineno: e.lineno, offset: e.offset,
      end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text,
    })));
    expect(errs.map((e) => formatSyntaxError(e))).toEqual(want);
  });
});

describe("keyword typo search, piece by piece", () => {
  test("isPySpace is str.isspace", async () => {
    const [want] = await cpythonEvalBatch<number[]>([{ expr: "[c for c in range(0x110000) if chr(c).isspace()]" }]);
    const got: number[] = [];
    for (let c = 0; c < 0x110000; c++) if (isPySpace(String.fromCodePoint(c))) got.push(c);
    expect(got).toEqual(want);
  });

  test("KWLIST is keyword.kwlist", async () => {
    const [want] = await cpythonEvalBatch<string[]>([{ expr: "__import__('keyword').kwlist" }]);
    expect([...KWLIST]).toEqual(want);
  });

  test("calculateSuggestion and getCloseMatches agree with _suggestions and difflib", async () => {
    const words = new Set<string>([
      "whille", "improt", "retrun", "fro", "deff", "esle", "elsif", "elif", "clas", "lamda", "yeild", "asert",
      "Flase", "none", "NONE", "true", "import", "impor", "form", "fromm", "wth", "wiht", "passs", "brek", "contine",
      "nonlocl", "glboal", "excpet", "finaly", "ture", "ni", "si", "adn", "ro", "nto", "a", "b", "x", "y", "f", "e",
      "print", "range", "self", "len", "async_", "awiat", "tyr", "raies", "reutrn", "xx", "_", "Ünïcödé", "ﬁnally",
      "a".repeat(45), "while".repeat(9), "x".repeat(250), "ab".repeat(120),
    ]);
    for (const f of stdlibPyFiles().files.slice(0, 40)) {
      for (const m of new TextDecoder().decode(f.data).matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) words.add(m[0]);
    }
    const list = [...words];
    const want = await cpythonKeywordSuggestionsBatch(list, { bundle: "keyword-suggestions" });
    const bad = list.flatMap((w, i) => {
      const got = { levenshtein: calculateSuggestion(KWLIST, w), close: getCloseMatches(w, KWLIST, 3, 0.5) };
      return JSON.stringify(got) === JSON.stringify(want[i]) ? [] : [`${w}: cpython ${JSON.stringify(want[i])} tspy ${JSON.stringify(got)}`];
    });
    console.log(`keyword suggestions: ${list.length - bad.length}/${list.length} words agree`);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  test("dedent and splitlines agree with textwrap.dedent and str.splitlines", async () => {
    const texts = [
      "", "\n", "  a\n  b", "  a\n\tb", "\ta\n\tb\n", "    x = 1\n\n    y = 2", "  a\n    b\n  c", "   \n  a\n  b",
      "a\r\nb\rc\x0bd\x0ce\x1cf\x85g\u2028h", "x\n", "\n\n", "  only\n   \n", " \t a\n \t b",
    ];
    const want = await cpythonEvalBatch<[string, string[]]>(texts.map((t) => ({
      expr: "[__import__('textwrap').dedent(data.decode()), data.decode().splitlines()]", data: new TextEncoder().encode(t),
    })));
    expect(texts.map((t) => [dedent(t), pySplitLines(t)])).toEqual(want);
  });

  test("pythonNameTokens yields tokenize's NAME tokens", async () => {
    const snippets = [
      "a $ b", "a ’ b", 'x = "abc\ny = 2', "x = (1,\ny", 'f"{a b}" c', 'f"{a!r:{w}x} {b}" c', "1abc d", "0777 d",
      "if x:\n  a\n b\nc", 'rb"x" br u"y" Rb f t"{z}"', "a \\\n b", "a # c d\ne", '"""x\ny"""  z', "x.y", "  x\n y",
      "é = ß", "a\x0cb", 'print "x"', "a\tb", "1_000.e5j k", "\\ x", "x = 1e", "0x g", "a?b", "a!b", 'f"{a"', 'f"{"',
      "a\r\nb", "(".repeat(201) + "a", "x = 1 if y else z", "f'{x:>{width}}' q", "f'{x!=y}' q", "f'{{a}}' b",
      "def f(a, *b, **c):\n    return a", "class A(B):\n    def m(self): pass\n", "lambda x: x + y", "x = [i for i in j]",
      "async def f():\n    await g()", "match x:\n    case [a, *rest]:\n        pass", "s = '''a\n{b}\n''' + c",
      "x = 0b101 + 0o17 + 0xFF + 1.5e-3 + 2j", "@dec\ndef f(): pass", "if a:\n\tb\n        c", "x = a\\\n  + b",
    ];
    for (const f of corpus) {
      const text = new TextDecoder("utf-8", { fatal: false }).decode(f.data);
      if (!text.includes("\0") && !text.includes("\ufffd")) snippets.push(text);
    }
    for (const f of stdlibPyFiles().files.slice(0, 150)) snippets.push(new TextDecoder().decode(f.data).slice(0, 1024));
    const want = await cpythonNameTokensBatch(snippets, { bundle: "name-tokens" });
    const bad = snippets.flatMap((s, i) => {
      const got = [...pythonNameTokens(s)].map((t) => [t.string, t.start, t.end, t.line]);
      return JSON.stringify(got) === JSON.stringify(want[i])
        ? []
        : [`${JSON.stringify(s.slice(0, 80))}:\n  cpython ${JSON.stringify(want[i]).slice(0, 300)}\n  tspy    ${JSON.stringify(got).slice(0, 300)}`];
    });
    console.log(`name tokens: ${snippets.length - bad.length}/${snippets.length} snippets agree`);
    expect(bad.slice(0, 5).join("\n")).toBe("");
  });
});

describe("the whole report for CPython's own errors (invalid corpus)", () => {
  test("formatSyntaxError(CPython's error + _metadata) == CPython's report", async () => {
    const extra = [
      "import os\nx = 1\nfor x in range(3):\n    y = 2\nwhille x:\n  pass\n", "whille x\n", "x = [1 2]\nimprot os\n",
      "impot os\nimport sys\nx = [1 2]\n", "form x import y\n", "def f():\n    x = 1\n    fro x in y:\n        pass\n",
      "if x:\n    pass\nesle:\n    pass\n", "clas A:\n    pass\n", "f(lamda x: x)\n", "    whille x:\n        pass\n",
    ].map((s, i) => ({ name: `extra-${i}.py`, data: new TextEncoder().encode(s) }));
    const inputs = [...corpus, ...extra];
    const results = await cpythonAstDumpBatch(inputs.map((f) => ({ source: f.data, filename: f.name })), { bundle: "report-corpus" });
    const errors = results.map((r, i) => {
      if (r.ok) throw new Error(`${inputs[i].name} is valid Python`);
      return r.error;
    });
    const fieldsOf = (e: CPythonError): SyntaxErrorFields => ({
      ...e, kind: e.type,
      metadata: e.metadata ? { line: e.metadata[0], offset: e.metadata[1], source: e.metadata[2] } : null,
    });
    // Pass 1 collects every candidate the typo search would try to compile; CPython answers them;
    // pass 2 formats with those answers.
    const asked = new Set<string>();
    for (const e of errors) {
      const f = fieldsOf(e);
      findKeywordTypo(f, f.metadata ?? null, { accepts: (code) => { asked.add(code); return false; } });
    }
    const codes = [...asked];
    const verdicts = await cpythonCodeopAcceptsBatch(codes, { bundle: "codeop-accepts" });
    const verdict = new Map(codes.map((c, i) => [c, verdicts[i]]));
    const accepts = (code: string): boolean => {
      const v = verdict.get(code);
      if (v === undefined || v === null) throw new Error(`no verdict for ${JSON.stringify(code)}`);
      return v;
    };
    const bad = errors.flatMap((e, i) => {
      const got = formatSyntaxError(fieldsOf(e), { typoHooks: { accepts } });
      return got === e.report ? [] : [`${inputs[i].name}\n--- cpython\n${e.report}--- tspy\n${got}`];
    });
    const typos = errors.filter((e) => e.report.includes("Did you mean '")).length;
    console.log(`reports: ${errors.length - bad.length}/${errors.length} identical (${typos} with a keyword suggestion, ${codes.length} candidates compiled)`);
    expect(bad.join("\n")).toBe("");
  });
});
