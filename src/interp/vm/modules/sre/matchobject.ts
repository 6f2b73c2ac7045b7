// re.Match, _sre.SRE_Scanner and _sre.SRE_Template: the objects a match produces, the iterator
// state of finditer/scanner, and compiled replacement templates.
// CPython: Modules/_sre/sre.c (match_* , pattern_new_match, scanner_*, _sre_template_impl,
// expand_template).
import { builtinType, IntType, None, PyObject, type PyType, type PyValue } from "../../../objects/object.js";
import { PyDict, PyList, PyTuple, tuple } from "../../../objects/containers.js";
import { PyBuiltin } from "../../../objects/functions.js";
import {
  defGetter, defMethod, isInt, PyClassMethod, repr, TYPE_CONSTRUCTORS, toIndex, typeName,
} from "../../../objects/abstract.js";
import { IndexError, PyBaseException, pyError, RuntimeError, SystemError, TypeError, ValueError } from "../../../objects/exceptions.js";
import { kwArgs } from "../../../objects/args.js";
import { bufferOf, BytesType, PyBytesObject } from "../../../objects/bytes.js";
import { strValue } from "../../../objects/strtype.js";
import { PyGenericAlias } from "../../../objects/genericalias.js";
import { State } from "./state.js";
import { getslice, subjectOf, type Subject } from "./subject.js";
import type { PyPattern } from "./pattern.js";

/** A static type named by its tp_name ("re.Match": __name__ "Match", __module__ "re"), not
 * subclassable and not instantiable (Py_TPFLAGS_IMMUTABLETYPE | Py_TPFLAGS_DISALLOW_INSTANTIATION). */
export function sreType(tpName: string): PyType {
  const dot = tpName.lastIndexOf(".");
  const t = builtinType(tpName, undefined, { baseType: false, module: tpName.slice(0, dot) });
  t.qualname = tpName.slice(dot + 1);
  TYPE_CONSTRUCTORS.set(t, () => { throw pyError(TypeError, `cannot create '${tpName}' instances`); });
  return t;
}
export const MatchType = sreType("re.Match");
export const ScannerType = sreType("_sre.SRE_Scanner");
export const TemplateType = sreType("_sre.SRE_Template");

export class PyMatch extends PyObject {
  regs: PyTuple | null = null;
  constructor(readonly pattern: PyPattern, readonly subj: Subject, readonly mark: number[], readonly pos: number,
    readonly endpos: number, readonly lastindex: number) {
    super(MatchType);
  }
  /** the number of groups, group 0 included */
  get groups(): number {
    return this.mark.length >> 1;
  }
}

/** pattern_new_match: the Match of a successful state, or None. */
export function newMatch(pattern: PyPattern, subj: Subject, state: State, status: boolean): PyValue {
  if (!status) return None;
  const mark: number[] = new Array(2 * (pattern.groups + 1));
  mark[0] = state.start;
  mark[1] = state.ptr;
  for (let i = 0, j = 0; i < pattern.groups; i++, j += 2) {
    if (j + 1 <= state.lastmark && state.mark[j] >= 0 && state.mark[j + 1] >= 0) {
      mark[j + 2] = state.mark[j];
      mark[j + 3] = state.mark[j + 1];
      if (mark[j + 2] > mark[j + 3]) {
        throw pyError(SystemError, "The span of capturing group is wrong, please report a bug for the re module.");
      }
    } else {
      mark[j + 2] = mark[j + 3] = -1; // undefined
    }
  }
  return new PyMatch(pattern, subj, mark, state.pos, state.endpos, state.lastindex);
}

/** match_getslice_by_index */
export function groupSlice(m: PyMatch, index: number, def: PyValue): PyValue {
  index *= 2;
  if (m.mark[index] < 0) return def;
  // a bytearray may have changed size since: re-read its buffer (CPython calls getstring again)
  const subj = m.subj.isBytes ? (subjectOf(m.subj.obj) ?? m.subj) : m.subj;
  const length = subj.chars.length;
  return getslice(subj, Math.min(m.mark[index], length), Math.min(m.mark[index + 1], length));
}

