// Generator objects (CPython: Objects/genobject.c). A generator owns a suspended frame of the VM;
// the VM installs how to resume it (resume hook), so this layer stays below vm/.
import { builtinType, None, PyObject, PyType, typeOf, type PyValue } from "./object.js";
import { BaseException, GeneratorExit, PyBaseException, pyError, RuntimeError, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { call, defMethod, exhausted, getattrOrUndefined, PyNativeIterator } from "./abstract.js";
import { PyTuple } from "./containers.js";

export const GeneratorType = builtinType("generator", undefined, { baseType: false });
export const CoroutineType = builtinType("coroutine", undefined, { baseType: false });

export interface ResumeResult { yielded: boolean; value: PyValue }

/** How the VM resumes a frame: send a value, or throw an exception into it. */
export type Resumer = (frame: unknown, value: PyValue | null, exc: PyBaseException | null) => ResumeResult;
let resumer: Resumer;
/** The VM's answer to "what is this suspended frame delegating to" (genobject.c _PyGen_yf). */
let delegateOf: (frame: unknown) => PyValue | null = () => null;
export function installResumer(r: Resumer): void {
  resumer = r;
}

const kindName = (g: PyGenerator): string => (g.type === CoroutineType ? "coroutine" : g.type === GeneratorType ? "generator" : "async generator");

/** What genobject.c reads of a suspended frame: the iterator a `yield from`/`await` is suspended
 * on (_PyGen_yf), and whether close() may skip throwing GeneratorExit (gen_close's fast path). */
export interface SuspendedFrameAccess {
  yieldFrom(frame: unknown): PyValue | null;
  closeWithoutThrow(frame: unknown): boolean;
  /** A suspended generator is about to run its RESUME (the specializer's view of it). */
  noteResume(frame: unknown): void;
  /** Run fn with the frame linked on top of the running frames (a delegated throw). */
  linked<T>(frame: unknown, fn: () => T): T;
  /** The Python frame object of a frame, and its code object (gi_frame, gi_code). */
  frameObject?(frame: unknown): PyValue;
  codeObject?(frame: unknown): PyValue;
}
let frameAccess: SuspendedFrameAccess = { yieldFrom: () => null, closeWithoutThrow: () => false, noteResume: () => {}, linked: (_f, fn) => fn() };
export function installSuspendedFrameAccess(a: SuspendedFrameAccess): void {
  frameAccess = a;
  delegateOf = (frame) => a.yieldFrom(frame);
}

/** gi_frame / gi_code for the async generator type (asyncgen.ts). */
export function generatorFrameAttr(g: PyGenerator, which: "frame" | "code"): PyValue {
  if (which === "frame") return g.finished ? None : frameAccess.frameObject?.(g.frame) ?? None;
  return frameAccess.codeObject?.(g.frame) ?? None;
}

export class PyGenerator extends PyObject {
  started = false;
  running = false;
  finished = false;
  constructor(type: PyType, readonly frame: unknown, public name: string, public qualname: string) {
    super(type);
  }

  /** gen.send(v): the next yielded value, or throws StopIteration(return value). */
  send(v: PyValue): PyValue {
    const r = this.resume(v, null);
    if (r.yielded) return r.value;
    throw stopIteration(r.value);
  }

  /** next(gen) for the iteration protocol: undefined when exhausted. */
  nextValue(): PyValue | undefined {
    if (this.finished) return undefined;
    const r = this.resume(None, null);
    if (r.yielded) return r.value;
    if (r.value !== None) {
      // a return value travels in a StopIteration (CPython: _PyGen_SetStopIterationValue)
      exhausted.it = this;
      exhausted.exc = stopIteration(r.value);
    }
    return undefined;
  }

  resume(v: PyValue, exc: PyBaseException | null): ResumeResult {
    if (this.running) throw pyError(ValueError, `${kindName(this)} already executing`);
    if (this.finished) {
      if (this.type === CoroutineType) throw pyError(RuntimeError, "cannot reuse already awaited coroutine");
      if (exc) throw exc;
      return { yielded: false, value: None };
    }
    if (!this.started && v !== None && !exc) throw pyError(TypeError, `can't send non-None value to a just-started ${kindName(this)}`);
    if (this.started && !exc) frameAccess.noteResume(this.frame);
    this.started = true;
    this.running = true;
    try {
      const r = resumer(this.frame, exc ? null : v, exc);
      if (!r.yielded) this.finished = true;
      return r;
    } catch (e) {
      this.finished = true;
      throw e;
    } finally {
      this.running = false;
    }
  }

  /** What a suspended `yield from` / `await` delegates to, or null. */
  delegate(): PyValue | null {
    return this.started && !this.finished && !this.running ? delegateOf(this.frame) : null;
  }

  /** gen.throw(exc) (genobject.c _gen_throw): delegated to a `yield from` subiterator first. */
  throwInto(exc: PyBaseException): ResumeResult {
    const yf = this.delegate();
    if (yf !== null) {
      let err: PyBaseException | null = null;
      let ret: ResumeResult | null = null;
      if (exc.type.isSubtype(GeneratorExit)) {
        this.running = true;
        try { closeIter(yf); } catch (e) { err = asException(e); } finally { this.running = false; }
        return this.resume(None, err ?? exc);
      }
      this.running = true;
      try {
        // the delegating frame is linked into the stack while its delegate runs, for complete
        // backtraces (CPython: genobject.c _gen_throw, "Link frame into the stack")
        if (yf instanceof PyGenerator) {
          ret = frameAccess.linked(this.frame, () => yf.throwInto(exc));
          if (!ret.yielded) { err = stopIteration(ret.value); ret = null; }
        } else {
          const meth = getattrOrUndefined(yf, "throw");
          if (meth === undefined) { this.running = false; return this.resume(None, exc); }
          ret = { yielded: true, value: frameAccess.linked(this.frame, () => call(meth, [exc])) };
        }
      } catch (e) {
        err = asException(e);
      } finally {
        this.running = false;
      }
      if (ret) return ret;
      return this.resume(None, err);
    }
    return this.resume(None, exc);
  }

  /** gen.close() (genobject.c gen_close): None, or the value the generator returned. */
  close(): PyValue {
    if (this.finished || !this.started) { this.finished = true; return None; }
    const yf = this.delegate();
    let err: PyBaseException | null = null;
    if (yf !== null) {
      this.running = true;
      try { closeIter(yf); } catch (e) { err = asException(e); } finally { this.running = false; }
    }
    // a generator suspended at a yield outside any try block finishes without running, unless a
    // tool listens for PY_UNWIND (CPython: gen_close's fast path)
    if (frameAccess.closeWithoutThrow(this.frame)) {
      this.finished = true;
      return None;
    }
    let r: ResumeResult;
    try {
      r = this.resume(None, err ?? new PyBaseException(GeneratorExit, []));
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(GeneratorExit)) return None;
      throw e;
    }
    if (r.yielded) throw pyError(RuntimeError, `${kindName(this)} ignored GeneratorExit`);
    return r.value;
  }
}

