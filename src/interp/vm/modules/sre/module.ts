// The _sre module: what Lib/re/_compiler.py calls (compile, template, the case helpers) and the
// engine's constants.
// CPython: Modules/_sre/sre.c (_functions, sre_exec, _sre_compile_impl, _sre_template_impl,
// _sre_*_iscased_impl, _sre_*_tolower_impl).
import { None, type PyValue } from "../../../objects/object.js";
import { PyDict, PyList, PyTuple } from "../../../objects/containers.js";
import { PyBuiltin, PyModule } from "../../../objects/functions.js";
import { call, getattr, isInt, toIndex, typeName } from "../../../objects/abstract.js";
import { OverflowError, pyError, RuntimeError, TypeError } from "../../../objects/exceptions.js";
import { kwArgs } from "../../../objects/args.js";
import { CODESIZE, MAGIC, MAXGROUPS, MAXREPEAT } from "./constants.js";
import { isAsciiAlpha, isUniCased, lowerAscii, lowerUnicode } from "./chars.js";
import { getSubject } from "./subject.js";
import { validate } from "./validate.js";
import { PyPattern } from "./pattern.js";
import { installCompileTemplate, makeTemplate } from "./matchobject.js";
import { getImporter } from "../../eval.js";

const COPYRIGHT = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

/** A clinic `int` argument. */
function cInt(v: PyValue): number {
  const n = toIndex(v);
  if (n > 0x7fffffff || n < -0x80000000) throw pyError(OverflowError, "Python int too large to convert to C int");
  return n;
}

/** _sre.compile(pattern, flags, code, groups, groupindex, indexgroup) */
function compile(args: PyValue[], kw: readonly string[] | null): PyPattern {
  const names = ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"];
  const a = kwArgs("compile", args, kw, names, 0, 6, 6);
  for (let i = 0; i < 6; i++) {
    if (a[i] === undefined) throw pyError(TypeError, `compile() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  const [pattern, flagsArg, codeArg, groupsArg, groupindex, indexgroup] = a as PyValue[];
  const flags = cInt(flagsArg);
  if (!(codeArg instanceof PyList)) throw pyError(TypeError, `compile() argument 'code' must be list, not ${typeName(codeArg)}`);
  const groups = toIndex(groupsArg);
  if (!(groupindex instanceof PyDict)) throw pyError(TypeError, `compile() argument 'groupindex' must be dict, not ${typeName(groupindex)}`);
  if (!(indexgroup instanceof PyTuple)) throw pyError(TypeError, `compile() argument 'indexgroup' must be tuple, not ${typeName(indexgroup)}`);
  const items = codeArg.items;
  const code = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    // PyLong_AsUnsignedLong (the items are ints or _NamedIntConstant, an int subclass)
    const n = typeof v === "number" ? v : typeof v === "bigint" ? v : toIndex(v);
    if (n < 0) throw pyError(OverflowError, "can't convert negative int to unsigned");
    if (n > 0xffffffff) throw pyError(OverflowError, "regular expression code size limit exceeded");
    code[i] = Number(n);
  }
  const isBytes = pattern === None ? -1 : getSubject(pattern).isBytes ? 1 : 0;
  const gi = groupindex.size > 0 ? groupindex : null;
  const ig = gi && indexgroup.items.length > 0 ? indexgroup : null;
  if (!validate(code, groups)) throw pyError(RuntimeError, "invalid SRE code");
  return new PyPattern(code, pattern, flags, groups, gi, ig, isBytes);
}

// compile_template delegates to re._compile_template (PyImport_GetModuleAttrString("re", ...)).
installCompileTemplate((pattern, repl) => {
  const importer = getImporter();
  if (!importer) throw pyError(TypeError, "no import system");
  return call(getattr(importer.gcdImport("re"), "_compile_template"), [pattern, repl]);
});

export function makeSre(): PyModule {
  const m = new PyModule("_sre");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kw: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  const int1 = (name: string, fn: (c: number) => PyValue) => def(name, (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
    if (args.length !== 1) throw pyError(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    return fn(cInt(args[0]));
  });
  d.set("MAGIC", MAGIC);
  d.set("CODESIZE", CODESIZE);
  d.set("MAXREPEAT", MAXREPEAT);
  d.set("MAXGROUPS", MAXGROUPS);
  d.set("copyright", COPYRIGHT);
  def("compile", compile);
  def("template", (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, "template() takes no keyword arguments");
    if (args.length !== 2) throw pyError(TypeError, `template expected 2 arguments, got ${args.length}`);
    return makeTemplate(args[1]);
  });
  def("getcodesize", () => CODESIZE);
  int1("ascii_iscased", (c) => c >>> 0 < 128 && isAsciiAlpha(c));
  int1("unicode_iscased", (c) => isUniCased(c >>> 0));
  int1("ascii_tolower", (c) => lowerAscii(c));
  int1("unicode_tolower", (c) => lowerUnicode(c >>> 0));
  return m;
}