/** match_getindex: a group number or name -> its index, IndexError "no such group" otherwise. */
function groupIndex(m: PyMatch, index: PyValue | undefined): number {
  if (index === undefined) return 0;
  let i = -1;
  if (isInt(index) || typeof index === "boolean" || (index instanceof PyObject && index.type.lookup("__index__") !== undefined)) {
    i = toIndex(index);
  } else if (m.pattern.groupindex) {
    const v = m.pattern.groupindex.get(index);
    if (v !== undefined && isInt(v)) i = Number(v);
  }
  if (i < 0 || i >= m.groups) throw pyError(IndexError, "no such group");
  return i;
}

const pair = (a: number, b: number): PyTuple => tuple([a, b]);

function matchRepr(m: PyMatch): string {
  return `<re.Match object; span=(${m.mark[0]}, ${m.mark[1]}), match=${truncate(repr(groupSlice(m, 0, None)), 50)}>`;
}

/** %.<n>R: at most n characters (code points) of a repr. */
export function truncate(s: string, n: number): string {
  if (s.length <= n) return s;
  const cps = Array.from(s);
  return cps.length <= n ? s : cps.slice(0, n).join("");
}

MatchType.slots.repr = matchRepr;
MatchType.slots.bool = () => true;
// a mapping (mp_subscript), not a sequence: no iteration through __getitem__
MatchType.slots.iter = () => {
  throw pyError(TypeError, "'re.Match' object is not iterable");
};

defMethod(MatchType, "group", (m: PyMatch, args, kw) => {
  if (kw && kw.length) throw pyError(TypeError, "Match.group() takes no keyword arguments");
  if (args.length === 0) return groupSlice(m, 0, None);
  if (args.length === 1) return groupSlice(m, groupIndex(m, args[0]), None);
  return tuple(args.map((a) => groupSlice(m, groupIndex(m, a), None)));
});
defMethod(MatchType, "__getitem__", (m: PyMatch, args) => groupSlice(m, groupIndex(m, args[0]), None));

function oneGroupArg(name: string, args: PyValue[], kw: readonly string[] | null): PyValue | undefined {
  if (kw && kw.length) throw pyError(TypeError, `Match.${name}() takes no keyword arguments`);
  if (args.length > 1) throw pyError(TypeError, `${name} expected at most 1 argument, got ${args.length}`);
  return args[0];
}
defMethod(MatchType, "start", (m: PyMatch, args, kw) => m.mark[groupIndex(m, oneGroupArg("start", args, kw)) * 2]);
defMethod(MatchType, "end", (m: PyMatch, args, kw) => m.mark[groupIndex(m, oneGroupArg("end", args, kw)) * 2 + 1]);
defMethod(MatchType, "span", (m: PyMatch, args, kw) => {
  const i = groupIndex(m, oneGroupArg("span", args, kw));
  return pair(m.mark[i * 2], m.mark[i * 2 + 1]);
});
defMethod(MatchType, "groups", (m: PyMatch, args, kw) => {
  const [def] = kwArgs("groups", args, kw, ["default"], 0, 0, 1);
  const out: PyValue[] = [];
  for (let i = 1; i < m.groups; i++) out.push(groupSlice(m, i, def ?? None));
  return tuple(out);
});
defMethod(MatchType, "groupdict", (m: PyMatch, args, kw) => {
  const [def] = kwArgs("groupdict", args, kw, ["default"], 0, 0, 1);
  const d = new PyDict();
  const gi = m.pattern.groupindex;
  if (gi) for (const [k] of gi.entries()) d.set(k, groupSlice(m, groupIndex(m, k), def ?? None));
  return d;
});
defMethod(MatchType, "expand", (m: PyMatch, args, kw) => {
  const [template] = kwArgs("expand", args, kw, ["template"], 0, 1, 1);
  if (template === undefined) throw pyError(TypeError, "expand() missing required argument 'template' (pos 1)");
  return expandTemplate(compileTemplate(m.pattern, template), m);
});
defMethod(MatchType, "__copy__", (m: PyMatch, args, kw) => {
  if ((kw && kw.length) || args.length) throw pyError(TypeError, `Match.__copy__() takes no arguments (${args.length} given)`);
  return m;
});
defMethod(MatchType, "__deepcopy__", (m: PyMatch, args) => {
  if (args.length !== 1) throw pyError(TypeError, `Match.__deepcopy__() takes exactly one argument (${args.length} given)`);
  return m;
});
export function defClassGetitem(t: PyType): void {
  t.ns.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (args) => {
    if (args.length !== 2) throw pyError(TypeError, `__class_getitem__() takes exactly one argument (${args.length - 1} given)`);
    const item = args[1];
    return new PyGenericAlias(args[0] as PyType, item instanceof PyTuple ? item.items : [item]);
  })));
}
defClassGetitem(MatchType);

