// The import system: `import`, `from ... import`, __import__, sys.modules, sys.path, sys.meta_path,
// packages (regular and namespace), relative imports. The algorithm is CPython's
// (Python/import.c PyImport_ImportModuleLevelObject and Lib/importlib/_bootstrap.py _find_and_load,
// _load_unlocked, _init_module_attrs, _handle_fromlist, _calc___package__, _resolve_name;
// _bootstrap_external.py FileFinder.find_spec), done natively; the objects Python sees (specs,
// loaders, finders) come from bootstrap.ts. Compiled code is cached per process by file path and
// source bytes (a changed file is recompiled); each interpreter runs its own copy of the code.
import { CodeObject } from "../compile/code.js";
import { compileModule, CompileError } from "../compile/codegen.js";
import { marshalCode, unmarshalCode } from "../compile/marshal.js";
import { parse } from "../parse/index.js";
import { PySyntaxError } from "../parse/errors.js";
import { decodeSource } from "../parse/source.js";
import { None, typeOf, type PyType, type PyValue } from "../objects/object.js";
import { PyDict, PyList, tuple } from "../objects/containers.js";
import { PyBuiltin, PyModule } from "../objects/functions.js";
import { ImportError, ModuleNotFoundError, pyError, PyBaseException, TypeError, ValueError, KeyError, AttributeError, EXCEPTION_TYPES } from "../objects/exceptions.js";
import { call, getattr, getattrOrUndefined, iterateToArray, PyInstance, setattr, truthy, typeName } from "../objects/abstract.js";
import { PyBytesObject } from "../objects/bytes.js";
import { Frame, runFrame } from "./eval.js";
import { BOOTSTRAP_FILENAME, BOOTSTRAP_SOURCE } from "./bootstrap.js";
import { joinPath, type ModuleFS } from "./modulefs.js";
import { syntaxErrorObject } from "../objects/syntaxerror.js";
import { installObjectImportHook } from "../objects/objectmethods.js";
import { installImpBackend } from "./modules/imp.js";

export interface ImportContext {
  fs: ModuleFS;
  builtins: PyModule;
  sys: PyModule;
  /** native module factories by name (sys.builtin_module_names) */
  native: Map<string, () => PyModule>;
  /** where the standard library zip is mounted (sys.path holds it), or null */
  stdlibMount: string | null;
  /** the host's current directory, for the '' entry of sys.path */
  cwd: () => string;
  /** source text by file name, for tracebacks */
  sources: Map<string, string>;
  /** told of each module's code before it runs (a debugger arms breakpoints in it) */
  onModuleCode?: (code: CodeObject) => void;
}

// ---- the compile cache (per process) --------------------------------------------------------------

/** sys.implementation.cache_tag */
const CACHE_TAG = "tspy-314";

const compiled = new Map<string, { bytes: Uint8Array; text: string; code: CodeObject }>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A fresh copy of a code object tree: instrumentation state is per interpreter. */
function cloneCode(c: CodeObject): CodeObject {
  const n = c.copy();
  n.co_consts = c.co_consts.map((k) => (k instanceof CodeObject ? (cloneCode(k) as unknown as PyValue) : k));
  return n;
}

/** Compiled code kept between processes (host-codecache.ts DiskCodeCache). */
export interface CodeCache {
  key(filename: string, source: Uint8Array): string;
  get(key: string): string | null;
  set(key: string, data: string): void;
}
let codeCache: CodeCache | null = null;
export function setCodeCache(c: CodeCache | null): void {
  codeCache = c;
}

