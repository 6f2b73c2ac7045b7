// The built-in (native) modules: what CPython writes in C and lists in sys.builtin_module_names
// (CPython: Modules/config.c's _PyImport_Inittab). Each entry makes a fresh module for one
// interpreter; the import system (../imports.ts) asks here before it searches sys.path, as
// CPython's BuiltinImporter comes first on sys.meta_path.
//
// To add a module: write `export function makeFoo(ctx: NativeContext): PyModule` in its own file
// here and add one line to NATIVE_MODULE_TABLE. Nothing else needs to change.
import type { PyModule } from "../../objects/functions.js";
import type { Host } from "../builtins.js";
import { makeMath } from "./math.js";
import { makeThread, makeWeakref } from "./stopgap.js";
import { makeImp, makeWarningsC } from "./imp.js";
import { makeAst } from "./ast.js";
import { makeOpcode } from "./opcode.js";
import { makeIo } from "./io/module.js";
import { makePosix } from "./os/posix.js";
import { makeErrno } from "./errno.js";
import { makeCodecs } from "./codecs/module.js";

/** What a native module may need from the interpreter that imports it. */
export interface NativeContext {
  host: Host;
}

export type NativeModuleFactory = (ctx: NativeContext) => PyModule;

/** name -> factory. `sys` and `builtins` are made by the interpreter itself. */
export const NATIVE_MODULE_TABLE: Record<string, NativeModuleFactory> = {
  math: () => makeMath(),
  _weakref: () => makeWeakref(),
  _thread: () => makeThread(),
  _imp: () => makeImp(),
  _warnings: () => makeWarningsC(),
  _ast: () => makeAst(),
  _opcode: () => makeOpcode(),
  _io: () => makeIo(),
  posix: (ctx) => makePosix(ctx.host),
  errno: () => makeErrno(),
  _codecs: () => makeCodecs(),
};
