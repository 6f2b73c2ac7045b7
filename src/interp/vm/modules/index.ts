// The built-in (native) modules: what CPython writes in C and lists in sys.builtin_module_names
// (CPython: Modules/config.c's _PyImport_Inittab). Each entry makes a fresh module for one
// interpreter; the import system (../imports.ts) asks here before it searches sys.path, as
// CPython's BuiltinImporter comes first on sys.meta_path.
//
// To add a module: write `export function makeFoo(ctx: NativeContext): PyModule` in its own file
// here and add one line to NATIVE_MODULE_TABLE. Nothing else needs to change.
import type { PyModule } from "../../objects/functions.js";
import type { Host } from "../builtins.js";
import type { PyBaseException } from "../../objects/exceptions.js";
import { makeMath } from "./math.js";
import { makeRandom } from "./_random.js";
import { makeSha2 } from "./_sha2.js";
import { makeTime } from "./time.js";
import { makeAtexit } from "./atexit.js";
import { makeString } from "./_string.js";
import { makeGc } from "./gc.js";
import { makeSignal } from "./_signal.js";
import { makeLocale } from "./_locale.js";
import { makeContextvars } from "./_contextvars.js";
import { makeThread } from "./_thread.js";
import { makeWeakref } from "./_weakref.js";
import { makeUnicodedata } from "./unicodedata.js";
import { makeCmath } from "./cmath.js";
import { makeSre } from "./sre/module.js";
import { makeItertools } from "./itertools.js";
import { makeCollections } from "./collections.js";
import { makeFunctools } from "./functools.js";
import { makeOperator } from "./operator.js";
import { makeStruct } from "./struct.js";
import { makeHeapq } from "./heapq.js";
import { makeBisect } from "./bisect.js";
import { makeImp, makeWarningsC } from "./imp.js";
import { makeAst } from "./ast.js";
import { makeOpcode } from "./opcode.js";
import { makeTyping } from "./typing.js";
import { makeMarshal } from "./marshal.js";
import { makeTokenize } from "./tokenize.js";
import { makeBinascii } from "./binascii.js";
import { makeIo } from "./io/module.js";
import { makePosix } from "./os/posix.js";
import { makeErrno } from "./errno.js";
import { makeCodecs } from "./codecs/module.js";
import { makeSysconfigData } from "./sysconfigdata.js";
import { makeDecimal } from "./decimal/module.js";
import { makeJson } from "./json.js";
import { makePosixSubprocess, makeSelect, makeSocket } from "./hostless.js";

/** What a native module may need from the interpreter that imports it. */
export interface NativeContext {
  host: Host;
  /** report an exception nobody can catch (CPython: PyErr_FormatUnraisable): the message line,
   *  then the traceback, on stderr */
  unraisable?: (message: string, exc: PyBaseException) => void;
}

export type NativeModuleFactory = (ctx: NativeContext) => PyModule;

/** name -> factory. `sys` and `builtins` are made by the interpreter itself. */
export const NATIVE_MODULE_TABLE: Record<string, NativeModuleFactory> = {
  math: () => makeMath(),
  _random: (ctx) => makeRandom(ctx.host),
  _sha2: () => makeSha2(),
  time: (ctx) => makeTime(ctx.host),
  atexit: (ctx) => makeAtexit(ctx),
  _string: () => makeString(),
  gc: () => makeGc(),
  _signal: () => makeSignal(),
  _locale: () => makeLocale(),
  _contextvars: () => makeContextvars(),
  _sre: () => makeSre(),
  itertools: () => makeItertools(),
  _collections: () => makeCollections(),
  _functools: () => makeFunctools(),
  _operator: () => makeOperator(),
  _struct: () => makeStruct(),
  _heapq: () => makeHeapq(),
  _bisect: () => makeBisect(),
  _weakref: () => makeWeakref(),
  _thread: (ctx) => makeThread(ctx.host),
  unicodedata: () => makeUnicodedata(),
  cmath: () => makeCmath(),
  _imp: () => makeImp(),
  _warnings: () => makeWarningsC(),
  _ast: () => makeAst(),
  _opcode: () => makeOpcode(),
  _typing: () => makeTyping(),
  marshal: () => makeMarshal(),
  _tokenize: () => makeTokenize(),
  binascii: () => makeBinascii(),
  _io: () => makeIo(),
  posix: (ctx) => makePosix(ctx.host),
  errno: () => makeErrno(),
  _codecs: () => makeCodecs(),
  _sysconfigdata__linux_tspy: () => makeSysconfigData(),
  _decimal: () => makeDecimal(),
  _json: () => makeJson(),
  _socket: () => makeSocket(),
  select: () => makeSelect(),
  _posixsubprocess: () => makePosixSubprocess(),
};
