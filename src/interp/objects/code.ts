// The Python-visible code object (CPython: Objects/codeobject.c code_memberlist, code_getsetlist,
// code_methods). The compiler's CodeObject is the data; PyCode is its one Python face (identity
// matters: sys.monitoring.set_local_events keys on it), made lazily and kept on the CodeObject.
import { CodeObject } from "../compile/code.js";
import { coLines, coPositions } from "../compile/linetable.js";
import { Op, OPCODES } from "../compile/opcodes.js";
import { None, PyObject, typeOf, type PyValue } from "./object.js";
import { IndexError, pyError, TypeError } from "./exceptions.js";
import { CodeType, PyBuiltin } from "./functions.js";
import { PyBytesObject } from "./bytes.js";
import { PyList, tuple } from "./containers.js";
import { iter } from "./abstract.js";

export class PyCode extends PyObject {
  constructor(readonly code: CodeObject) {
    super(CodeType);
  }
}

/** The code object Python sees for `code` (always the same one). */
export function pyCode(code: CodeObject): PyCode {
  return (code.pyObject ??= new PyCode(code)) as PyCode;
}

const CACHE = new Uint8Array(256);
for (const info of OPCODES) if (info.code < 256) CACHE[info.code] = info.cache;

/**
 * co_branches(): (source, not-taken, taken) byte offsets of each branch, as PEP 669's BRANCH_LEFT /
 * BRANCH_RIGHT report them. CPython: Python/instrumentation.c branchesiter_next.
 */
export function coBranches(code: CodeObject): [number, number, number][] {
  const units = code.baseCode ?? code.code;
  const out: [number, number, number][] = [];
  let oparg = 0;
  for (let i = 0; i < units.length;) {
    const op = units[i] & 0xff;
    const next = i + 1 + CACHE[op];
    switch (op) {
      case Op.EXTENDED_ARG:
        oparg = (oparg << 8) | (units[i] >> 8);
        break;
      case Op.FOR_ITER:
        oparg = (oparg << 8) | (units[i] >> 8);
        out.push([i * 2, next * 2, (next + oparg + 2) * 2]); // skips END_FOR and POP_ITER
        oparg = 0;
        break;
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
        oparg = (oparg << 8) | (units[i] >> 8);
        out.push([i * 2, (next + 1) * 2, (next + oparg) * 2]); // not-taken skips NOT_TAKEN
        oparg = 0;
        break;
      case Op.END_ASYNC_FOR: {
        oparg = (oparg << 8) | (units[i] >> 8);
        const src = next - oparg;
        out.push([src * 2, (src + 2) * 2, next * 2]);
        oparg = 0;
        break;
      }
      default:
        oparg = 0;
    }
    i = next;
  }
  return out;
}

function method(c: PyCode, name: string, fn: () => PyValue): PyBuiltin {
  return new PyBuiltin(name, () => fn(), c);
}

CodeType.slots.getattr = (c: PyCode, name: string): PyValue | undefined => {
  const code = c.code;
  switch (name) {
    case "co_name": return code.co_name;
    case "co_qualname": return code.co_qualname;
    case "co_filename": return code.co_filename;
    case "co_firstlineno": return code.co_firstlineno;
    case "co_argcount": return code.co_argcount;
    case "co_posonlyargcount": return code.co_posonlyargcount;
    case "co_kwonlyargcount": return code.co_kwonlyargcount;
    case "co_nlocals": return code.co_nlocals;
    case "co_stacksize": return code.co_stacksize;
    case "co_flags": return code.co_flags;
    case "co_varnames": return tuple(code.co_varnames);
    case "co_cellvars": return tuple(code.co_cellvars);
    case "co_freevars": return tuple(code.co_freevars);
    case "co_names": return tuple(code.co_names);
    case "co_code": return new PyBytesObject(code.co_code);
    case "co_linetable": return new PyBytesObject(code.co_linetable);
    case "co_exceptiontable": return new PyBytesObject(code.co_exceptiontable);
    case "co_consts": return tuple(constsHook(code).map((k) => (k instanceof CodeObject ? pyCode(k) : k)));
    case "replace": return new PyBuiltin("replace", (args, kwnames) => codeReplace(c, args, kwnames), c);
    case "__replace__": return new PyBuiltin("__replace__", (args, kwnames) => codeReplace(c, args, kwnames), c);
    case "_varname_from_oparg": return new PyBuiltin("_varname_from_oparg", (args) => {
      const i = Number(args[0]);
      const n = code.localsplusnames[i];
      if (n === undefined) throw pyError(IndexError, "tuple index out of range");
      return n;
    }, c);
    case "co_lines":
      return method(c, "co_lines", () => iter(new PyList(coLines(code.co_linetable, code.co_firstlineno).map(([s, e, l]) => tuple([s, e, l ?? None])))));
    case "co_positions":
      return method(c, "co_positions", () => iter(new PyList(coPositions(code.co_linetable, code.co_firstlineno).map((p) => tuple(p.map((v) => v ?? None))))));
    case "co_branches":
      return method(c, "co_branches", () => iter(new PyList(coBranches(code).map((b) => tuple(b)))));
  }
  return undefined;
};
CodeType.slots.repr = (c: PyCode) => `<code object ${c.code.co_name} at 0x0, file "${c.code.co_filename}", line ${c.code.co_firstlineno}>`;


/** The Python values of a code object's constants (the VM converts and caches them). */
let constsHook: (code: CodeObject) => PyValue[] = () => [];
export function installCodeConsts(f: (code: CodeObject) => PyValue[]): void {
  constsHook = f;
}

// code.replace(**kwargs) (Objects/codeobject.c code_replace_impl): a copy with some fields changed.
// The scalar and name fields are supported; co_code, co_consts and the tables are not yet.
const REPLACEABLE: Record<string, "int" | "str"> = {
  co_argcount: "int", co_posonlyargcount: "int", co_kwonlyargcount: "int", co_stacksize: "int", co_flags: "int",
  co_firstlineno: "int", co_name: "str", co_qualname: "str", co_filename: "str",
};
function codeReplace(c: PyCode, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos) throw pyError(TypeError, `replace() takes no positional arguments`);
  const n = c.code.copy();
  kwnames?.forEach((k, i) => {
    const v = args[npos + i];
    const kind = REPLACEABLE[k];
    if (!kind) throw pyError(TypeError, `replace() got an unexpected keyword argument '${k}'`);
    if (kind === "int") {
      if (typeof v !== "number" && typeof v !== "bigint") throw pyError(TypeError, `replace() argument '${k}' must be int, not ${typeOf(v).name}`);
      (n as unknown as Record<string, number>)[k] = Number(v);
    } else {
      if (typeof v !== "string") throw pyError(TypeError, `replace() argument '${k}' must be str, not ${typeOf(v).name}`);
      (n as unknown as Record<string, string>)[k] = v;
    }
  });
  return pyCode(n);
}