defGetter(MatchType, "lastindex", (m: PyMatch) => (m.lastindex >= 0 ? m.lastindex : None));
defGetter(MatchType, "lastgroup", (m: PyMatch) => {
  const ig = m.pattern.indexgroup;
  if (ig && m.lastindex >= 0 && m.lastindex < ig.items.length) return ig.items[m.lastindex];
  return None;
});
defGetter(MatchType, "regs", (m: PyMatch) => {
  if (!m.regs) {
    const regs: PyValue[] = [];
    for (let i = 0; i < m.groups; i++) regs.push(pair(m.mark[i * 2], m.mark[i * 2 + 1]));
    m.regs = tuple(regs);
  }
  return m.regs;
});
defGetter(MatchType, "string", (m: PyMatch) => m.subj.obj, { member: true });
defGetter(MatchType, "re", (m: PyMatch) => m.pattern, { member: true });
defGetter(MatchType, "pos", (m: PyMatch) => m.pos, { member: true });
defGetter(MatchType, "endpos", (m: PyMatch) => m.endpos, { member: true });

// ---- SRE_Scanner ------------------------------------------------------------------------------

export class PyScanner extends PyObject {
  executing = false;
  /** state->start == NULL: the scanner is exhausted */
  done = false;
  constructor(readonly pattern: PyPattern, readonly subj: Subject, readonly state: State) {
    super(ScannerType);
  }
}

/** _sre_SRE_Scanner_match_impl / _search_impl: one step from where the last match ended. */
function scannerStep(sc: PyScanner, run: (state: State) => boolean): PyValue {
  if (sc.executing) throw pyError(ValueError, "regular expression scanner already executing");
  sc.executing = true;
  try {
    if (sc.done) return None;
    const state = sc.state;
    state.reset();
    state.ptr = state.start;
    const status = run(state);
    const m = newMatch(sc.pattern, sc.subj, state, status);
    if (!status) sc.done = true;
    else {
      state.mustAdvance = state.ptr === state.start;
      state.start = state.ptr;
    }
    return m;
  } finally {
    sc.executing = false;
  }
}
function noArgs(name: string, args: PyValue[], kw: readonly string[] | null): void {
  if (args.length || (kw && kw.length)) throw pyError(TypeError, `${name}() takes no arguments`);
}
defMethod(ScannerType, "match", (sc: PyScanner, args, kw) => {
  noArgs("match", args, kw);
  return scannerStep(sc, (st) => sc.pattern.runMatch(st));
});
defMethod(ScannerType, "search", (sc: PyScanner, args, kw) => {
  noArgs("search", args, kw);
  return scannerStep(sc, (st) => sc.pattern.runSearch(st));
});
defGetter(ScannerType, "pattern", (sc: PyScanner) => sc.pattern, { member: true });