function asException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  throw e;
}

/** genobject.c gen_close_iter: close a subiterator (its close() method, if any). */
function closeIter(yf: PyValue): void {
  if (yf instanceof PyGenerator) { yf.close(); return; }
  const meth = getattrOrUndefined(yf, "close");
  if (meth !== undefined) call(meth, []);
}

export function stopIteration(value: PyValue): PyBaseException {
  const e = new PyBaseException(StopIteration, value === None ? [] : [value]);
  return e;
}

/** StopIteration.value */
export function stopIterationValue(e: PyBaseException): PyValue {
  return e.args.length ? e.args[0] : None;
}

GeneratorType.slots.next = (g: PyGenerator) => g.nextValue();
GeneratorType.slots.iter = (g: PyGenerator) => g;
GeneratorType.slots.repr = (g: PyGenerator) => `<generator object ${g.qualname} at 0x0>`;
defMethod(GeneratorType, "send", (g: PyGenerator, args) => g.send(args[0] ?? None));
defMethod(GeneratorType, "__next__", (g: PyGenerator) => g.send(None));
defMethod(GeneratorType, "__iter__", (g: PyGenerator) => g);
defMethod(GeneratorType, "throw", (g: PyGenerator, args) => genThrow(g, args));
defMethod(GeneratorType, "close", (g: PyGenerator) => g.close());
void PyNativeIterator;

