// CPython 3.14's symbol table as a test oracle, and the same canonical dump of tspy's.
// The Python side runs through the generic cached `python` kind of oracle.ts (cpythonEvalBatch),
// so oracle.py stays untouched and these answers share its sha256-keyed disk cache.
//
// The dump of a scope: { type, name, lineno, nested, varnames, symbols, children } where symbols
// is [name, raw flags including the scope bits] sorted by name (CPython adds names that are free
// only in children in set-iteration order, which depends on string hashes), and children are in
// CPython's order (inlined comprehensions spliced out, PEP 709).
import type { BatchOptions } from "./oracle.js";
import { cpythonEvalBatch } from "./oracle.js";
import { parse, PySyntaxError, type ParseMode } from "../../src/interp/parse/index.js";
import { buildSymtable, SymtableEntry, BlockType, ComprehensionType, CELL, FREE, DEF_FREE_CLASS } from "../../src/interp/compile/symtable.js";

export interface ScopeDump {
  type: number;
  name: string;
  lineno: number;
  nested: boolean;
  varnames: string[];
  symbols: Array<[string, number]>;
  children: ScopeDump[];
}

export interface ErrorDump {
  type: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
}

/** One line per code object: "name flags cellvars freevars" (see codeFacts). */
export type SymtableResult = { ok: true; top: ScopeDump; code?: string[] } | { ok: false; error: ErrorDump };

// Runs inside pyodide. `run(data, filename, with_code)`: the raw _symtable tree (what the
// `symtable` module wraps) and, optionally, facts about every code object compile() makes.
const PY_RUN = String.raw`
def run(data, filename, with_code, mode='exec'):
    import _symtable
    def err(e):
        if isinstance(e, SyntaxError):
            return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                    'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
        return {'type': type(e).__name__, 'msg': str(e), 'lineno': None, 'offset': None,
                'end_lineno': None, 'end_offset': None}
    try:
        top = _symtable.symtable(data, filename, mode)
    except Exception as e:
        return {'ok': False, 'error': err(e)}
    def d(ste):
        return {'type': ste.type, 'name': ste.name, 'lineno': ste.lineno, 'nested': bool(ste.nested),
                'varnames': list(ste.varnames), 'symbols': [[k, v] for k, v in ste.symbols.items()],
                'children': [d(c) for c in ste.children]}
    out = {'ok': True, 'top': d(top)}
    if with_code:
        try:
            out['code'] = code_facts(compile(data, filename, 'exec'))
        except Exception as e:
            out['code'] = ['compile() failed: %r' % (err(e),)]
    return out

SPECIAL = ('__class__', '__classdict__', '__conditional_annotations__')
MASK = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200 | 0x4000000 | 0x8000000

def code_facts(code):
    import types
    facts = []
    def walk(co):
        name = co.co_name
        if name == '__annotate__':
            pass
        else:
            if name.startswith('<generic parameters of '):
                name = name[len('<generic parameters of '):-1]
            facts.append('%s flags=%#x cells=%s free=%s' % (name, co.co_flags & MASK,
                         ','.join(sorted(co.co_cellvars)), ','.join(sorted(co.co_freevars))))
        for c in co.co_consts:
            if isinstance(c, types.CodeType):
                walk(c)
    walk(code)
    return sorted(facts)
`;

const pyString = (s: string): string => JSON.stringify(s); // a JSON string is a valid Python literal

/** CPython's symtable dump (or error) for each source, with code-object facts when asked. */
export function cpythonSymtableBatch(
  items: Array<{ data: Uint8Array; filename: string; mode?: ParseMode }>,
  opts: BatchOptions & { withCode?: boolean } = {},
): Promise<SymtableResult[]> {
  const withCode = opts.withCode ? "True" : "False";
  return cpythonEvalBatch<SymtableResult>(
    items.map((it) => ({
      expr: `(lambda g: (exec(${pyString(PY_RUN)}, g), g['run'](data, ${pyString(it.filename)}, ${withCode}, ${pyString(it.mode ?? "exec")}))[1])({})`,
      data: it.data,
    })),
    opts,
  ).then((rs) => rs.map((r) => (r.ok ? { ...r, top: canonical(r.top) } : r)));
}

