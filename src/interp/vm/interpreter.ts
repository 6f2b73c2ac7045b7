// The embedding API: an Interpreter with its own builtins, __main__ module and output sinks.
// Runs source text or a file; an uncaught exception is reported as CPython's traceback.
import { parse, type ParseWarning } from "../parse/index.js";
import { compileModule, CompileError } from "../compile/codegen.js";
import type { CodeObject } from "../compile/code.js";
import { PySyntaxError } from "../parse/errors.js";
import { formatSyntaxError } from "../parse/report.js";
import { PyDict, PyList } from "../objects/containers.js";
import { PyModule } from "../objects/functions.js";
import { PyBaseException, SystemExit, KeyboardInterrupt } from "../objects/exceptions.js";
import { None, type PyType, type PyValue } from "../objects/object.js";
import { installWarn } from "../objects/warnings.js";
import { call, getattr, repr, str, isInt } from "../objects/abstract.js";
import { tracebackOf } from "../objects/excobject.js";
import { Frame, runFrame, setBuiltins, tstate, toPyException, requestInterrupt, setImporter } from "./eval.js";
import { ImportSystem } from "./imports.js";
import { LayeredFS, MemoryFS, STDLIB_MOUNT, type ModuleFS } from "./modulefs.js";
import { defaultCodeCache, defaultStdlib, NodeFS } from "./node-fs.js";
import { setCodeCache } from "./imports.js";
import { BytesType } from "../objects/bytes.js";
import { makeSys } from "./modules/sys.js";
import { resetMonitoring } from "../../monitor/state.js";
import { resetLegacy } from "../../monitor/legacy.js";
import { NATIVE_MODULE_TABLE } from "./modules/index.js";
import { makeBuiltins, type Host } from "./builtins.js";
import { formatException } from "./traceback.js";

export interface InterpreterOptions {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Files only this interpreter sees, by absolute path (they shadow the host's). */
  files?: Record<string, string | Uint8Array>;
  /** Read the host's files (Node's fs) for imports: default true. */
  hostFiles?: boolean;
  /** The standard library: a ModuleFS holding CPython's Lib under /lib/python314.zip (default:
   *  pyodide's python_stdlib.zip), or null for none. */
  stdlib?: ModuleFS | null;
  /** Keep compiled modules on disk between processes (default true; TSPY_CODE_CACHE=off disables). */
  codeCache?: boolean;
  /** Called with each imported module's code object before it runs (a debugger's hook). */
  onModuleCode?: (code: CodeObject) => void;
}

export interface RunResult {
  /** process exit status CPython would use: 0, 1 for an uncaught exception, SystemExit's code */
  exitCode: number;
  exception: PyBaseException | null;
}

export class Interpreter {
  readonly builtins: PyModule;
  readonly sys: PyModule;
  readonly imports: ImportSystem;
  readonly sources = new Map<string, string>();
  private readonly out: (t: string) => void;
  /** sys.argv (assigning replaces sys.argv and sys.orig_argv) */
  get argv(): string[] {
    const a = this.sys.dict.get("argv");
    return a instanceof PyList ? a.items.filter((x): x is string => typeof x === "string") : [];
  }
  set argv(v: string[]) {
    this.sys.dict.set("argv", new PyList(v.slice()));
    this.sys.dict.set("orig_argv", new PyList(v.slice()));
  }
  private readonly err: (t: string) => void;

  constructor(opts: InterpreterOptions = {}) {
    this.out = opts.stdout ?? ((t) => process.stdout.write(t));
    this.err = opts.stderr ?? ((t) => process.stderr.write(t));
    const host: Host = { write: (s, t) => (s === "stdout" ? this.out(t) : this.err(t)) };
    this.builtins = makeBuiltins(host);
    installWarn((category, message) => this.warn(category, message));
    setBuiltins(this.builtins.dict);
    // (builtins.ts provides super, __build_class__, globals and locals with their argument checks)
    if (!this.builtins.dict.has("bytes")) this.builtins.dict.set("bytes", BytesType);
    resetMonitoring();
    resetLegacy();
    // one sys module per interpreter; print() follows a replaced sys.stdout
    const sys = makeSys(host, [], this.sources);
    const hostStdout = sys.dict.get("stdout");
    host.replacedStdout = () => {
      const so = sys.dict.get("stdout");
      return so === undefined || so === hostStdout ? null : so;
    };
    this.sys = sys;
    setCodeCache(opts.codeCache === false ? null : defaultCodeCache());
    const stdlib = opts.stdlib === undefined ? defaultStdlib() : opts.stdlib;
    const layers: ModuleFS[] = [];
    if (opts.files) layers.push(new MemoryFS(opts.files));
    if (stdlib) layers.push(stdlib);
    if (opts.hostFiles !== false) layers.push(new NodeFS());
    const native = new Map<string, () => PyModule>();
    const unraisable = (message: string, exc: PyBaseException) => this.err(`${message}:\n${formatException(exc, this.sources)}`);
    for (const [name, make] of Object.entries(NATIVE_MODULE_TABLE)) native.set(name, () => make({ host, unraisable }));
    this.imports = new ImportSystem({
      fs: new LayeredFS(layers), builtins: this.builtins, sys, native,
      stdlibMount: stdlib ? STDLIB_MOUNT : null, cwd: () => process.cwd(), sources: this.sources,
      onModuleCode: opts.onModuleCode,
    });
    if (stdlib) (sys.dict.get("path") as PyList).items.push(STDLIB_MOUNT);
    setImporter(this.imports);
  }

