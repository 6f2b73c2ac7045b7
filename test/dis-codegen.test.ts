// tspy's compiler emits CPython 3.14's bytecode: for each snippet below, the `dis.dis` text of
// tspy's code object must equal CPython's (pyodide; cached oracle), code object addresses aside, and
// so must every code object's other fields (flags, stack size, names, location and exception tables
// byte for byte, ...).
// PEP 669 event streams (LINE, BRANCH, JUMP, offsets) follow from the bytecode's shape, so this is
// what lets tspy's debugger match CPython event for event. scripts/dis-compare.mjs shows diffs for
// the same kind of snippets, scripts/dis-stdlib.mjs measures the whole stdlib.
//
// Not covered here, and why (the gap, in the open):
// - async for / async with / async comprehensions, except*, t-strings, generics (PEP 695) and the
//   `type` statement raise CompileError by default: the VM lacks their opcodes (GET_AITER/GET_ANEXT/
//   END_ASYNC_FOR, CHECK_EG_MATCH, CALL_INTRINSIC_2, BUILD_TEMPLATE/BUILD_INTERPOLATION). They are
//   compiled, and checked here, under FULL_OPTIONS (allConstructs).
// - `from __future__ import annotations` with module or class annotations: SETUP_ANNOTATIONS, which
//   the VM lacks (compiled under FULL_OPTIONS; function annotations are compiled by default).
// - By default (what the VM runs) some CPython shapes are held back until the VM supports them:
//   slice constants (`x[1:2]` loads slice(1, 2, None)), frozenset constants (`x in {1, 2}`),
//   LOAD_SUPER_ATTR for super().attr, and the inlined all()/any()/tuple() over a generator
//   (LOAD_COMMON_CONSTANT 2..4). The FULL snippets check them with CompileOptions turning them on.
// - frozenset constants of strings: CPython prints them in hash order (randomized per process).
import { expect, test } from "vitest";
import { parse } from "../src/interp/parse/index.js";
import { compileModule, type CompileOptions } from "../src/interp/compile/codegen.js";
import { disassemble } from "../src/interp/compile/dis.js";
import { CodeObject } from "../src/interp/compile/code.js";
import { reprExtraConst } from "../src/interp/compile/consts.js";
import { cpythonEvalBatch } from "./support/oracle.js";
import type { Module } from "../src/interp/parse/ast.js";
import { SNIPPETS as ALL_SNIPPETS } from "../scripts/dis-snippets.mjs";

/**
 * scripts/dis-snippets.mjs minus the snippets the default options reject or compile differently
 * (the VM lacks their opcodes, or they need a CompileOptions shape held back: see above); the
 * FULL_SNIPPETS below check those shapes under FULL_OPTIONS.
 */
const HELD_BACK = new Set([
  "class-super", "del-forms", "slices", "future-annotations-module", "async-for-with",
  "async-comp", "async-gen", "except-star", "generics", "tstring",
]);
/** [name, source]: compiled with the default options (the bytecode the VM runs). */
const SNIPPETS = (ALL_SNIPPETS as Array<[string, string]>).filter(([name]) => !HELD_BACK.has(name));

test("every held-back snippet name exists in scripts/dis-snippets.mjs", () => {
  const names = new Set(ALL_SNIPPETS.map(([name]) => name));
  expect([...HELD_BACK].filter((name) => !names.has(name))).toEqual([]);
});

/** [name, source]: compiled with every CPython shape on (FULL_OPTIONS), ahead of the VM. */
const FULL_SNIPPETS: Array<[string, string]> = [
  ["full-class-super", "class C(B):\n    def m(self):\n        return super().m() + 1\n    def n(self, x):\n        return super(C, self).n\n"],
  ["full-del-forms", "del a.x, b[0], c[1:2]\ndel (d, e)\n"],
  ["full-slices", "def f(a, i, j):\n    return a[1:2], a[::2], a[i:j], a[:j], a[i:], a[i:j:2], a[:]\n"],
  ["full-frozenset", "def f(x):\n    if x in {1, 2, 3}:\n        return 1\n    for y in {4, 5}:\n        print(y)\n"],
  ["full-builtin-genexp", "def f(xs):\n    return all(x > 0 for x in xs), any(x for x in xs), tuple(x for x in xs)\n"],
  ["full-future-annotations", "from __future__ import annotations\nx: int = 1\nclass C:\n    y: 'str'\n    z: list[int] = []\n    def m(self) -> C:\n        return self\n"],
  ["full-async-for-with", "async def f(xs, lock):\n    async with lock as l, g():\n        async for x in xs:\n            if x:\n                break\n            await h(x)\n        else:\n            return 1\n"],
  ["full-async-comp", "async def f(xs, ys):\n    a = [x async for x in xs if x]\n    b = {x: y async for x in xs for y in ys}\n    c = (x async for x in xs)\n    d = [y for x in xs async for y in x]\n    return a, b, c, d\n"],
  ["full-async-gen", "async def g(xs):\n    async for x in xs:\n        yield x\n    await xs.aclose()\n"],
  ["full-except-star", "def f():\n    try:\n        g()\n    except* ValueError as e:\n        h(e)\n    except* (KeyError, TypeError):\n        pass\n    else:\n        k()\n    finally:\n        m()\n"],
  ["full-generics", "def f[T, *Ts, **P](x: T, *a: *Ts) -> T:\n    return x\nclass C[T: int, U: (str, bytes) = str](Base):\n    def m(self) -> T: ...\ntype Alias[K] = dict[K, int]\ntype Plain = int\n"],
  ["full-tstring", "def f(x, y):\n    return t'a{x}b{y!r:>{x}}c', t''\n"],
];
const FULL_OPTIONS: CompileOptions = {
  sliceAndFrozensetConsts: true, loadSuperAttr: true, builtinGenexpCalls: true, allConstructs: true,
};