const byName = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function canonical(s: ScopeDump): ScopeDump {
  return { ...s, symbols: [...s.symbols].sort(byName), children: s.children.map(canonical) };
}

function dumpEntry(ste: SymtableEntry): ScopeDump {
  return {
    type: ste.type,
    name: ste.name,
    lineno: ste.lineno,
    nested: ste.nested,
    varnames: [...ste.varnames],
    symbols: [...ste.symbols].sort(byName),
    children: ste.children.map(dumpEntry),
  };
}

// Code flags the symbol table decides (Python/compile.c compute_code_flags).
const CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_NESTED = 0x10;
const CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200, CO_HAS_DOCSTRING = 0x4000000, CO_METHOD = 0x8000000;

function codeFlags(ste: SymtableEntry): number {
  let flags = 0;
  if (ste.isFunctionLike) {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (ste.nested) flags |= CO_NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
    if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO_VARARGS;
    if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    if (ste.hasDocstring) flags |= CO_HAS_DOCSTRING;
    if (ste.method) flags |= CO_METHOD;
  }
  if (ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
  return flags;
}

/**
 * What compile() would put in each code object's co_flags/co_cellvars/co_freevars, derived from
 * the symbol table alone (the compiler's reading of it, Python/compile.c compiler_enter_scope):
 * one line per scope that becomes a code object (annotation scopes left out).
 */
export function codeFacts(top: SymtableEntry): string[] {
  const facts: string[] = [];
  const walk = (ste: SymtableEntry): void => {
    if (ste.type !== BlockType.Annotation) {
      const cells = new Set<string>();
      const free = new Set<string>();
      for (const [name, flags] of ste.symbols) {
        const scope = (flags >> 12) & 15;
        if (scope === CELL) cells.add(name);
        if (scope === FREE || flags & DEF_FREE_CLASS) free.add(name);
      }
      if (ste.needsClassClosure) cells.add("__class__");
      if (ste.needsClassdict) cells.add("__classdict__");
      if (ste.hasConditionalAnnotations) cells.add("__conditional_annotations__");
      const name = ste.type === BlockType.Module ? "<module>"
        : ste.name === "lambda" && ste.type === BlockType.Function ? "<lambda>"
        : ste.comprehension !== ComprehensionType.None ? `<${ste.name}>`
        : ste.name;
      const hex = (n: number) => "0x" + n.toString(16);
      facts.push(`${name} flags=${hex(codeFlags(ste))} cells=${[...cells].sort().join(",")} free=${[...free].sort().join(",")}`);
    }
    ste.children.forEach(walk);
  };
  walk(top);
  return facts.sort();
}

/** tspy's answer in the same shape (parse errors and symtable errors alike). */
export function tspySymtable(data: Uint8Array, filename: string, withCode = false, mode: ParseMode = "exec"): SymtableResult | { ok: false; thrown: unknown } {
  let st;
  try {
    st = buildSymtable(parse(data, filename, mode), filename);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return { ok: false, error: { type: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset } };
    }
    return { ok: false, thrown: e };
  }
  // Every scope must be found again under its AST key (what the compiler will do).
  const lost: string[] = [];
  const walk = (ste: SymtableEntry): void => {
    if (st.lookupOptional(ste.key) !== ste) lost.push(`${ste.name}@${ste.lineno}`);
    ste.children.forEach(walk);
  };
  walk(st.top);
  if (lost.length) return { ok: false, thrown: new Error(`Symtable.lookup(key) misses ${lost.join(", ")}`) };
  return withCode ? { ok: true, top: dumpEntry(st.top), code: codeFacts(st.top) } : { ok: true, top: dumpEntry(st.top) };
}