  /** Ask the running program to stop: KeyboardInterrupt is raised in it at the next loop
   *  back-edge (the eval breaker), as Ctrl-C does in CPython. Safe to call from a signal handler. */
  interrupt(): void {
    requestInterrupt();
  }

  /** Run `source` as the __main__ module (like `python FILE`). */
  /** Which (location, message) pairs each module has shown (the __warningregistry__ role). */
  private readonly warned = new WeakMap<PyDict, Set<string>>();

  /** A runtime warning under the default filters: DeprecationWarning only from __main__, once per location. */
  private warn(category: PyType, message: string): void {
    const f = tstate.frame;
    if (!f) return;
    const cat = category.name;
    const module = f.globals.get("__name__");
    if (["PendingDeprecationWarning", "ImportWarning", "ResourceWarning"].includes(cat)) return;
    if (cat === "DeprecationWarning" && module !== "__main__") return;
    const lineno = f.lineno;
    let seen = this.warned.get(f.globals);
    if (!seen) this.warned.set(f.globals, (seen = new Set()));
    const key = `${cat}\0${lineno}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const filename = f.code.co_filename;
    this.err(formatWarning(filename, lineno, cat, message, filename.startsWith("<") ? null : this.sources.get(filename) ?? null));
  }

  /** sys.path[0] for `python FILE`: the script's folder */
  private setScriptPath(filename: string): void {
    const path = this.sys.dict.get("path") as PyList;
    const i = filename.lastIndexOf("/");
    const dir = filename.startsWith("<") ? "" : i < 0 ? process.cwd() : i === 0 ? "/" : filename.slice(0, i);
    path.items.unshift(dir);
  }

  runMain(source: string | Uint8Array, filename: string): RunResult {
    const c = this.compileMain(source, filename);
    if (!c.code) return { exitCode: 1, exception: null };
    return this.runCompiled(c.code, filename);
  }

  /**
   * Compile `source` as the __main__ module. Warnings and a syntax error are reported on stderr as
   * CPython reports them; `code` is null after an error. (A debugger compiles first to see the code
   * objects that will run, then calls runCompiled.)
   */
  compileMain(source: string | Uint8Array, filename: string): { code: CodeObject | null } {
    const text = typeof source === "string" ? source : new TextDecoder().decode(source);
    this.sources.set(filename, text);
    let code: CodeObject;
    const cwarnings: { category: "SyntaxWarning"; message: string; lineno: number }[] = [];
    const flushWarnings = () => {
      for (const w of cwarnings.splice(0)) this.err(formatWarning(filename, w.lineno, w.category, w.message, filename.startsWith("<") ? null : text));
    };
    try {
      const warnings: ParseWarning[] = [];
      const tree = parse(source, filename, "exec", { warnings });
      for (const w of warnings) this.err(formatWarning(filename, w.lineno, w.category, w.message, filename.startsWith("<") ? null : text));
      code = compileModule(tree as never, { filename, source: text, warnings: cwarnings });
      flushWarnings();
    } catch (e) {
      flushWarnings();
      if (e instanceof PySyntaxError) {
        this.err(formatSyntaxError(e));
        return { code: null };
      }
      if (e instanceof CompileError) {
        this.err(`${e.message}\n`);
        return { code: null };
      }
      throw e;
    }
    return { code };
  }

  /** Run compiled module code as __main__. */
  runCompiled(code: CodeObject, filename: string): RunResult {
    setImporter(this.imports);
    this.setScriptPath(filename);
    return this.runAsMain(() => code, (g) => {
      // as `python FILE` (and runpy.run_path) leave it: module_init_dict's five, then these
      g.set("__file__", filename);
      g.set("__cached__", None);
    });
  }

  /**
   * `python -m NAME` (Lib/runpy.py _run_module_as_main): find the module (a package runs its
   * __main__), then run its code as __main__ with the module's spec; sys.path[0] is the current
   * directory and sys.argv[0] the module's file.
   */
  runModule(name: string): RunResult {
    setImporter(this.imports);
    (this.sys.dict.get("path") as PyList).items.unshift(process.cwd());
    let found: { code: CodeObject; spec: PyValue; origin: string } | null = null;
    const r = this.runAsMain(() => {
      found = this.imports.findMainModule(name);
      return found.code;
    }, (g) => {
      const f = found!;
      g.set("__file__", f.origin);
      g.set("__cached__", None);
      g.set("__loader__", getattr(f.spec, "loader"));
      g.set("__package__", getattr(f.spec, "parent"));
      g.set("__spec__", f.spec);
      const argv = this.sys.dict.get("argv");
      if (argv instanceof PyList && argv.items.length) argv.items[0] = f.origin;
    });
    return r;
  }

  private runAsMain(getCode: () => CodeObject, setup: (g: PyDict) => void): RunResult {
    const main = new PyModule("__main__");
    const g = main.dict;
    (this.sys.dict.get("modules") as PyDict).set("__main__", main);
    setBuiltins(this.builtins.dict);
    const result = this.runMainFrame(getCode, setup, g);
    this.runAtexit();
    return result;
  }

  /** Py_FinalizeEx's atexit step: the callbacks of an imported atexit module, last first. */
  private runAtexit(): void {
    const atexit = (this.sys.dict.get("modules") as PyDict).get("atexit");
    if (!(atexit instanceof PyModule)) return;
    const run = atexit.dict.get("_run_exitfuncs");
    if (run === undefined) return;
    try {
      call(run, []);
    } catch (caught) {
      this.err(formatException(toPyException(caught), this.sources));
    }
  }

  private runMainFrame(getCode: () => CodeObject, setup: (g: PyDict) => void, g: PyDict): RunResult {
    try {
      const code = getCode();
      setup(g);
      g.set("__builtins__", this.builtins);
      const frame = new Frame(code, g, this.builtins.dict, g, null);
      runFrame(frame);
      return { exitCode: 0, exception: null };
    } catch (caught) {
      // anything thrown that is not a Python exception is an interpreter bug: report it as
      // CPython reports a SystemError, never as a host crash
      const e = toPyException(caught);
      tstate.excInfo.length = 0;
      if (e.type.isSubtype(SystemExit)) return { exitCode: this.systemExit(e), exception: e };
      if (e.dict?.get("_tspy_runpy") === true) {
        // runpy's _Error: "python: No module named x", exit 1, no traceback
        this.err(`tspy: ${str(e)}\n`);
        return { exitCode: 1, exception: e };
      }
      this.reportUncaught(e);
      // an uncaught KeyboardInterrupt ends CPython by SIGINT: the shell sees 128 + 2
      return { exitCode: e.type.isSubtype(KeyboardInterrupt) ? 130 : 1, exception: e };
    }
  }

  /** An uncaught exception: sys.excepthook if a program replaced it, else the traceback
   *  (Python/pythonrun.c _PyErr_PrintEx: a failing hook is reported, then the original). */
  private reportUncaught(e: PyBaseException): void {
    const hook = this.sys.dict.get("excepthook");
    if (hook === undefined || hook === this.sys.dict.get("__excepthook__") || hook === None) {
      if (hook === None || hook === undefined) this.err("sys.excepthook is missing\n");
      this.err(formatException(e, this.sources));
      return;
    }
    try {
      call(hook, [e.type, e, tracebackOf(e)]);
    } catch (caught) {
      const h = toPyException(caught);
      if (h.type.isSubtype(SystemExit)) return;
      this.err("Error in sys.excepthook:\n");
      this.err(formatException(h, this.sources));
      this.err("\nOriginal exception was:\n");
      this.err(formatException(e, this.sources));
    }
  }

  /** SystemExit semantics (Python/pythonrun.c handle_system_exit). */
  private systemExit(e: PyBaseException): number {
    const code: PyValue = e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : e;
    if (code === None) return 0;
    if (isInt(code)) return Number(code) & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    this.err((typeof code === "string" ? code : str(code)) + "\n");
    return 1;
  }
}

void repr;

/** warnings.formatwarning: "file:line: Category: message" and the source line when known. */
export function formatWarning(filename: string, lineno: number, category: string, message: string, source: string | null): string {
  let s = `${filename}:${lineno}: ${category}: ${message}\n`;
  if (source !== null) {
    const line = source.split(/\r\n|\r|\n/)[lineno - 1];
    if (line !== undefined && line.trim()) s += `  ${line.trim()}\n`;
  }
  return s;
}