/** gen.throw(value) / gen.throw(type[, value[, tb]]) (genobject.c _gen_throw argument handling). */
function genThrow(g: PyGenerator, args: PyValue[]): PyValue {
  // CPython: Objects/genobject.c gen_throw (3.12+)
  if (args.length > 1) {
    warn(EXCEPTION_TYPES.get("DeprecationWarning")!, "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.");
  }
  const r = g.throwInto(throwArgs(args));
  if (r.yielded) return r.value;
  throw stopIteration(r.value);
}

/** The exception gen.throw(...)'s arguments describe. */
export function throwArgs(args: PyValue[]): PyBaseException {
  if (args.length < 1 || args.length > 3) throw pyError(TypeError, `throw expected at least 1 argument, got ${args.length}`);
  const [typ, val, tb] = args;
  if (tb !== undefined && tb !== None && !(tb instanceof PyObject && tb.type.name === "traceback")) {
    throw pyError(TypeError, "throw() third argument must be a traceback object");
  }
  let exc: PyBaseException;
  if (typ instanceof PyType && typ.isSubtype(BaseException)) {
    if (val instanceof PyBaseException && val.type.isSubtype(typ)) exc = val;
    else {
      const r = call(typ, val === undefined || val === None ? [] : val instanceof PyTuple ? val.items.slice() : [val]);
      if (!(r instanceof PyBaseException)) throw pyError(TypeError, `calling ${typ.name} should have returned an instance of BaseException, not ${typeOf(r).name}`);
      exc = r;
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) throw pyError(TypeError, "instance exception may not have a separate value");
    exc = typ;
  } else {
    throw pyError(TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
  }
  return exc;
}

// gi_* / cr_* attributes and the names (genobject.c gen_getsetlist, gen_memberlist)
const genAttrs = (prefix: string) => (g: PyGenerator, name: string): PyValue | undefined => {
  switch (name) {
    case "__name__": return g.name;
    case "__qualname__": return g.qualname;
  }
  if (!name.startsWith(prefix)) return undefined;
  switch (name.slice(prefix.length)) {
    case "running": return g.running;
    case "suspended": return g.started && !g.finished && !g.running;
    case "yieldfrom": case "await": return g.delegate() ?? None;
    case "frame": return g.finished ? None : frameAccess.frameObject?.(g.frame) ?? None;
    case "code": return frameAccess.codeObject?.(g.frame) ?? None;
  }
  return undefined;
};
GeneratorType.slots.getattr = genAttrs("gi_");
CoroutineType.slots.getattr = genAttrs("cr_");

// coroutines share the generator machinery (Objects/genobject.c coro_methods); __await__ returns an
// iterator over the coroutine (coro_wrapper), here the coroutine itself
CoroutineType.slots.repr = (g: PyGenerator) => `<coroutine object ${g.qualname} at 0x0>`;
defMethod(CoroutineType, "send", (g: PyGenerator, args) => g.send(args[0] ?? None));
defMethod(CoroutineType, "throw", (g: PyGenerator, args) => genThrow(g, args));
defMethod(CoroutineType, "close", (g: PyGenerator) => g.close());
defMethod(CoroutineType, "__await__", (g: PyGenerator) => g);
defMethod(CoroutineType, "__next__", (g: PyGenerator) => g.send(None));
import { warn } from "./warnings.js";
import { EXCEPTION_TYPES } from "./exceptions.js";
