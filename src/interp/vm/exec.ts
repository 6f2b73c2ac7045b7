// The builtins that compile and run source at run time: compile(), eval(), exec()
// (CPython: Python/bltinmodule.c builtin_compile_impl, builtin_eval_impl, builtin_exec_impl;
// Python/pythonrun.c Py_CompileStringObject, run_eval_code_obj).
import { parse } from "../parse/index.js";
import { PySyntaxError, PySourceTooComplex } from "../parse/errors.js";
import { compileModule, PYCF_FUTURE_MASK } from "../compile/codegen.js";
import { CodeObject } from "../compile/code.js";
import { PyCode, pyCode } from "../objects/code.js";
import { None, PyObject, typeOf, type PyType, type PyValue } from "../objects/object.js";
import { PyDict, PyTuple } from "../objects/containers.js";
import { PyBuiltin, PyCell, PyModule } from "../objects/functions.js";
import { PyBytesObject, PyByteArray } from "../objects/bytes.js";
import { initException, EXCEPTION_TYPES, MemoryError, PyBaseException, pyError, SystemError, TypeError, ValueError } from "../objects/exceptions.js";
import { typeName, truthy } from "../objects/abstract.js";
import { toIndexInt } from "../objects/int.js";
import { Frame, runFrame, tstate, currentLocals } from "./eval.js";
import { syntaxErrorObject } from "../objects/syntaxerror.js";

// Include/cpython/compile.h: the PyCF_* flags compile() accepts
const PyCF_MASK = 0x2000000 | 0x0100000 | 0x1000000 | 0x0200000 | 0x0400000 | 0x0800000 | 0x4000000 | 0x8000000; // CO_FUTURE_*
const PyCF_MASK_OBSOLETE = 0x0010; // CO_NESTED
const PyCF_SOURCE_IS_UTF8 = 0x0100, PyCF_DONT_IMPLY_DEDENT = 0x0200, PyCF_ONLY_AST = 0x0400, PyCF_IGNORE_COOKIE = 0x0800;
const PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000, PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
const PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;
const PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS | PyCF_DONT_IMPLY_DEDENT |
  PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_OPTIMIZED_AST;
void PyCF_SOURCE_IS_UTF8; void PyCF_IGNORE_COOKIE;

type Mode = "exec" | "eval" | "single";

/** The text of a source argument (str, bytes, bytearray, or a buffer), or null for other types.
 *  CPython: Python/pythonrun.c _Py_SourceAsString */
function sourceText(v: PyValue, funcname: string, what: string): string | Uint8Array | null {
  if (typeof v === "string") {
    if (v.includes("\0")) throw nullBytes();
    return v;
  }
  if (v instanceof PyBytesObject || v instanceof PyByteArray) {
    const b = v instanceof PyBytesObject ? v.bytes : (v as PyByteArray).bytes;
    if (b.includes(0)) throw nullBytes();
    return b;
  }
  void funcname; void what;
  return null;
}

function nullBytes(): PyBaseException {
  const e = new PyBaseException(EXCEPTION_TYPES.get("SyntaxError")!, []);
  initException(e, ["source code string cannot contain null bytes"], null);
  return e;
}

/** Compile source text; a syntax error becomes the Python SyntaxError CPython raises. */
export function compileSource(source: string | Uint8Array, filename: string, mode: Mode, optimize = 0, flags = inheritedFlags(), allowIncompleteInput = false, dontImplyDedent = false): CodeObject {
  let tree;
  try {
    // Parser/tokenizer/helpers.c translate_newlines: 'exec' input gets a final newline
    if (mode === "exec" && typeof source === "string" && source.length && !source.endsWith("\n")) source += "\n";
    tree = parse(source, filename, mode, { allowIncompleteInput, dontImplyDedent });
    // (no source text: errors found after parsing read their line from the file, which a
    // string has not, so their text is None as in CPython)
    return compileModule(tree as never, { filename, optimize, flags });
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorObject(e);
    if (e instanceof PySourceTooComplex) throw pyError(MemoryError, e.msg);
    throw e;
  }
}

/** PyEval_MergeCompilerFlags: the running code's __future__ features carry over */
function inheritedFlags(): number {
  const f = tstate.frame;
  return f ? f.code.co_flags & PYCF_FUTURE_MASK : 0;
}

function builtinsOfGlobals(globals: PyDict): PyDict {
  // _PyEval_BuiltinsFromGlobals: globals['__builtins__'] (a module's dict, or a dict)
  const b = globals.get("__builtins__");
  if (b instanceof PyModule) return b.dict;
  if (b instanceof PyDict) return b;
  return tstate.frame ? tstate.frame.builtins : new PyDict();
}