/** Compile module source, raising SyntaxError as a Python exception. */
export function compileSource(bytes: Uint8Array, filename: string, sources: Map<string, string>): CodeObject {
  const hit = compiled.get(filename);
  if (hit && sameBytes(hit.bytes, bytes)) {
    sources.set(filename, hit.text);
    return cloneCode(hit.code);
  }
  let text: string;
  let code: CodeObject | null = null;
  try {
    text = decodeSource(bytes, filename);
    sources.set(filename, text);
    const key = codeCache?.key(filename, bytes) ?? null;
    const stored = key !== null ? codeCache!.get(key) : null;
    if (stored !== null) {
      try {
        code = unmarshalCode(stored);
      } catch {
        code = null; // a damaged entry: compile again
      }
    }
    if (code === null) {
      const tree = parse(bytes, filename, "exec");
      code = compileModule(tree as never, { filename, source: text });
      if (key !== null) codeCache!.set(key, marshalCode(code));
    }
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorObject(e);
    if (e instanceof CompileError) throw pyError(ImportError, e.message);
    throw e;
  }
  compiled.set(filename, { bytes, text, code });
  return cloneCode(code);
}

// ---- helpers --------------------------------------------------------------------------------------

function importError(type: typeof ImportError, msg: string, name: PyValue, path: PyValue = None): PyBaseException {
  const e = pyError(type, msg);
  e.dict = new PyDict();
  e.dict.set("name", name);
  e.dict.set("path", path);
  return e;
}

const rpartition = (s: string): [string, string] => {
  const i = s.lastIndexOf(".");
  return i < 0 ? ["", s] : [s.slice(0, i), s.slice(i + 1)];
};

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i <= 0 ? (i === 0 ? "/" : "") : path.slice(0, i);
}

// ---- the import system of one interpreter ---------------------------------------------------------

export class ImportSystem {
  readonly modules: PyDict;
  readonly path: PyList;
  readonly metaPath: PyList;
  private readonly boot: PyDict;
  private readonly cls: Record<"ModuleSpec" | "BuiltinImporter" | "SourceFileLoader" | "zipimporter" | "NamespaceLoader" | "PathFinder", PyValue>;
  private readonly zipLoaders = new Map<string, PyValue>();
  /** the original builtins.__import__: IMPORT_NAME calls a replacement only (ceval.c import_name) */
  readonly builtinImport: PyBuiltin;

  constructor(private readonly ctx: ImportContext) {
    const sysd = ctx.sys.dict;
    this.modules = sysd.get("modules") as PyDict;
    this.path = sysd.get("path") as PyList;
    this.metaPath = new PyList([]);
    sysd.set("meta_path", this.metaPath);
    sysd.set("path_hooks", new PyList([]));
    sysd.set("path_importer_cache", new PyDict());
    sysd.set("builtin_module_names", tuple([...ctx.native.keys(), "builtins", "sys"].sort()));
    this.modules.set("sys", ctx.sys);
    this.modules.set("builtins", ctx.builtins);

    // the bootstrap classes, in a module of their own (CPython: _frozen_importlib)
    const bootMod = new PyModule("_frozen_importlib");
    this.boot = bootMod.dict;
    this.boot.set("__builtins__", ctx.builtins);
    const def = (name: string, fn: (a: PyValue[]) => PyValue) => this.boot.set(name, new PyBuiltin(name, (a) => fn(a)));
    def("_tspy_is_builtin", (a) => ctx.native.has(a[0] as string) || a[0] === "sys" || a[0] === "builtins");
    def("_tspy_create_builtin", (a) => this.createBuiltin(a[0] as string));
    def("_tspy_read", (a) => {
      const p = a[0];
      if (typeof p !== "string") throw pyError(TypeError, `expected str, bytes or os.PathLike object, not ${typeName(p)}`);
      const b = ctx.fs.read(p);
      if (!b) {
        const e = pyError(EXCEPTION_TYPES.get("FileNotFoundError")!, `[Errno 2] No such file or directory: '${p}'`);
        e.args = [2, "No such file or directory"];
        throw e;
      }
      return new PyBytesObject(b);
    });
    def("_tspy_decode_source", (a) => decodeSource((a[0] as PyBytesObject).bytes, "<source>"));
    def("_tspy_compile", (a) => compileSource((a[0] as PyBytesObject).bytes, a[1] as string, ctx.sources) as unknown as PyValue);
    def("_tspy_exec_module", (a) => { this.execModule(a[0] as PyModule); return None; });
    def("_tspy_zip_path", (a) => this.zipPath(a[0] as string, a[1] as string) ?? None);
    def("_tspy_find_spec", (a) => this.pathFind(a[0] as string, a[1] === None || a[1] === undefined ? null : a[1]) ?? None);
    const code = compileSource(new TextEncoder().encode(BOOTSTRAP_SOURCE), BOOTSTRAP_FILENAME, new Map());
    runFrame(new Frame(code, this.boot, ctx.builtins.dict, this.boot, null));
    const c = (n: string) => this.boot.get(n) as PyValue;
    this.cls = {
      ModuleSpec: c("ModuleSpec"), BuiltinImporter: c("BuiltinImporter"), SourceFileLoader: c("SourceFileLoader"),
      zipimporter: c("zipimporter"), NamespaceLoader: c("NamespaceLoader"), PathFinder: c("PathFinder"),
    };
    this.metaPath.items.push(this.cls.BuiltinImporter);
    this.metaPath.items.push(this.cls.PathFinder);
    // sys and builtins get their specs as CPython's _setup gives them
    for (const m of [ctx.sys, ctx.builtins]) this.initModuleAttrs(this.builtinSpec(m.name), m, true);
    installObjectImportHook((n) => this.gcdImport(n));
    installImpBackend({
      isBuiltin: (n) => ctx.native.has(n) || n === "sys" || n === "builtins",
      createBuiltin: (n) => this.createBuiltin(n),
    });
    this.builtinImport = new PyBuiltin("__import__", (args, kwnames) => this.dunderImport(args, kwnames));
    ctx.builtins.dict.set("__import__", this.builtinImport);
  }