// Runs in CPython with `data` (the source) bound: the dis text and, per code object (recursively),
// the fields dis does not show (argument counts, flags, stack size, names, exact location and
// exception tables, code bytes).
const CPYTHON_SIDE = String.raw`
import dis, io, json, types
def C(c):
    return {'name': c.co_name, 'qualname': c.co_qualname, 'argcount': c.co_argcount,
            'posonlyargcount': c.co_posonlyargcount, 'kwonlyargcount': c.co_kwonlyargcount,
            'nlocals': c.co_nlocals, 'stacksize': c.co_stacksize, 'flags': c.co_flags,
            'varnames': list(c.co_varnames), 'cellvars': list(c.co_cellvars), 'freevars': list(c.co_freevars),
            'names': list(c.co_names), 'firstlineno': c.co_firstlineno, 'linetable': c.co_linetable.hex(),
            'exceptiontable': c.co_exceptiontable.hex(), 'code': c.co_code.hex(), 'nconsts': len(c.co_consts),
            'children': [C(k) for k in c.co_consts if isinstance(k, types.CodeType)]}
code = compile(data, "snippet.py", "exec")
buf = io.StringIO()
dis.dis(code, file=buf)
result = json.dumps({'dis': buf.getvalue(), 'code': C(code)})
`;
const CPYTHON_EXPR = `(lambda ns: (exec(${JSON.stringify(CPYTHON_SIDE)}, ns), ns['result'])[1])({'data': data})`;

interface Fields {
  name: string; qualname: string; argcount: number; posonlyargcount: number; kwonlyargcount: number;
  nlocals: number; stacksize: number; flags: number; varnames: string[]; cellvars: string[]; freevars: string[];
  names: string[]; firstlineno: number; linetable: string; exceptiontable: string; code: string; nconsts: number;
  children: Fields[];
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
function fields(c: CodeObject): Fields {
  return {
    name: c.co_name, qualname: c.co_qualname, argcount: c.co_argcount, posonlyargcount: c.co_posonlyargcount,
    kwonlyargcount: c.co_kwonlyargcount, nlocals: c.co_nlocals, stacksize: c.co_stacksize, flags: c.co_flags,
    varnames: c.co_varnames, cellvars: c.co_cellvars, freevars: c.co_freevars, names: c.co_names,
    firstlineno: c.co_firstlineno, linetable: hex(c.co_linetable), exceptiontable: hex(c.co_exceptiontable),
    code: hex(c.co_code), nconsts: c.co_consts.length,
    children: (c.co_consts as unknown[]).filter((k): k is CodeObject => k instanceof CodeObject).map(fields),
  };
}

/** The first field that differs, as "path.field: CPython vs tspy", or "". */
function fieldDifference(want: Fields, got: Fields, path: string): string {
  for (const k of Object.keys(want) as (keyof Fields)[]) {
    if (k === "children") {
      if (want.children.length !== got.children.length) return `${path}: ${want.children.length} vs ${got.children.length} nested code objects`;
      for (let i = 0; i < want.children.length; i++) {
        const d = fieldDifference(want.children[i], got.children[i], `${path}/${want.children[i].name}`);
        if (d) return d;
      }
    } else if (JSON.stringify(want[k]) !== JSON.stringify(got[k])) {
      return `${path}.co_${k}: ${JSON.stringify(want[k])} vs ${JSON.stringify(got[k])}`;
    }
  }
  return "";
}

const normalize = (s: string) => s.replace(/0x[0-9a-f]+/g, "0x?");

function firstDifference(want: string, got: string): string {
  const w = want.split("\n"), g = got.split("\n");
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i]) return `line ${i + 1}:\n  CPython: ${JSON.stringify(w[i])}\n  tspy:    ${JSON.stringify(g[i])}`;
  }
  return "";
}

test("the compiler's bytecode is CPython 3.14's, dis text for dis text", async () => {
  const all: Array<[string, string, CompileOptions]> = [
    ...SNIPPETS.map(([n, s]): [string, string, CompileOptions] => [n, s, {}]),
    ...FULL_SNIPPETS.map(([n, s]): [string, string, CompileOptions] => [n, s, FULL_OPTIONS]),
  ];
  const enc = new TextEncoder();
  const results = await cpythonEvalBatch<string>(all.map(([, src]) => ({ expr: CPYTHON_EXPR, data: enc.encode(src) })));
  const want = results.map((r) => JSON.parse(r) as { dis: string; code: Fields });
  const failures: string[] = [];
  all.forEach(([name, src, opts], i) => {
    let code: CodeObject, got: string;
    try {
      code = compileModule(parse(src, "snippet.py", "exec") as Module, { filename: "snippet.py", source: src, ...opts });
      got = disassemble(code, { constRepr: reprExtraConst });
    } catch (e) {
      failures.push(`${name}: ${(e as Error).stack}`);
      return;
    }
    const w = normalize(want[i].dis), g = normalize(got);
    if (w !== g) failures.push(`${name}: ${firstDifference(w, g)}`);
    else {
      const d = fieldDifference(want[i].code, fields(code), name);
      if (d) failures.push(d);
    }
  });
  console.log(`dis-codegen: ${all.length - failures.length}/${all.length} snippets compile to CPython's code objects exactly`);
  expect(failures).toEqual([]);
});