/** Run a module-shaped code object with the given namespaces (PyEval_EvalCode). */
function evalCode(code: CodeObject, globals: PyDict, locals: PyDict, closure: PyCell[] | null = null): PyValue {
  if (!globals.has("__builtins__")) {
    // builtin_exec_impl / builtin_eval_impl: PyDict_SetItem(globals, "__builtins__", PyEval_GetBuiltins())
    globals.set("__builtins__", tstate.frame ? tstate.frame.builtins : new PyDict());
  }
  const frame = new Frame(code, globals, builtinsOfGlobals(globals), locals, null);
  if (closure) {
    // the free variables' cells sit at the end of the fast locals (as COPY_FREE_VARS puts them)
    const base = code.nlocalsplus - closure.length;
    closure.forEach((c, i) => { frame.fast[base + i] = c; });
  }
  return runFrame(frame);
}

const isMapping = (v: PyValue): boolean => v instanceof PyDict || typeOf(v).lookup("__getitem__") !== undefined;

/** eval()/exec() namespaces: the caller's when omitted (PyEval_GetGlobals / locals()). */
function namespaces(fname: "eval" | "exec", globals: PyValue, locals: PyValue): [PyDict, PyDict] {
  if (fname === "eval") {
    if (locals !== None && !isMapping(locals)) throw pyError(TypeError, "locals must be a mapping");
    if (globals !== None && !(globals instanceof PyDict)) {
      throw pyError(TypeError, isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
    }
  } else {
    if (globals !== None && !(globals instanceof PyDict)) throw pyError(TypeError, `exec() globals must be a dict, not ${typeName(globals)}`);
    if (locals !== None && !isMapping(locals)) throw pyError(TypeError, `locals must be a mapping or None, not ${typeName(locals)}`);
  }
  let g: PyDict, l: PyValue;
  if (globals === None) {
    const f = tstate.frame;
    if (!f) throw pyError(SystemError, `${fname}(): no current frame`);
    g = f.globals;
    l = locals === None ? currentLocals() : locals;
  } else {
    g = globals as PyDict;
    l = locals === None ? g : locals;
  }
  if (!(l instanceof PyDict)) throw pyError(TypeError, `tspy: ${fname}() locals must be a dict (mappings are not supported yet)`);
  return [g, l];
}

/** eval(source, globals=None, locals=None, /) and exec(source, globals=None, locals=None, /, *, closure=None) */
function argsOf(fname: string, args: PyValue[], kwnames: readonly string[] | null, names: string[], npos: number, min: number): PyValue[] {
  const nkw = kwnames ? kwnames.length : 0;
  const n = args.length - nkw;
  const maxPos = fname === "exec" ? 3 : names.length;
  if (n > maxPos) throw pyError(TypeError, `${fname}() takes at most ${maxPos} arguments (${n} given)`);
  if (n < min) throw pyError(TypeError, `${fname}() takes at least ${min} positional argument${min === 1 ? "" : "s"} (${n} given)`);
  const out: PyValue[] = args.slice(0, n);
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i], idx = names.indexOf(k);
    if (idx < npos) throw pyError(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    out[idx] = args[n + i];
  }
  return out;
}

