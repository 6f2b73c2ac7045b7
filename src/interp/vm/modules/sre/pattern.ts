// re.Pattern: a compiled regular expression and its methods (match, fullmatch, search, findall,
// finditer, scanner, split, sub, subn), its repr, equality and hash; and the mappingproxy its
// groupindex is.
// CPython: Modules/_sre/sre.c (state_init, _sre_SRE_Pattern_*_impl, pattern_subx, pattern_repr,
// pattern_hash, pattern_richcompare, pattern_groupindex, _sre_compile_impl).
import { nativeTick } from "../../../objects/interrupt.js";
import { None, PyObject, type PyValue } from "../../../objects/object.js";
import { PyDict, PyList, PyTuple, tuple } from "../../../objects/containers.js";
import {
  call, Cmp, defGetter, defMethod, eq, getattr, hash, installExtraCompare, PyNativeIterator, repr,
} from "../../../objects/abstract.js";
import { pyError, TypeError } from "../../../objects/exceptions.js";
import { kwArgs, PY_SSIZE_T_MAX, ssizeArg } from "../../../objects/args.js";
import { CallableIteratorType, isCallable } from "../../builtins.js";
import {
  FLAG_ASCII, FLAG_DEBUG, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_UNICODE, FLAG_VERBOSE,
} from "./constants.js";
import { match as sreMatch } from "./engine.js";
import { search as sreSearch } from "./search.js";
import { State, type Code } from "./state.js";
import { PyMappingProxy } from "../../../objects/mappingproxy.js";
import { getslice, getSubject, subjectOf, type Subject } from "./subject.js";
import {
  compileTemplate, defClassGetitem, expandTemplate, newMatch, PyMatch, PyScanner, sreType, truncate,
} from "./matchobject.js";

export const PatternType = sreType("re.Pattern");

export class PyPattern extends PyObject {
  constructor(readonly code: Code, readonly pattern: PyValue, readonly flags: number, readonly groups: number,
    readonly groupindex: PyDict | null, readonly indexgroup: PyTuple | null, readonly isBytes: number) {
    super(PatternType);
  }
  runMatch(state: State): boolean {
    return sreMatch(state, this.code, 0, true);
  }
  runSearch(state: State): boolean {
    return sreSearch(state, this.code);
  }
}

/** state_init: a matching state over `string` from pos to endpos (clamped to the string). */
function stateInit(p: PyPattern, string: PyValue, start: number, end: number): [Subject, State] {
  const subj = getSubject(string);
  if (subj.isBytes && p.isBytes === 0) throw pyError(TypeError, "cannot use a string pattern on a bytes-like object");
  if (!subj.isBytes && p.isBytes > 0) throw pyError(TypeError, "cannot use a bytes pattern on a string-like object");
  const length = subj.chars.length;
  start = start < 0 ? 0 : start > length ? length : start;
  end = end < 0 ? 0 : end > length ? length : end;
  return [subj, new State(subj.chars, start, end)];
}

/** The (string, pos=0, endpos=sys.maxsize) arguments of match/search/findall/... */
function stringPosArgs(name: string, args: PyValue[], kw: readonly string[] | null): [PyValue, number, number] {
  const [string, pos, endpos] = kwArgs(name, args, kw, ["string", "pos", "endpos"], 0, 1, 3);
  if (string === undefined) throw pyError(TypeError, `${name}() missing required argument 'string' (pos 1)`);
  return [string, pos === undefined ? 0 : ssizeArg(pos), endpos === undefined ? PY_SSIZE_T_MAX : ssizeArg(endpos)];
}

function defMatcher(name: string, matchAll: boolean, searching: boolean): void {
  defMethod(PatternType, name, (p: PyPattern, args, kw) => {
    const [string, pos, endpos] = stringPosArgs(name, args, kw);
    const [subj, state] = stateInit(p, string, pos, endpos);
    state.ptr = state.start;
    state.matchAll = matchAll;
    const status = searching ? p.runSearch(state) : p.runMatch(state);
    return newMatch(p, subj, state, status);
  });
}
defMatcher("match", false, false);
defMatcher("fullmatch", true, false);
defMatcher("search", false, true);

