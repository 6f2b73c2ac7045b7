// The embedding API: an Interpreter with its own builtins, __main__ module and output sinks.
// Runs source text or a file; an uncaught exception is reported as CPython's traceback.
import { parse, type ParseWarning } from "../parse/index.js";
import { compileModule, CompileError } from "../compile/codegen.js";
import type { CodeObject } from "../compile/code.js";
import { PySyntaxError, PySourceTooComplex } from "../parse/errors.js";
import { formatSyntaxError } from "../parse/report.js";
import { PyDict, PyList } from "../objects/containers.js";
import { PyModule } from "../objects/functions.js";
import { PyBaseException, SystemExit, KeyboardInterrupt } from "../objects/exceptions.js";
import { None, PyObject, type PyType, type PyValue } from "../objects/object.js";
import { installWarn } from "../objects/warnings.js";
import { call, getattr, getattrOrUndefined, repr, str, isInt } from "../objects/abstract.js";
import { tracebackOf } from "../objects/excobject.js";
import { Frame, runFrame, setBuiltins, tstate, toPyException, requestInterrupt, setImporter } from "./eval.js";
import { ImportSystem } from "./imports.js";
import { LayeredFS, MemoryFS, STDLIB_MOUNT, type ModuleFS } from "./modulefs.js";
import { defaultCodeCache } from "./host-codecache.js";
import { setCodeCache } from "./imports.js";
import { BytesType } from "../objects/bytes.js";
import { setIntMaxStrDigits } from "../objects/numbers.js";
import { makeSys } from "./modules/sys.js";
import { resetMonitoring } from "../../monitor/state.js";
import { resetLegacy } from "../../monitor/legacy.js";
import { NATIVE_MODULE_TABLE } from "./modules/index.js";
import { makeBuiltins, type Host } from "./builtins.js";
import { formatException } from "./traceback.js";
import { FdTable, setActiveFds } from "./fdtable.js";
import type { HostFS } from "./hostfs.js";
import { defaultStdlib, HostModuleFS, NodeFS, nodeRealpath, nodeStdin } from "./host-node.js";
import { NoFS, RootedFS } from "./host-sandbox.js";
import { MemoryFilesFS } from "./host-memfiles.js";
import { resetCodecRegistry } from "./modules/codecs/registry.js";
import { flushAbandonedWriters } from "./modules/io/iobase.js";
import { installReprWrappers } from "../objects/typeslots.js";

export interface InterpreterOptions {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Standard input: the whole text, or a function giving up to `max` bytes (empty at the end).
   *  Default: the process's stdin. */
  stdin?: string | Uint8Array | ((max: number) => Uint8Array);
  /** File access: the host's file system (default, node:fs), "none" (every access is
   *  PermissionError), { root } (only paths under root), or any HostFS (a browser host's). */
  fs?: "none" | { root: string } | HostFS;
  /** Whether the standard streams are a terminal (sys.stdout line-buffered, isatty() True).
   *  Default: process.stdout.isTTY with the default sinks; true with embedder sinks, which
   *  usually show output as it comes (a debugger's console). A function answers per descriptor
   *  (the CLI asks the OS, as CPython's isatty(fd) does). */
  isatty?: boolean | ((fd: 0 | 1 | 2) => boolean);
  /** The environment os.environ shows (default: the process's). */
  env?: Record<string, string>;
  /** Files only this interpreter sees, by absolute path (they shadow the host's). */
  files?: Record<string, string | Uint8Array>;
  /** Use the host's files (imports and open()): default true; false is `fs: "none"` too. */
  hostFiles?: boolean;
  /** The standard library: a ModuleFS holding CPython's Lib under /lib/python314.zip (default:
   *  pyodide's python_stdlib.zip), or null for none. */
  stdlib?: ModuleFS | null;
  /** Keep compiled modules on disk between processes (default true; TSPY_CODE_CACHE=off disables). */
  codeCache?: boolean;
  /** Called with each imported module's code object before it runs (a debugger's hook). */
  onModuleCode?: (code: CodeObject) => void;
}

function makeFs(fs: InterpreterOptions["fs"]): HostFS {
  if (fs === undefined) return new NodeFS();
  if (fs === "none") return new NoFS();
  if ("root" in fs && typeof fs.root === "string" && !("open" in fs)) return new RootedFS(new NodeFS(), fs.root, nodeRealpath);
  return fs as HostFS;
}

function makeStdin(stdin: InterpreterOptions["stdin"]): (max: number) => Uint8Array {
  if (stdin === undefined) return nodeStdin;
  if (typeof stdin === "function") return stdin;
  let data = typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin;
  return (max) => {
    const out = data.subarray(0, max);
    data = data.subarray(out.length);
    return out;
  };
}

export interface RunResult {
  /** process exit status CPython would use: 0, 1 for an uncaught exception, SystemExit's code */
  exitCode: number;
  exception: PyBaseException | null;
}

