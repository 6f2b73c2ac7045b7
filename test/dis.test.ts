// The disassembler (src/interp/compile/dis.ts) against CPython 3.14's own `dis.dis`: CPython compiles
// a corpus (every 15th stdlib file plus test/corpus/valid), hands back every code object's fields and
// the dis text of the whole module; the code objects are rebuilt here and must disassemble to the
// same text, byte for byte (code object addresses aside, which are arbitrary in CPython too).
// How tspy's own compiler compares with CPython's is scripts/dis-compare.mjs (not asserted: the
// compiler is still growing).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { CodeObject } from "../src/interp/compile/code.js";
import { ConstTuple } from "../src/interp/compile/codegen.js";
import { disassemble, type DisOptions } from "../src/interp/compile/dis.js";
import { PY_ELLIPSIS, PyBytes, PyComplex } from "../src/interp/parse/constants.js";
import { cpythonEvalBatch } from "./support/oracle.js";
import { stdlibPyFiles } from "./support/stdlib.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A co_consts entry as JSON (what COLLECT's K() makes). */
type JConst =
  | { t: "None" | "Ellipsis" }
  | { t: "bool"; v: boolean }
  | { t: "int" | "float" | "str" | "bytes" | "repr"; v: string }
  | { t: "complex"; re: string; im: string }
  | { t: "tuple" | "frozenset" | "slice"; items: JConst[] }
  | { t: "code"; c: JCode };

interface JCode {
  code: string; consts: JConst[]; names: string[]; localsplusnames: string[]; localspluskinds: number[];
  linetable: string; exceptiontable: string; firstlineno: number; name: string; qualname: string;
  filename: string; flags: number; argcount: number; posonlyargcount: number; kwonlyargcount: number;
}

type Collected = { code: JCode; dis: string } | { error: string };

// Runs in CPython with `data` (the file) and `filename` bound; sets `result`.
const COLLECT = String.raw`
import dis, io, types
def K(v):
    if isinstance(v, types.CodeType): return {'t': 'code', 'c': C(v)}
    if v is None: return {'t': 'None'}
    if v is ...: return {'t': 'Ellipsis'}
    if isinstance(v, bool): return {'t': 'bool', 'v': v}
    if isinstance(v, int): return {'t': 'int', 'v': hex(v)}
    if isinstance(v, float): return {'t': 'float', 'v': repr(v)}
    if isinstance(v, complex): return {'t': 'complex', 're': repr(v.real), 'im': repr(v.imag)}
    if isinstance(v, str): return {'t': 'str', 'v': v}
    if isinstance(v, bytes): return {'t': 'bytes', 'v': v.hex()}
    if isinstance(v, tuple): return {'t': 'tuple', 'items': [K(x) for x in v]}
    if isinstance(v, frozenset): return {'t': 'frozenset', 'items': [K(x) for x in v]}
    if isinstance(v, slice): return {'t': 'slice', 'items': [K(v.start), K(v.stop), K(v.step)]}
    return {'t': 'repr', 'v': repr(v)}
def C(c):
    names = []
    while True:
        try:
            names.append(c._varname_from_oparg(len(names)))
        except IndexError:
            break
    kinds = [(0x20 if n in c.co_varnames else 0) | (0x40 if n in c.co_cellvars else 0) | (0x80 if n in c.co_freevars else 0) for n in names]
    return {'code': c.co_code.hex(), 'consts': [K(x) for x in c.co_consts], 'names': list(c.co_names),
            'localsplusnames': names, 'localspluskinds': kinds, 'linetable': c.co_linetable.hex(),
            'exceptiontable': c.co_exceptiontable.hex(), 'firstlineno': c.co_firstlineno, 'name': c.co_name,
            'qualname': c.co_qualname, 'filename': c.co_filename, 'flags': c.co_flags, 'argcount': c.co_argcount,
            'posonlyargcount': c.co_posonlyargcount, 'kwonlyargcount': c.co_kwonlyargcount}
try:
    code = compile(data, filename, 'exec')
except Exception as e:
    result = {'error': type(e).__name__ + ': ' + str(e)}
else:
    buf = io.StringIO()
    dis.dis(code, file=buf)
    result = {'code': C(code), 'dis': buf.getvalue()}
`;

const collectExpr = (filename: string) =>
  `(lambda ns: (exec(${JSON.stringify(COLLECT)}, ns), ns['result'])[1])({'data': data, 'filename': ${JSON.stringify(filename)}})`;

// Constants that tspy's compiler does not produce yet; dis prints them through DisOptions.constRepr.
class FrozenSetConst { constructor(readonly items: unknown[]) {} }
class SliceConst { constructor(readonly items: unknown[]) {} }
class ReprConst { constructor(readonly repr: string) {} }

const OPTS: DisOptions = {
  constRepr(v, repr) {
    if (v instanceof FrozenSetConst) return v.items.length ? `frozenset({${v.items.map(repr).join(", ")}})` : "frozenset()";
    if (v instanceof SliceConst) return `slice(${v.items.map(repr).join(", ")})`;
    if (v instanceof ReprConst) return v.repr;
    return undefined;
  },
};