// ---- SRE_Template -----------------------------------------------------------------------------

export class PyTemplate extends PyObject {
  constructor(readonly literal: PyValue, readonly items: { index: number; literal: PyValue | null }[]) {
    super(TemplateType);
  }
}

/** _sre.template(pattern, template): [literal1, group1, literal2, ..., literalN] */
export function makeTemplate(template: PyValue): PyTemplate {
  if (!(template instanceof PyList)) {
    throw pyError(TypeError, `template() argument 2 must be list, not ${typeName(template)}`);
  }
  const t = template.items;
  let n = t.length;
  if ((n & 1) === 0 || n < 1) throw pyError(TypeError, "invalid template");
  n >>= 1;
  const items: { index: number; literal: PyValue | null }[] = [];
  for (let i = 0; i < n; i++) {
    // PyLong_AsSsize_t: an int (or int subclass), no __index__
    const iv = t[2 * i + 1];
    if (!isInt(iv) && typeof iv !== "boolean" && !(iv instanceof PyObject && iv.type.isSubtype(IntType))) {
      throw pyError(TypeError, "an integer is required");
    }
    const index = toIndex(iv);
    if (index < 0) throw pyError(TypeError, "invalid template");
    let literal: PyValue | null = t[2 * i + 2];
    // skip empty literals
    if (literal === "" || (literal instanceof PyBytesObject && literal.bytes.length === 0)) literal = null;
    items.push({ index, literal });
  }
  return new PyTemplate(t[0], items);
}

/** expand_template */
export function expandTemplate(t: PyTemplate, m: PyMatch): PyValue {
  if (t.items.length === 0) return t.literal;
  const out: PyValue[] = [t.literal];
  for (const { index, literal } of t.items) {
    if (index >= m.groups) throw pyError(IndexError, "no such group");
    const item = groupSlice(m, index, None);
    if (item !== None) out.push(item);
    if (literal !== null) out.push(literal);
  }
  if (typeof t.literal === "string") return (out as string[]).join("");
  return joinBytes(out);
}

export function joinBytes(parts: PyValue[]): PyBytesObject {
  let n = 0;
  const bufs = parts.map((p) => {
    const b = p instanceof PyBytesObject ? p.bytes : subjectOf(p)?.chars as Uint8Array;
    n += b.length;
    return b;
  });
  const out = new Uint8Array(n);
  let o = 0;
  for (const b of bufs) { out.set(b, o); o += b.length; }
  return new PyBytesObject(out);
}

// The replacement-template compiler is re._compile_template (Python); the import system gives it.
let compileTemplateHook: ((pattern: PyPattern, repl: PyValue) => PyValue) | null = null;
export function installCompileTemplate(f: (pattern: PyPattern, repl: PyValue) => PyValue): void {
  compileTemplateHook = f;
}

/** compile_template: re._compile_template(pattern, repl), which must give an SRE_Template. */
export function compileTemplate(pattern: PyPattern, repl: PyValue): PyTemplate {
  if (!compileTemplateHook) throw pyError(RuntimeError, "re._compile_template is not available");
  let r: PyValue;
  try {
    r = compileTemplateHook(pattern, repl);
  } catch (e) {
    // an unhashable replacement (a bytearray, a str subclass with __eq__...): retry with str/bytes
    if (!(e instanceof PyBaseException && e.type.isSubtype(TypeError))) throw e;
    const s = strValue(repl);
    const b = s === null ? bufferOf(repl) : null;
    if (s !== null && typeof repl !== "string") repl = s;
    else if (b !== null && !(repl instanceof PyBytesObject && repl.type === BytesType)) repl = new PyBytesObject(b.slice());
    else throw e;
    r = compileTemplateHook(pattern, repl);
  }
  if (!(r instanceof PyTemplate)) throw pyError(RuntimeError, `the result of compiling a replacement string is ${typeName(r)}`);
  return r;
}