export class Interpreter {
  readonly builtins: PyModule;
  /** this interpreter's file descriptors (host files and the standard streams) */
  readonly fds: FdTable;
  readonly sys: PyModule;
  readonly imports: ImportSystem;
  /** the embedder's files and the __main__ sources run, readable through the HostFS */
  private givenFiles: Map<string, Uint8Array>;
  /** sys.__stdout__ and sys.__stderr__ as created */
  private stdStreams: PyValue[] = [];

  /** Text for sys.stderr (tracebacks, warnings, SystemExit's message), as CPython writes them;
   *  straight to the host when sys.stderr is unusable. */
  private writeStderr(text: string): void {
    try {
      const se = this.sys.dict.get("stderr");
      if (se !== undefined && se !== None) {
        call(getattr(se, "write"), [text]);
        call(getattr(se, "flush"), []);
        return;
      }
      if (se === None) return;
    } catch {
      // fall through to the host
    }
    this.err(text);
  }

  /** flush_std_files (Python/pylifecycle.c): flush sys.stdout and sys.stderr at exit. */
  flushStdFiles(): void {
    flushAbandonedWriters();
    // then the original streams, as their finalization does in CPython (a program that replaced
    // sys.stdout after printing still has its earlier output written)
    const files = [this.sys.dict.get("stdout"), this.sys.dict.get("stderr"), ...this.stdStreams];
    for (const f of new Set(files)) {
      if (f === undefined || f === None) continue;
      try {
        call(getattr(f, "flush"), []);
      } catch {
        // CPython reports nothing useful here either (the stream may be closed)
      }
    }
  }
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
    installReprWrappers();
    this.out = opts.stdout ?? ((t) => process.stdout.write(t));
    this.err = opts.stderr ?? ((t) => process.stderr.write(t));
    const tty = opts.isatty ?? (opts.stdout ? true : !!process.stdout?.isTTY);
    // hostFiles: false means no host files at all: neither imports nor open() reach them
    const given = new Map<string, Uint8Array>();
    for (const [p, v] of Object.entries(opts.files ?? {})) given.set(p, typeof v === "string" ? new TextEncoder().encode(v) : v);
    this.givenFiles = given;
    const hostFs = new MemoryFilesFS(makeFs(opts.fs ?? (opts.hostFiles === false ? "none" : undefined)), given);
    const fds = new FdTable(hostFs, {
      readStdin: makeStdin(opts.stdin),
      writeText: (stream, text) => (stream === "stdout" ? this.out(text) : this.err(text)),
      isatty: (fd) => (typeof tty === "function" ? tty(fd) : fd === 0 && opts.stdin !== undefined ? false : tty),
    });
    this.fds = fds;
    setActiveFds(fds);
    resetCodecRegistry();
    const host: Host = {
      write: (s, t) => (s === "stdout" ? this.out(t) : this.err(t)),
      fds,
      sysAttr: (name) => this.sys.dict.get(name),
      env: () => opts.env ?? Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
      envChanges: new Map(),
      pid: typeof process !== "undefined" ? process.pid : 1,
    };
    this.builtins = makeBuiltins(host);
    installWarn((category, message) => this.warn(category, message));
    setBuiltins(this.builtins.dict);
    // (builtins.ts provides super, __build_class__, globals and locals with their argument checks)
    if (!this.builtins.dict.has("bytes")) this.builtins.dict.set("bytes", BytesType);
    resetMonitoring();
    resetLegacy();
    // sys.set_int_max_str_digits is per interpreter (PyConfig.int_max_str_digits): a fresh one
    // starts from the default limit
    setIntMaxStrDigits(4300);
    // one sys module per interpreter
    const sys = makeSys(host, [], this.sources);
    this.stdStreams = [sys.dict.get("__stdout__")!, sys.dict.get("__stderr__")!];
    this.sys = sys;
    setCodeCache(opts.codeCache === false ? null : defaultCodeCache());
    const stdlib = opts.stdlib === undefined ? defaultStdlib() : opts.stdlib;
    const layers: ModuleFS[] = [];
    if (opts.files) layers.push(new MemoryFS(opts.files));
    if (stdlib) layers.push(stdlib);
    // the program's own files come through the one host file system (sandbox included)
    if (opts.hostFiles !== false) layers.push(new HostModuleFS(fds.fs));
    const native = new Map<string, () => PyModule>();
    const unraisable = (message: string, exc: PyBaseException) => this.err(`${message}:\n${formatException(exc, this.sources)}`);
    for (const [name, make] of Object.entries(NATIVE_MODULE_TABLE)) native.set(name, () => make({ host, unraisable }));
    this.imports = new ImportSystem({
      fs: new LayeredFS(layers), builtins: this.builtins, sys, native,
      stdlibMount: stdlib ? STDLIB_MOUNT : null, cwd: () => fds.fs.getcwd(), sources: this.sources,
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
    // Once the program has imported warnings, its filters (catch_warnings, simplefilter("error"),
    // a replaced showwarning) decide, as for CPython's PyErr_WarnEx (Python/_warnings.c do_warn:
    // setup_context, then warn_explicit with the module's __warningregistry__)
    const wmod = this.imports.modules.get("warnings");
    const warnExplicit = wmod instanceof PyObject ? getattrOrUndefined(wmod, "warn_explicit") : undefined;
    if (warnExplicit !== undefined) {
      let registry = f.globals.get("__warningregistry__");
      if (!(registry instanceof PyDict)) f.globals.set("__warningregistry__", (registry = new PyDict()));
      call(warnExplicit, [message, category, f.code.co_filename, f.lineno, module ?? "<string>", registry, f.globals], null);
      return;
    }
    if (["PendingDeprecationWarning", "ImportWarning", "ResourceWarning"].includes(cat)) return;
    if (cat === "DeprecationWarning" && module !== "__main__") return;
    const lineno = f.lineno;
    let seen = this.warned.get(f.globals);
    if (!seen) this.warned.set(f.globals, (seen = new Set()));
    const key = `${cat}\0${lineno}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const filename = f.code.co_filename;
    this.writeStderr(formatWarning(filename, lineno, cat, message, filename.startsWith("<") ? null : this.sources.get(filename) ?? null));
  }

  /** sys.path[0] for `python FILE`: the script's folder */
  private setScriptPath(filename: string): void {
    const path = this.sys.dict.get("path") as PyList;
    const i = filename.lastIndexOf("/");
    const dir = filename.startsWith("<") ? "" : i < 0 ? this.fds.fs.getcwd() : i === 0 ? "/" : filename.slice(0, i);
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
    if (!filename.startsWith("<")) this.givenFiles.set(filename, typeof source === "string" ? new TextEncoder().encode(source) : source);
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
      // source nested deeper than the host stack (CPython: Parser/parser.c MAXSTACK, and
      // Python/compile.c's "maximum recursion depth exceeded during compilation"), reported as
      // pymain_run_file reports an error with no traceback
      if (e instanceof PySourceTooComplex) {
        this.err(`MemoryError: ${e.msg}\n`);
        return { code: null };
      }
      if (e instanceof RangeError) {
        this.err("RecursionError: maximum recursion depth exceeded during compilation\n");
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
    (this.sys.dict.get("path") as PyList).items.unshift(this.fds.fs.getcwd());
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
    setActiveFds(this.fds);
    const result = this.runMainFrame(getCode, setup, g);
    this.runAtexit();
    // what the exit functions printed is flushed too (Py_FinalizeEx flushes after atexit)
    this.flushStdFiles();
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
      this.flushStdFiles();
      return { exitCode: 0, exception: null };
    } catch (caught) {
      // anything thrown that is not a Python exception is an interpreter bug: report it as
      // CPython reports a SystemError, never as a host crash
      const e = toPyException(caught);
      tstate.excInfo.length = 0;
      if (e.type.isSubtype(SystemExit)) {
        const exitCode = this.systemExit(e);
        this.flushStdFiles();
        return { exitCode, exception: e };
      }
      if (e.dict?.get("_tspy_runpy") === true) {
        // runpy's _Error: "python: No module named x", exit 1, no traceback
        this.flushStdFiles();
        this.err(`tspy: ${str(e)}\n`);
        return { exitCode: 1, exception: e };
      }
      this.reportUncaught(e);
      this.flushStdFiles();
      // an uncaught KeyboardInterrupt ends CPython by SIGINT: the shell sees 128 + 2
      return { exitCode: e.type.isSubtype(KeyboardInterrupt) ? 130 : 1, exception: e };
    }
  }

  /** An uncaught exception: sys.excepthook if a program replaced it, else the traceback
   *  (Python/pythonrun.c _PyErr_PrintEx: a failing hook is reported, then the original). */
  private reportUncaught(e: PyBaseException): void {
    const hook = this.sys.dict.get("excepthook");
    if (hook === undefined || hook === this.sys.dict.get("__excepthook__") || hook === None) {
      if (hook === None || hook === undefined) this.writeStderr("sys.excepthook is missing\n");
      this.writeStderr(formatException(e, this.sources));
      return;
    }
    try {
      call(hook, [e.type, e, tracebackOf(e)]);
    } catch (caught) {
      const h = toPyException(caught);
      if (h.type.isSubtype(SystemExit)) return;
      this.writeStderr("Error in sys.excepthook:\n");
      this.writeStderr(formatException(h, this.sources));
      this.writeStderr("\nOriginal exception was:\n");
      this.writeStderr(formatException(e, this.sources));
    }
  }

  /** SystemExit semantics (Python/pythonrun.c handle_system_exit). */
  private systemExit(e: PyBaseException): number {
    const code: PyValue = e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : e;
    if (code === None) return 0;
    if (isInt(code)) return Number(code) & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    this.writeStderr((typeof code === "string" ? code : str(code)) + "\n");
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