const hexBytes = (h: string) => Uint8Array.from(Buffer.from(h, "hex"));
const pyFloat = (s: string) => (s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" || s === "-nan" ? NaN : Number(s));

function buildConst(k: JConst): unknown {
  switch (k.t) {
    case "None": return null;
    case "Ellipsis": return PY_ELLIPSIS;
    case "bool": return k.v;
    case "int": return k.v.startsWith("-") ? -BigInt(k.v.slice(1)) : BigInt(k.v);
    case "float": return pyFloat(k.v);
    case "complex": return new PyComplex(pyFloat(k.re), pyFloat(k.im));
    case "str": return k.v;
    case "bytes": return new PyBytes(hexBytes(k.v));
    case "repr": return new ReprConst(k.v);
    case "tuple": return new ConstTuple(k.items.map(buildConst) as ConstTuple["items"]);
    case "frozenset": return new FrozenSetConst(k.items.map(buildConst));
    case "slice": return new SliceConst(k.items.map(buildConst));
    case "code": return buildCode(k.c);
  }
}

function buildCode(j: JCode): CodeObject {
  const c = new CodeObject();
  const bytes = hexBytes(j.code);
  c.code = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < c.code.length; i++) c.code[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  c.co_consts = j.consts.map(buildConst) as CodeObject["co_consts"];
  c.co_names = j.names;
  c.localsplusnames = j.localsplusnames;
  c.localspluskinds = j.localspluskinds;
  c.co_linetable = hexBytes(j.linetable);
  c.co_exceptiontable = hexBytes(j.exceptiontable);
  c.co_firstlineno = j.firstlineno;
  c.co_name = j.name;
  c.co_qualname = j.qualname;
  c.co_filename = j.filename;
  c.co_flags = j.flags;
  c.co_argcount = j.argcount;
  c.co_posonlyargcount = j.posonlyargcount;
  c.co_kwonlyargcount = j.kwonlyargcount;
  return c;
}

const normalize = (s: string) => s.replace(/0x[0-9a-f]+/g, "0x?");

function firstDifference(want: string, got: string): string {
  const w = want.split("\n"), g = got.split("\n");
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i]) return `line ${i + 1}:\n  CPython: ${JSON.stringify(w[i])}\n  tspy:    ${JSON.stringify(g[i])}`;
  }
  return "";
}

test("dis text of CPython's own code objects is CPython's, exactly", async () => {
  const stdlib = stdlibPyFiles().files.filter((_, i) => i % 15 === 0);
  const validDir = join(ROOT, "test/corpus/valid");
  const corpus = [
    ...stdlib.map((f) => ({ name: f.name, data: f.data })),
    ...readdirSync(validDir).filter((n) => n.endsWith(".py")).sort()
      .map((n) => ({ name: `test/corpus/valid/${n}`, data: new Uint8Array(readFileSync(join(validDir, n))) })),
  ];
  const results = await cpythonEvalBatch<Collected>(corpus.map((f) => ({ expr: collectExpr(f.name), data: f.data })));
  let files = 0, codes = 0, lines = 0;
  const failures: string[] = [];
  results.forEach((r, i) => {
    if ("error" in r) return; // not compilable by CPython (e.g. a deliberately broken test file)
    const countCodes = (j: JCode): number => 1 + j.consts.reduce((n, k) => n + (k.t === "code" ? countCodes(k.c) : 0), 0);
    codes += countCodes(r.code);
    files++;
    const want = normalize(r.dis);
    let got: string;
    try {
      got = normalize(disassemble(buildCode(r.code), OPTS));
    } catch (e) {
      failures.push(`${corpus[i].name}: ${(e as Error).stack}`);
      return;
    }
    lines += want.split("\n").length;
    if (got !== want) failures.push(`${corpus[i].name}: ${firstDifference(want, got)}`);
  });
  console.log(`dis: ${files} files (${codes} code objects, ${lines} lines of dis text) disassemble exactly as CPython's dis.dis`);
  expect(failures.slice(0, 10)).toEqual([]);
  expect(files).toBeGreaterThan(80);
});

test("tspy dis FILE: the disassembly on stdout; a syntax error is reported, exit 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "tspy-dis-"));
  const tspy = (file: string) => spawnSync(process.execPath, [join(ROOT, "bin", "tspy.js"), "dis", file], { encoding: "utf8" });
  const ok = join(dir, "ok.py");
  writeFileSync(ok, "x = 1\nprint(x)\n");
  const r = tspy(ok);
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/^ +0 +RESUME +0\n\n +1 +LOAD_SMALL_INT +1\n +STORE_NAME +0 \(x\)\n/);
  expect(r.stdout).toContain("STORE_NAME               0 (x)\n");

  const bad = join(dir, "bad.py");
  writeFileSync(bad, "x = (\n");
  const b = tspy(bad);
  expect(b.status).toBe(1);
  expect(b.stdout).toBe("");
  expect(b.stderr).toContain("SyntaxError: '(' was never closed");
});