  // ---- __import__ (Python/import.c PyImport_ImportModuleLevelObject) ----

  private dunderImport(args: PyValue[], kwnames: readonly string[] | null): PyValue {
    const names = ["name", "globals", "locals", "fromlist", "level"];
    const vals: PyValue[] = [None, None, None, tuple([]), 0];
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos > 5) throw pyError(TypeError, `__import__() takes at most 5 arguments (${npos} given)`);
    for (let i = 0; i < npos; i++) vals[i] = args[i];
    kwnames?.forEach((k, i) => {
      const j = names.indexOf(k);
      if (j < 0) throw pyError(TypeError, `__import__() got an unexpected keyword argument '${k}'`);
      vals[j] = args[npos + i];
    });
    if (npos === 0 && !kwnames?.includes("name")) throw pyError(TypeError, "__import__() missing required argument 'name' (pos 1)");
    const name = vals[0];
    if (typeof name !== "string") throw pyError(TypeError, "module name must be a string");
    const level = vals[4];
    if (typeof level !== "number" && typeof level !== "bigint" && typeof level !== "boolean") {
      throw pyError(TypeError, `'${typeName(level)}' object cannot be interpreted as an integer`);
    }
    const globals = vals[1] instanceof PyDict ? vals[1] : null;
    return this.importModuleLevel(name, globals, vals[3], Number(level));
  }

  /** IMPORT_NAME */
  importName(name: string, globals: PyDict, fromlist: PyValue, level: number): PyValue {
    const imp = this.ctx.builtins.dict.get("__import__");
    if (imp !== this.builtinImport && imp !== undefined) {
      return call(imp, [name, globals, None, fromlist, level]);
    }
    return this.importModuleLevel(name, globals, fromlist, level);
  }

  importModuleLevel(name: string, globals: PyDict | null, fromlist: PyValue, level: number): PyValue {
    if (level < 0) throw pyError(ValueError, "level must be >= 0");
    let absName: string;
    if (level > 0) absName = this.resolveName(name, globals, level);
    else {
      if (name === "") throw pyError(ValueError, "Empty module name");
      absName = name;
    }
    const mod = this.gcdImport(absName);
    const hasFrom = fromlist !== None && fromlist !== undefined && truthy(fromlist);
    if (!hasFrom) {
      if (level === 0 || name.length > 0) {
        const dot = name.indexOf(".");
        if (dot < 0) return mod;
        if (level === 0) return this.gcdImport(name.slice(0, dot));
        const cutOff = name.length - dot;
        const modName = (getattr(mod, "__name__") as string);
        const want = modName.slice(0, modName.length - cutOff);
        const m = this.modules.get(want);
        if (m === undefined) throw pyError(KeyError, `'${want}' not in sys.modules as expected`);
        return m;
      }
      return mod;
    }
    if (getattrOrUndefined(mod, "__path__") !== undefined) this.handleFromlist(mod, fromlist, false);
    return mod;
  }

  /** _bootstrap._calc___package__ + _resolve_name, with import.c's messages */
  private resolveName(name: string, globals: PyDict | null, level: number): string {
    if (!globals) throw pyError(KeyError, "'__name__' not in globals");
    let pkg = globals.get("__package__");
    const spec = globals.get("__spec__");
    if (pkg !== undefined && pkg !== None) {
      if (typeof pkg !== "string") throw pyError(TypeError, "package must be a string");
    } else if (spec !== undefined && spec !== None) {
      pkg = this.specParent(spec);
      if (typeof pkg !== "string") throw pyError(TypeError, "__spec__.parent must be a string");
    } else {
      const n = globals.get("__name__");
      if (n === undefined) throw pyError(KeyError, "'__name__' not in globals");
      if (typeof n !== "string") throw pyError(TypeError, "__name__ must be a string");
      pkg = globals.has("__path__") ? n : rpartition(n)[0];
    }
    const p = pkg as string;
    if (p === "") throw importError(ImportError, "attempted relative import with no known parent package", None);
    const bits = p.split(".");
    if (bits.length < level) throw importError(ImportError, "attempted relative import beyond top-level package", None);
    const base = bits.slice(0, bits.length - (level - 1)).join(".");
    return name ? `${base}.${name}` : base;
  }

  /** _handle_fromlist: import submodules named in `from pkg import a, b` that are not attributes */
  private handleFromlist(mod: PyValue, fromlist: PyValue, recursive: boolean): void {
    for (const x of iterateToArray(fromlist)) {
      if (typeof x !== "string") {
        const where = recursive ? `${getattr(mod, "__name__") as string}.__all__` : "``from list''";
        throw pyError(TypeError, `Item in ${where} must be str, not ${typeName(x)}`);
      }
      if (x === "*") {
        if (!recursive) {
          const all = getattrOrUndefined(mod, "__all__");
          if (all !== undefined) this.handleFromlist(mod, all, true);
        }
      } else if (getattrOrUndefined(mod, x) === undefined) {
        const fromName = `${getattr(mod, "__name__") as string}.${x}`;
        try {
          this.gcdImport(fromName);
        } catch (e) {
          if (e instanceof PyBaseException && e.type.isSubtype(ModuleNotFoundError) &&
              e.dict?.get("name") === fromName && this.modules.get(fromName) !== None) continue;
          throw e;
        }
      }
    }
  }

  // ---- _gcd_import / _find_and_load ----

  gcdImport(name: string): PyValue {
    const m = this.modules.get(name);
    if (m !== undefined) {
      if (m === None) throw importError(ModuleNotFoundError, `import of ${name} halted; None in sys.modules`, name);
      return m;
    }
    return this.findAndLoad(name);
  }

  private findAndLoad(name: string): PyValue {
    const [parent, child] = rpartition(name);
    let path: PyValue | null = null;
    let parentModule: PyValue | null = null;
    let parentSpec: PyValue | undefined;
    if (parent) {
      if (!this.modules.has(parent)) this.gcdImport(parent);
      const again = this.modules.get(name);
      if (again !== undefined) return again;
      parentModule = this.modules.get(parent) as PyValue;
      const p = getattrOrUndefined(parentModule, "__path__");
      if (p === undefined) throw importError(ModuleNotFoundError, `No module named '${name}'; '${parent}' is not a package`, name);
      path = p;
      parentSpec = getattrOrUndefined(parentModule, "__spec__");
      if (parentSpec !== undefined && parentSpec !== None) {
        const u = getattrOrUndefined(parentSpec, "_uninitialized_submodules");
        if (u instanceof PyList) u.items.push(child);
      }
    }
    let module: PyValue;
    try {
      const spec = this.findSpec(name, path);
      if (spec === null) throw importError(ModuleNotFoundError, `No module named '${name}'`, name);
      module = this.loadUnlocked(spec);
    } finally {
      if (parentSpec !== undefined && parentSpec !== None) {
        const u = getattrOrUndefined(parentSpec, "_uninitialized_submodules");
        if (u instanceof PyList) {
          const i = u.items.lastIndexOf(child);
          if (i >= 0) u.items.splice(i, 1);
        }
      }
    }
    if (parentModule) {
      try {
        setattr(parentModule, child, module);
      } catch (e) {
        if (!(e instanceof PyBaseException && e.type.isSubtype(AttributeError))) throw e;
      }
    }
    return module;
  }

  /** _bootstrap._find_spec: ask each finder on sys.meta_path */
  private findSpec(name: string, path: PyValue | null): PyValue | null {
    const finders = this.metaPath.items.slice();
    if (finders.length === 0) throw pyError(ImportError, "sys.meta_path is None, Python is likely shutting down");
    for (const finder of finders) {
      let spec: PyValue;
      if (finder === this.cls.BuiltinImporter) {
        if (path !== null || !(this.ctx.native.has(name) || name === "sys" || name === "builtins")) continue;
        spec = this.builtinSpec(name);
      } else if (finder === this.cls.PathFinder) {
        const s = this.pathFind(name, path);
        if (s === null) continue;
        spec = s;
      } else {
        const fs = getattrOrUndefined(finder, "find_spec");
        if (fs === undefined) continue;
        spec = call(fs, [name, path ?? None, None]);
        if (spec === None) continue;
      }
      return spec;
    }
    return null;
  }

  /** An instance of a bootstrap class with these attributes, made without running Python code
   *  (so that imports fire no monitoring events of their own). */
  private instance(cls: PyValue, attrs: Record<string, PyValue>): PyValue {
    const o = new PyInstance(cls as PyType);
    for (const [k, v] of Object.entries(attrs)) o.dict!.set(k, v);
    return o;
  }

  /** ModuleSpec(name, loader, origin=origin) as ModuleSpec.__init__ leaves it */
  private newSpec(name: string, loader: PyValue, origin: PyValue, locations: PyValue, hasLocation: boolean): PyValue {
    return this.instance(this.cls.ModuleSpec, {
      name, loader, origin, loader_state: None, submodule_search_locations: locations,
      _uninitialized_submodules: new PyList([]), _set_fileattr: hasLocation, _cached: None,
    });
  }

  /** spec.parent, without running the property's Python code for our own specs */
  private specParent(spec: PyValue): PyValue {
    if (!(spec instanceof PyInstance) || typeOf(spec) !== this.cls.ModuleSpec) return getattr(spec, "parent");
    const sd = spec.dict!;
    const n = sd.get("name");
    if (typeof n !== "string") return getattr(spec, "parent");
    return sd.get("submodule_search_locations") === None ? rpartition(n)[0] : n;
  }

  private builtinSpec(name: string): PyValue {
    return this.newSpec(name, this.cls.BuiltinImporter, "built-in", None, false);
  }

  private createBuiltin(name: string): PyValue {
    if (name === "sys") return this.ctx.sys;
    if (name === "builtins") return this.ctx.builtins;
    const make = this.ctx.native.get(name);
    if (!make) throw importError(ImportError, `no built-in module named ${name}`, name);
    return make();
  }

  /** PathFinder.find_spec + FileFinder.find_spec over `path` (sys.path when null) */
  private pathFind(name: string, path: PyValue | null): PyValue | null {
    const entries = path === null ? this.path.items.slice() : iterateToArray(path);
    const tail = rpartition(name)[1];
    const namespace: string[] = [];
    const fs = this.ctx.fs;
    for (const entry of entries) {
      if (typeof entry !== "string") continue;
      const dir = entry === "" ? this.ctx.cwd() : entry;
      const base = joinPath(dir, tail);
      const isZip = this.ctx.stdlibMount !== null && (dir === this.ctx.stdlibMount || dir.startsWith(this.ctx.stdlibMount + "/"));
      if (fs.kind(base) === "dir") {
        const init = joinPath(base, "__init__.py");
        if (fs.kind(init) === "file") return this.fileSpec(name, init, true, isZip);
        namespace.push(base);
      }
      const file = base + ".py";
      if (fs.kind(file) === "file") return this.fileSpec(name, file, false, isZip);
    }
    if (namespace.length) {
      // CPython: _bootstrap_external.PathFinder.find_spec, a namespace package's spec
      const loc = this.instance(this.boot.get("_NamespacePath")!, { _name: name, _path: new PyList(namespace) });
      return this.newSpec(name, this.instance(this.cls.NamespaceLoader, { _path: loc }), None, loc, false);
    }
    return null;
  }

  /** spec_from_file_location */
  private fileSpec(name: string, location: string, isPackage: boolean, isZip: boolean): PyValue {
    let loader: PyValue;
    if (isZip) {
      const archive = this.ctx.stdlibMount!;
      loader = this.zipLoaders.get(archive) ?? this.instance(this.cls.zipimporter, { archive, prefix: "" });
      this.zipLoaders.set(archive, loader);
    } else {
      loader = this.instance(this.cls.SourceFileLoader, { name, path: location });
    }
    return this.newSpec(name, loader, location, isPackage ? new PyList([dirOf(location)]) : None, true);
  }

  /** zipimporter.get_filename: where `fullname` lives in the archive */
  private zipPath(archive: string, fullname: string): string | null {
    const rel = fullname.replace(/\./g, "/");
    const pkg = `${archive}/${rel}/__init__.py`;
    if (this.ctx.fs.kind(pkg) === "file") return pkg;
    const mod = `${archive}/${rel}.py`;
    return this.ctx.fs.kind(mod) === "file" ? mod : null;
  }

  // ---- loading (_bootstrap._load_unlocked, module_from_spec, _init_module_attrs) ----

  private loadUnlocked(spec: PyValue): PyValue {
    const name = getattr(spec, "name") as string;
    const loader = getattr(spec, "loader");
    let module: PyValue = None;
    const ours = this.isOurFileLoader(loader) || (loader !== None && typeOf(loader) === this.cls.NamespaceLoader);
    const create = loader === None || ours ? undefined : getattrOrUndefined(loader, "create_module");
    if (loader === this.cls.BuiltinImporter) module = this.createBuiltin(name);
    else if (create !== undefined) module = call(create, [spec]);
    else if (loader !== None && getattrOrUndefined(loader, "exec_module") === undefined) {
      throw pyError(ImportError, "loaders that define exec_module() must also define create_module()");
    }
    if (module === None) module = new PyModule(name);
    this.initModuleAttrs(spec, module, false);
    setattr(spec, "_initializing", true);
    this.modules.set(name, module);
    try {
      if (loader === this.cls.BuiltinImporter || loader === None || typeOf(loader) === this.cls.NamespaceLoader) {
        // nothing to run
      } else if (this.isOurFileLoader(loader)) {
        this.execModule(module as PyModule);
      } else {
        const exec = getattrOrUndefined(loader, "exec_module");
        if (exec === undefined) throw importError(ImportError, "missing loader", name);
        call(exec, [module]);
      }
    } catch (e) {
      this.modules.delete(name);
      throw e;
    } finally {
      setattr(spec, "_initializing", false);
    }
    const m = this.modules.get(name);
    if (m === undefined) throw pyError(ImportError, `Loaded module ${name} not found in sys.modules`);
    this.modules.delete(name);
    this.modules.set(name, m);
    return m;
  }

  private isOurFileLoader(loader: PyValue): boolean {
    const t = typeOf(loader);
    return t === this.cls.SourceFileLoader || t === this.cls.zipimporter;
  }

  private initModuleAttrs(spec: PyValue, module: PyValue, override: boolean): void {
    const has = (n: string) => {
      const v = getattrOrUndefined(module, n);
      return v !== undefined && v !== None;
    };
    if (override || !has("__name__")) setattr(module, "__name__", getattr(spec, "name"));
    const loader = getattr(spec, "loader");
    if (override || !has("__loader__")) setattr(module, "__loader__", loader);
    const ownSpec = typeOf(spec) === this.cls.ModuleSpec && spec instanceof PyInstance;
    const sd = ownSpec ? (spec as PyInstance).dict! : null;
    if (override || !has("__package__")) setattr(module, "__package__", this.specParent(spec));
    setattr(module, "__spec__", spec);
    const locs = getattr(spec, "submodule_search_locations");
    if (locs !== None && (override || !has("__path__"))) setattr(module, "__path__", locs);
    // a namespace package: _init_module_attrs gives it __file__ = None
    if (locs !== None && getattr(spec, "origin") === None && typeOf(loader) === this.cls.NamespaceLoader && (override || !has("__file__"))) {
      setattr(module, "__file__", None);
    }
    if (truthy(sd ? sd.get("_set_fileattr")! : getattr(spec, "has_location"))) {
      const origin = getattr(spec, "origin");
      if (override || !has("__file__")) setattr(module, "__file__", origin);
      // ModuleSpec.cached: the __pycache__ path of a source file (cache_from_source)
      let cached: PyValue;
      if (sd && sd.get("_cached") === None && typeof origin === "string" && origin.endsWith(".py")) {
        const i = origin.lastIndexOf("/");
        cached = `${origin.slice(0, i)}/__pycache__/${origin.slice(i + 1, -3)}.${CACHE_TAG}.pyc`;
        sd.set("_cached", cached);
      } else {
        cached = getattr(spec, "cached");
      }
      if ((override || !has("__cached__")) && cached !== None) setattr(module, "__cached__", cached);
    }
  }

  /** Compile the module's file and run it in the module's namespace. */
  private execModule(module: PyModule): void {
    const spec = module.dict.get("__spec__");
    const origin = spec !== undefined && spec !== None ? getattr(spec, "origin") : module.dict.get("__file__");
    if (typeof origin !== "string") throw pyError(ImportError, `cannot load module ${module.name}: no origin`);
    const bytes = this.ctx.fs.read(origin);
    if (!bytes) throw importError(ImportError, `source not available for ${module.name}`, module.name, origin);
    const code = compileSource(bytes, origin, this.ctx.sources);
    this.ctx.onModuleCode?.(code);
    const g = module.dict;
    if (!g.has("__builtins__")) g.set("__builtins__", this.ctx.builtins);
    const frame = new Frame(code, g, this.ctx.builtins.dict, g, null);
    frame.transparent = true;
    runFrame(frame);
  }

  // ---- python -m (Lib/runpy.py _get_module_details) ----

  /** The code, spec and file of module `name` for running it as __main__; errors are ImportErrors
   *  marked for the CLI to print as runpy's "No module named ..." lines. */
  findMainModule(name: string, seen: string | null = null): { code: CodeObject; spec: PyValue; origin: string } {
    const fail = (msg: string): never => {
      const e = pyError(ImportError, msg);
      e.dict = new PyDict();
      e.dict.set("_tspy_runpy", true);
      throw e;
    };
    if (name.startsWith(".")) fail("Relative module names not supported");
    const [parent] = rpartition(name);
    let path: PyValue | null = null;
    if (parent) {
      try {
        this.gcdImport(parent);
      } catch (e) {
        // runpy: "Error while finding module specification for 'a.b' (ModuleNotFoundError: ...)"
        if (e instanceof PyBaseException && e.type.isSubtype(ImportError)) {
          const en = e.dict?.get("name");
          if (en === undefined || en === None || (en !== parent && !parent.startsWith(`${String(en)}.`))) throw e;
          fail(`Error while finding module specification for '${name}' (${e.type.name}: ${String(e.args[0] ?? "")})`);
        }
        throw e;
      }
      path = getattrOrUndefined(this.modules.get(parent)!, "__path__") ?? null;
      if (path === null) fail(`Error while finding module specification for '${name}' (ModuleNotFoundError: __path__ attribute not found on '${parent}' while trying to find '${name}')`);
    }
    const spec = this.modules.has(name) ? getattrOrUndefined(this.modules.get(name)!, "__spec__") ?? null : this.findSpec(name, path);
    if (spec === null || spec === None) fail(`No module named ${name}`);
    const locs = getattr(spec!, "submodule_search_locations");
    if (locs !== None) {
      if (name === "__main__" || name.endsWith(".__main__")) fail("Cannot use package as __main__ module");
      try {
        return this.findMainModule(`${name}.__main__`, name);
      } catch (e) {
        if (e instanceof PyBaseException && e.dict?.get("_tspy_runpy") === true) {
          fail(`${String(e.args[0]).replace(/^No module named /, "No module named ")}; '${name}' is a package and cannot be directly executed`);
        }
        throw e;
      }
    }
    void seen;
    const origin = getattr(spec!, "origin");
    const loader = getattr(spec!, "loader");
    if (typeof origin !== "string" || !this.isOurFileLoader(loader)) fail(`No code object available for ${name}`);
    const bytes = this.ctx.fs.read(origin as string);
    if (!bytes) fail(`No code object available for ${name}`);
    const code = compileSource(bytes!, origin as string, this.ctx.sources);
    this.ctx.onModuleCode?.(code);
    return { code, spec: spec!, origin: origin as string };
  }

  // ---- IMPORT_FROM (Python/ceval.c _PyEval_ImportFrom) ----

  importFrom(mod: PyValue, name: string): PyValue {
    const v = getattrOrUndefined(mod, name);
    if (v !== undefined) return v;
    // a submodule may be in sys.modules without being an attribute yet (circular imports)
    const pkgname = getattrOrUndefined(mod, "__name__");
    if (typeof pkgname === "string") {
      const sub = this.modules.get(`${pkgname}.${name}`);
      if (sub !== undefined) return sub;
    }
    if (typeof pkgname !== "string") {
      throw importError(ImportError, `cannot import name '${name}'`, None);
    }
    const spec = getattrOrUndefined(mod, "__spec__");
    const initializing = spec !== undefined && spec !== None && truthy(getattrOrUndefined(spec, "_initializing") ?? false);
    const file = mod instanceof PyModule ? mod.dict.get("__file__") : undefined;
    const pkgpath = typeof file === "string" ? file : None;
    let msg: string;
    if (initializing) {
      msg = `cannot import name '${name}' from partially initialized module '${pkgname}' (most likely due to a circular import) (${pkgpath === None ? "unknown location" : pkgpath})`;
    } else if (pkgpath === None) {
      msg = `cannot import name '${name}' from '${pkgname}' (unknown location)`;
    } else {
      msg = `cannot import name '${name}' from '${pkgname}' (${pkgpath})`;
    }
    const e = importError(ImportError, msg, pkgname, pkgpath);
    e.dict!.set("name_from", name);
    throw e;
  }

  /** `from mod import *` (ceval.c import_all_from) */
  importStar(mod: PyValue, locals: PyDict): void {
    let all = getattrOrUndefined(mod, "__all__");
    let skipUnderscore = false;
    if (all === undefined) {
      const d = getattrOrUndefined(mod, "__dict__");
      if (d === undefined) throw pyError(ImportError, "from-import-* object has no __dict__ and no __all__");
      all = d instanceof PyDict ? new PyList([...d.entries()].map(([k]) => k)) : call(getattr(d, "keys"), []);
      skipUnderscore = true;
    }
    for (const n of iterateToArray(all)) {
      if (typeof n !== "string") {
        const modname = getattrOrUndefined(mod, "__name__");
        if (typeof modname !== "string") throw pyError(TypeError, "module __name__ must be a string, not " + typeName(modname ?? None));
        throw pyError(TypeError, `${skipUnderscore ? `Key in ${modname}.__dict__` : `Item in ${modname}.__all__`} must be str, not ${typeName(n)}`);
      }
      if (skipUnderscore && n.startsWith("_")) continue;
      locals.set(n, getattr(mod, n));
    }
  }
}