export function installExecBuiltins(d: PyDict, mod: PyModule): void {
  // builtin_eval_impl
  d.set("eval", new PyBuiltin("eval", (args, kwnames) => {
    const [source, globals = None, locals = None] = argsOf("eval", args, kwnames, ["source", "globals", "locals"], 1, 1);
    const [g, l] = namespaces("eval", globals, locals);
    let code: CodeObject;
    if (source instanceof PyCode) {
      code = source.code;
      if (code.co_freevars.length > 0) throw pyError(TypeError, "code object passed to eval() may not contain free variables");
    } else {
      let text = sourceText(source, "eval", "source");
      if (text === null) throw pyError(TypeError, "eval() arg 1 must be a string, bytes or code object");
      // builtin_eval_impl skips leading spaces and tabs
      if (typeof text === "string") text = text.replace(/^[ \t]+/, "");
      else { let i = 0; while (i < text.length && (text[i] === 32 || text[i] === 9)) i++; text = text.subarray(i); }
      code = compileSource(text, "<string>", "eval");
    }
    return evalCode(code, g, l);
  }, mod));
  // builtin_exec_impl
  d.set("exec", new PyBuiltin("exec", (args, kwnames) => {
    const [source, globals = None, locals = None, closure = None] = argsOf("exec", args, kwnames, ["source", "globals", "locals", "closure"], 1, 1);
    const [g, l] = namespaces("exec", globals, locals);
    let code: CodeObject;
    let cells: PyCell[] | null = null;
    if (source instanceof PyCode) {
      code = source.code;
      const nfree = code.co_freevars.length;
      if (closure !== None) {
        if (!(closure instanceof PyTuple) || closure.items.length !== nfree || !closure.items.every((c) => c instanceof PyCell)) {
          throw pyError(TypeError, `code object requires a closure of exactly length ${nfree}`);
        }
        cells = closure.items as unknown as PyCell[];
      } else if (nfree > 0) {
        throw pyError(TypeError, `code object requires a closure of exactly length ${nfree}`);
      }
    } else {
      if (closure !== None) throw pyError(TypeError, "closure can only be used when source is a code object");
      const text = sourceText(source, "exec", "source");
      if (text === null) throw pyError(TypeError, "exec() arg 1 must be a string, bytes or code object");
      code = compileSource(text, "<string>", "exec");
    }
    evalCode(code, g, l, cells);
    return None;
  }, mod));
  // builtin_compile_impl
  d.set("compile", new PyBuiltin("compile", (args, kwnames) => {
    const names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
    const nkw = kwnames ? kwnames.length : 0;
    const n = args.length - nkw;
    if (n > 6) throw pyError(TypeError, `compile() takes at most 6 positional arguments (${n} given)`);
    const a: (PyValue | undefined)[] = args.slice(0, n);
    for (let i = 0; i < nkw; i++) {
      const k = kwnames![i], idx = names.indexOf(k);
      if (idx < 0) throw pyError(TypeError, `compile() got an unexpected keyword argument '${k}'`);
      if (idx < n) throw pyError(TypeError, `argument for compile() given by name ('${k}') and position (${idx + 1})`);
      a[idx] = args[n + i];
    }
    for (let i = 0; i < 3; i++) if (a[i] === undefined) throw pyError(TypeError, `compile() missing required argument '${names[i]}' (pos ${i + 1})`);
    const [source, filenameArg, modeArg] = a as PyValue[];
    const flags = a[3] === undefined ? 0 : Number(toIndexInt(a[3]));
    const dontInherit = a[4] !== undefined && truthy(a[4]);
    const optimize = a[5] === undefined ? -1 : Number(toIndexInt(a[5]));
    let filename: string;
    if (typeof filenameArg === "string") filename = filenameArg;
    else if (filenameArg instanceof PyBytesObject) filename = new TextDecoder().decode(filenameArg.bytes);
    else throw pyError(TypeError, `expected str, bytes or os.PathLike object, not ${typeName(filenameArg)}`);
    if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) throw pyError(ValueError, "compile(): unrecognised flags");
    if (optimize < -1 || optimize > 2) throw pyError(ValueError, "compile(): invalid optimize value");
    if (typeof modeArg !== "string") throw pyError(TypeError, `compile() argument 'mode' must be str, not ${typeName(modeArg)}`);
    const mode = modeArg;
    // an AST object (Lib/ast): compiled from the tree, or returned as it is for PyCF_ONLY_AST
    const astMod = astModuleIfLoaded();
    const isAst = astMod !== null && source instanceof PyObject && typeOf(source).isSubtype(astMod.dict.get("AST") as PyType);
    if (flags & PyCF_ONLY_AST) {
      if (mode !== "exec" && mode !== "eval" && mode !== "single" && mode !== "func_type") {
        throw pyError(ValueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
      }
      if (isAst) return source;
      if (mode === "func_type") throw pyError(ValueError, "tspy cannot parse 'func_type' input yet");
      const text = sourceText(source, "compile", "source");
      if (text === null) throw pyError(TypeError, "compile() arg 1 must be a string, bytes or AST object");
      let src = text;
      if (mode === "exec" && typeof src === "string" && src.length && !src.endsWith("\n")) src += "\n";
      let tree;
      try {
        tree = parse(src, filename, mode, { allowIncompleteInput: (flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0, dontImplyDedent: (flags & PyCF_DONT_IMPLY_DEDENT) !== 0 });
      } catch (e) {
        if (e instanceof PySyntaxError) throw syntaxErrorObject(e);
        if (e instanceof PySourceTooComplex) throw pyError(MemoryError, e.msg);
        throw e;
      }
      return astToPy(tree as never, astMod ?? (importModule("_ast") as PyModule));
    }
    if (mode !== "exec" && mode !== "eval" && mode !== "single") throw pyError(ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (isAst) {
      const tree = pyToAst(source, astMod!);
      const want = mode === "exec" ? "Module" : mode === "eval" ? "Expression" : "Interactive";
      if ((tree as { _type: string })._type !== want) throw pyError(TypeError, `expected ${want} node, got ${(tree as { _type: string })._type}`);
      const futureFlagsAst = (flags & PYCF_FUTURE_MASK) | (dontInherit ? 0 : inheritedFlags());
      try {
        return pyCode(compileModule(tree as never, { filename, optimize: optimize < 0 ? 0 : optimize, flags: futureFlagsAst }));
      } catch (e) {
        if (e instanceof PySyntaxError) throw syntaxErrorObject(e);
        throw e;
      }
    }
    const text = sourceText(source, "compile", "source");
    if (text === null) throw pyError(TypeError, "compile() arg 1 must be a string, bytes or AST object");
    const futureFlags = (flags & PYCF_FUTURE_MASK) | (dontInherit ? 0 : inheritedFlags());
    return pyCode(compileSource(text, filename, mode, optimize < 0 ? 0 : optimize, futureFlags, (flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0, (flags & PyCF_DONT_IMPLY_DEDENT) !== 0));
  }, mod));
}

void PyObject; void PyBaseException;

/** sys.modules['_ast'] when a program has imported it (only then can an object be an AST node). */
function astModuleIfLoaded(): PyModule | null {
  const m = getImporter()?.modules.get("_ast");
  return m instanceof PyModule ? m : null;
}
import { astToPy, pyToAst } from "./modules/ast.js";
import { getImporter, importModule } from "./eval.js";
