// Code objects (CPython: Include/cpython/code.h, Objects/codeobject.c). The bytecode is CPython's
// code-unit array: one 16-bit unit per opcode+oparg (low byte opcode, high byte oparg), followed by
// the opcode's inline cache units; EXTENDED_ARG prefixes carry larger opargs.
import type { PyValue } from "../objects/object.js";
import type { ExceptionTableEntry } from "./exceptiontable.js";

/** co_flags bits (Include/cpython/code.h). */
export const CO = {
  OPTIMIZED: 0x0001,
  NEWLOCALS: 0x0002,
  VARARGS: 0x0004,
  VARKEYWORDS: 0x0008,
  NESTED: 0x0010,
  GENERATOR: 0x0020,
  NOFREE: 0x0040,
  COROUTINE: 0x0080,
  ITERABLE_COROUTINE: 0x0100,
  ASYNC_GENERATOR: 0x0200,
  HAS_DOCSTRING: 0x4000000,
  METHOD: 0x8000000,
} as const;

/** Kinds of "localsplus" slots (Include/internal/pycore_code.h CO_FAST_*). */
export const FAST = { HIDDEN: 0x10, LOCAL: 0x20, CELL: 0x40, FREE: 0x80, ARG_POS: 0x02, ARG_KW: 0x04, ARG_VAR: 0x08 } as const;

export class CodeObject {
  co_argcount = 0;
  co_posonlyargcount = 0;
  co_kwonlyargcount = 0;
  co_stacksize = 0;
  co_flags = 0;
  co_firstlineno = 1;
  co_name = "<module>";
  co_qualname = "<module>";
  co_filename = "<string>";
  /** code units (opcode | oparg << 8) */
  code: Uint16Array = new Uint16Array(0);
  co_consts: PyValue[] = [];
  co_names: string[] = [];
  /** names of all fast slots: locals (args first), then cells, then frees */
  localsplusnames: string[] = [];
  localspluskinds: number[] = [];
  co_linetable: Uint8Array = new Uint8Array(0);
  exceptionTable: ExceptionTableEntry[] = [];
  co_exceptiontable: Uint8Array = new Uint8Array(0);
  // PEP 669 state, owned by src/monitor (CPython: _co_monitoring, _co_instrumentation_version).
  // Instrumentation rewrites opcodes in `code` in place; `baseCode` keeps the pristine units.
  monitoringData: object | null = null;
  instrumentationVersion = 0;
  /** how many times instrumentation has rewritten `code` (or the opcodes it hides): compiled code
   *  (vm/jit.ts) is for one count. Taking a LINE away is not counted (compiled code reads the unit
   *  at each line start). */
  rewrites = 0;
  baseCode: Uint16Array | null = null;
  /** RESUMEs after a yield that CPython's specializer has quickened to RESUME_CHECK (a generator
   * resumed there while the RESUME was not instrumented); LINE treats them differently (fire.ts). */
  quickenedResumes: Uint8Array | null = null; // 1 at such a RESUME's index
  /** the Python-visible code object (objects/code.ts), made on first use */
  pyObject: object | null = null;
  /** the eval loop's per-code data (constants as Python values, frame templates), made on first
   *  run (CPython keeps the like in the code object: co_consts as objects, co_framesize) */
  vm: unknown = null;

  /** A copy with the pristine bytecode and none of the per-run state (monitoring, the eval loop's
   *  cache, the Python-visible object): what code.replace() and a per-interpreter clone start from. */
  copy(): CodeObject {
    const n = Object.assign(Object.create(CodeObject.prototype) as CodeObject, this);
    n.code = (this.baseCode ?? this.code).slice();
    n.baseCode = null;
    n.monitoringData = null;
    n.instrumentationVersion = 0;
    n.quickenedResumes = null;
    n.pyObject = null;
    n.vm = null;
    return n;
  }

  get co_nlocals(): number {
    let n = 0;
    for (const k of this.localspluskinds) if (k & FAST.LOCAL) n++;
    return n;
  }
  get co_varnames(): string[] {
    return this.localsplusnames.filter((_, i) => this.localspluskinds[i] & FAST.LOCAL);
  }
  get co_cellvars(): string[] {
    return this.localsplusnames.filter((_, i) => this.localspluskinds[i] & FAST.CELL);
  }
  get co_freevars(): string[] {
    return this.localsplusnames.filter((_, i) => this.localspluskinds[i] & FAST.FREE);
  }
  get nlocalsplus(): number {
    return this.localsplusnames.length;
  }
  /** co_code as bytes (little-endian units) */
  get co_code(): Uint8Array {
    const code = this.baseCode ?? this.code;
    const b = new Uint8Array(code.length * 2);
    for (let i = 0; i < code.length; i++) { b[2 * i] = code[i] & 0xff; b[2 * i + 1] = code[i] >> 8; }
    return b;
  }
}