/** state_getslice: group `index` of the current state as a slice ('' or None when unset). */
function stateGroup(state: State, subj: Subject, index: number, empty: boolean): PyValue {
  index = (index - 1) * 2;
  if (index >= state.lastmark || state.mark[index] < 0 || state.mark[index + 1] < 0) {
    return empty ? getslice(subj, 0, 0) : None;
  }
  return getslice(subj, state.mark[index], state.mark[index + 1]);
}

defMethod(PatternType, "findall", (p: PyPattern, args, kw) => {
  const [string, pos, endpos] = stringPosArgs("findall", args, kw);
  const [subj, state] = stateInit(p, string, pos, endpos);
  const list: PyValue[] = [];
  while (state.start <= state.end) {
    nativeTick(); // a literal pattern matches without entering the engine: tick per match
    state.reset();
    state.ptr = state.start;
    if (!p.runSearch(state)) break;
    let item: PyValue;
    if (p.groups === 0) item = getslice(subj, state.start, state.ptr);
    else if (p.groups === 1) item = stateGroup(state, subj, 1, true);
    else {
      const items: PyValue[] = [];
      for (let i = 0; i < p.groups; i++) items.push(stateGroup(state, subj, i + 1, true));
      item = tuple(items);
    }
    list.push(item);
    state.mustAdvance = state.ptr === state.start;
    state.start = state.ptr;
  }
  return new PyList(list);
});

function scanner(p: PyPattern, string: PyValue, pos: number, endpos: number): PyScanner {
  const [subj, state] = stateInit(p, string, pos, endpos);
  return new PyScanner(p, subj, state);
}
defMethod(PatternType, "scanner", (p: PyPattern, args, kw) => scanner(p, ...stringPosArgs("scanner", args, kw)));
defMethod(PatternType, "finditer", (p: PyPattern, args, kw) => {
  const sc = scanner(p, ...stringPosArgs("finditer", args, kw));
  // PyCallIter_New(scanner.search, None)
  const search = getattr(sc, "search");
  let done = false;
  return new PyNativeIterator(CallableIteratorType, () => {
    if (done) return undefined;
    const m = call(search, []);
    if (m === None) { done = true; return undefined; }
    return m;
  });
});

defMethod(PatternType, "split", (p: PyPattern, args, kw) => {
  const [string, maxsplitArg] = kwArgs("split", args, kw, ["string", "maxsplit"], 0, 1, 2);
  if (string === undefined) throw pyError(TypeError, "split() missing required argument 'string' (pos 1)");
  const maxsplit = maxsplitArg === undefined ? 0 : ssizeArg(maxsplitArg);
  const [subj, state] = stateInit(p, string, 0, PY_SSIZE_T_MAX);
  const list: PyValue[] = [];
  let n = 0;
  let last = state.start;
  while (!maxsplit || n < maxsplit) {
    nativeTick();
    state.reset();
    state.ptr = state.start;
    if (!p.runSearch(state)) break;
    // the segment before this match, then the groups
    list.push(getslice(subj, last, state.start));
    for (let i = 0; i < p.groups; i++) list.push(stateGroup(state, subj, i + 1, false));
    n++;
    state.mustAdvance = state.ptr === state.start;
    last = state.start = state.ptr;
  }
  // the segment following the last match (even if empty)
  list.push(getslice(subj, last, state.endpos));
  return new PyList(list);
});

/** pattern_subx */
function subx(p: PyPattern, repl: PyValue, string: PyValue, count: number, subn: boolean): PyValue {
  let filter: PyValue;
  let kind: "literal" | "template" | "callable";
  if (isCallable(repl)) {
    filter = repl;
    kind = "callable";
  } else {
    const r = subjectOf(repl);
    const literal = r !== null && (r.isBytes ? !(r.chars as Uint8Array).includes(0x5c) : !r.str.includes("\\"));
    if (literal) {
      filter = repl;
      kind = "literal";
    } else {
      // not a literal; hand it over to the template compiler
      const t = compileTemplate(p, repl);
      if (t.items.length === 0) {
        filter = t.literal;
        kind = "literal";
      } else {
        filter = t;
        kind = "template";
      }
    }
  }
  const [subj, state] = stateInit(p, string, 0, PY_SSIZE_T_MAX);
  const list: PyValue[] = [];
  let n = 0, i = 0;
  while (!count || n < count) {
    nativeTick();
    state.reset();
    state.ptr = state.start;
    if (!p.runSearch(state)) break;
    const b = state.start, e = state.ptr;
    if (i < b) list.push(getslice(subj, i, b)); // the segment before this match
    let item: PyValue;
    if (kind !== "literal") {
      const m = newMatch(p, subj, state, true) as PyMatch;
      item = kind === "template" ? expandTemplate(filter as Parameters<typeof expandTemplate>[0], m) : call(filter, [m]);
    } else {
      item = filter;
    }
    if (item !== None) list.push(item);
    i = e;
    n++;
    state.mustAdvance = state.ptr === state.start;
    state.start = state.ptr;
  }
  // the segment following the last match
  if (i < state.endpos) list.push(getslice(subj, i, state.endpos));
  const joiner = getslice(subj, 0, 0);
  const item = list.length === 0 ? joiner : call(getattr(joiner, "join"), [new PyList(list)]);
  return subn ? tuple([item, n]) : item;
}
for (const subn of [false, true]) {
  const name = subn ? "subn" : "sub";
  defMethod(PatternType, name, (p: PyPattern, args, kw) => {
    const [repl, string, count] = kwArgs(name, args, kw, ["repl", "string", "count"], 0, 2, 3);
    if (repl === undefined) throw pyError(TypeError, `${name}() missing required argument 'repl' (pos 1)`);
    if (string === undefined) throw pyError(TypeError, `${name}() missing required argument 'string' (pos 2)`);
    return subx(p, repl, string, count === undefined ? 0 : ssizeArg(count), subn);
  });
}

defMethod(PatternType, "__copy__", (p: PyPattern, args) => {
  if (args.length) throw pyError(TypeError, `Pattern.__copy__() takes no arguments (${args.length} given)`);
  return p;
});
defMethod(PatternType, "__deepcopy__", (p: PyPattern, args) => {
  if (args.length !== 1) throw pyError(TypeError, `Pattern.__deepcopy__() takes exactly one argument (${args.length} given)`);
  return p;
});
defClassGetitem(PatternType);

const FLAG_NAMES: [string, number][] = [
  ["re.IGNORECASE", FLAG_IGNORECASE], ["re.LOCALE", FLAG_LOCALE], ["re.MULTILINE", FLAG_MULTILINE],
  ["re.DOTALL", FLAG_DOTALL], ["re.UNICODE", FLAG_UNICODE], ["re.VERBOSE", FLAG_VERBOSE], ["re.DEBUG", FLAG_DEBUG],
  ["re.ASCII", FLAG_ASCII],
];
/** pattern_repr */
PatternType.slots.repr = (p: PyPattern): string => {
  let flags = p.flags;
  // omit re.UNICODE for valid string patterns
  if (p.isBytes === 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) === FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  const items: string[] = [];
  for (const [name, v] of FLAG_NAMES) {
    if (flags & v) {
      items.push(name);
      flags &= ~v;
    }
  }
  if (flags) items.push(`0x${(flags >>> 0).toString(16)}`);
  const pat = truncate(repr(p.pattern), 200);
  return items.length ? `re.compile(${pat}, ${items.join("|")})` : `re.compile(${pat})`;
};

/** pattern_hash */
PatternType.slots.hash = (p: PyPattern): number => {
  let h = Number(hash(p.pattern)) | 0;
  let hc = 0;
  for (let i = 0; i < p.code.length; i++) hc = (Math.imul(hc, 1000003) ^ p.code[i]) | 0;
  h ^= hc ^ p.flags ^ p.isBytes ^ p.code.length;
  return h === -1 ? -2 : h;
};

/** pattern_richcompare */
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyPattern)) return undefined;
  if ((op !== Cmp.EQ && op !== Cmp.NE) || !(b instanceof PyPattern)) return undefined;
  let same = a === b;
  if (!same && a.flags === b.flags && a.isBytes === b.isBytes && a.code.length === b.code.length) {
    same = a.code.every((c, i) => c === b.code[i]) && eq(a.pattern, b.pattern);
  }
  return op === Cmp.EQ ? same : !same;
});

defGetter(PatternType, "groupindex", (p: PyPattern) => (p.groupindex ? new PyMappingProxy(p.groupindex) : new PyDict()));
defGetter(PatternType, "pattern", (p: PyPattern) => p.pattern, { member: true });
defGetter(PatternType, "flags", (p: PyPattern) => p.flags, { member: true });
defGetter(PatternType, "groups", (p: PyPattern) => p.groups, { member: true });
