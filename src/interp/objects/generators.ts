// Generator objects (CPython: Objects/genobject.c). A generator owns a suspended frame of the VM;
// the VM installs how to resume it (resume hook), so this layer stays below vm/.
import { builtinType, None, PyObject, type PyType, type PyValue } from "./object.js";
import { GeneratorExit, PyBaseException, pyError, RuntimeError, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { call, defMethod, exhausted, getattrOrUndefined, PyNativeIterator } from "./abstract.js";

export const GeneratorType = builtinType("generator", undefined, { baseType: false });
export const CoroutineType = builtinType("coroutine", undefined, { baseType: false });

export interface ResumeResult { yielded: boolean; value: PyValue }

/** How the VM resumes a frame: send a value, or throw an exception into it. */
export type Resumer = (frame: unknown, value: PyValue | null, exc: PyBaseException | null) => ResumeResult;
let resumer: Resumer;
export function installResumer(r: Resumer): void {
  resumer = r;
}

/** What genobject.c reads of a suspended frame: the iterator a `yield from`/`await` is suspended
 * on (_PyGen_yf), and whether close() may skip throwing GeneratorExit (gen_close's fast path). */
export interface SuspendedFrameAccess {
  yieldFrom(frame: unknown): PyValue | null;
  closeWithoutThrow(frame: unknown): boolean;
  /** A suspended generator is about to run its RESUME (the specializer's view of it). */
  noteResume(frame: unknown): void;
}
let frameAccess: SuspendedFrameAccess = { yieldFrom: () => null, closeWithoutThrow: () => false, noteResume: () => {} };
export function installSuspendedFrameAccess(a: SuspendedFrameAccess): void {
  frameAccess = a;
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
    if (this.running) throw pyError(ValueError, `${this.type === GeneratorType ? "generator" : "coroutine"} already executing`);
    if (this.finished) {
      // CPython: genobject.c gen_send_ex2 (an exhausted coroutine)
      if (this.type === CoroutineType) throw pyError(RuntimeError, "cannot reuse already awaited coroutine");
      if (exc) throw exc;
      return { yielded: false, value: None };
    }
    if (!this.started && v !== None && !exc) throw pyError(TypeError, `can't send non-None value to a just-started ${this.type === GeneratorType ? "generator" : "coroutine"}`);
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

  /** The iterator this generator delegates to, while suspended in `yield from`/`await`
   * (CPython: genobject.c _PyGen_yf, FRAME_SUSPENDED_YIELD_FROM). */
  yieldFrom(): PyValue | null {
    if (!this.started || this.finished || this.running) return null;
    return frameAccess.yieldFrom(this.frame);
  }

  /** gen.close(). CPython: genobject.c gen_close (the delegate is closed first; a generator
   * suspended at a yield outside any try block finishes without running, unless a tool listens
   * for PY_UNWIND). */
  close(): void {
    if (!this.started) { this.finished = true; return; }
    if (this.finished) return;
    const yf = this.yieldFrom();
    let err: PyBaseException | null = null;
    if (yf !== null) {
      this.running = true;
      try {
        closeIter(yf);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        err = e;
      } finally {
        this.running = false;
      }
    }
    if (frameAccess.closeWithoutThrow(this.frame)) {
      this.finished = true;
      return;
    }
    try {
      const r = this.resume(None, err ?? new PyBaseException(GeneratorExit, []));
      if (r.yielded) throw pyError(RuntimeError, `${this.type === GeneratorType ? "generator" : "coroutine"} ignored GeneratorExit`);
    } catch (e) {
      if (e instanceof PyBaseException && (e.type.isSubtype(GeneratorExit) || e.type.isSubtype(StopIteration))) return;
      throw e;
    }
  }

  /** gen.throw(exc): the delegate of a `yield from` gets it first; what it raises (StopIteration
   * included) is thrown in here. Returns the next value yielded or throws StopIteration.
   * CPython: genobject.c _gen_throw (close_on_genexit = 1). */
  throwInto(exc: PyBaseException): PyValue {
    const yf = this.yieldFrom();
    if (yf !== null) {
      if (exc.type.isSubtype(GeneratorExit)) {
        this.running = true;
        try {
          closeIter(yf);
        } catch (e) {
          if (!(e instanceof PyBaseException)) throw e;
          this.running = false;
          return this.sendOrStop(this.resume(None, e));
        } finally {
          this.running = false;
        }
        return this.sendOrStop(this.resume(None, exc));
      }
      let meth: PyValue | undefined;
      if (!(yf instanceof PyGenerator)) {
        meth = getattrOrUndefined(yf, "throw");
        if (meth === undefined) return this.sendOrStop(this.resume(None, exc));
      }
      let ret: PyValue;
      this.running = true;
      try {
        ret = yf instanceof PyGenerator ? yf.throwInto(exc) : call(meth!, [exc]);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        this.running = false;
        return this.sendOrStop(this.resume(None, e));
      } finally {
        this.running = false;
      }
      return ret;
    }
    return this.sendOrStop(this.resume(None, exc));
  }

  private sendOrStop(r: ResumeResult): PyValue {
    if (r.yielded) return r.value;
    throw stopIteration(r.value);
  }
}

/** Close the delegate of a `yield from`. CPython: genobject.c gen_close_iter. */
function closeIter(yf: PyValue): void {
  if (yf instanceof PyGenerator) {
    yf.close();
    return;
  }
  const m = getattrOrUndefined(yf, "close");
  if (m !== undefined) call(m, []);
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
defMethod(GeneratorType, "throw", (g: PyGenerator, args) => {
  let exc = args[0];
  if (exc instanceof PyObject && !(exc instanceof PyBaseException) && (exc as PyType).isSubtype) exc = new PyBaseException(exc as PyType, []);
  if (!(exc instanceof PyBaseException)) throw pyError(TypeError, "exceptions must be classes or instances deriving from BaseException, not " + (exc as PyObject).type?.name);
  return g.throwInto(exc);
});
defMethod(GeneratorType, "close", (g: PyGenerator) => { g.close(); return None; });
void PyNativeIterator;

// coroutines share the generator machinery (Objects/genobject.c coro_methods); __await__ returns an
// iterator over the coroutine (coro_wrapper), here the coroutine itself
CoroutineType.slots.repr = (g: PyGenerator) => `<coroutine object ${g.qualname} at 0x0>`;
defMethod(CoroutineType, "send", (g: PyGenerator, args) => g.send(args[0] ?? None));
defMethod(CoroutineType, "throw", (g: PyGenerator, args) => {
  let exc = args[0];
  if (exc instanceof PyObject && !(exc instanceof PyBaseException) && (exc as PyType).isSubtype) exc = new PyBaseException(exc as PyType, []);
  if (!(exc instanceof PyBaseException)) throw pyError(TypeError, "exceptions must be classes or instances deriving from BaseException");
  return g.throwInto(exc);
});
defMethod(CoroutineType, "close", (g: PyGenerator) => { g.close(); return None; });
defMethod(CoroutineType, "__await__", (g: PyGenerator) => g);
defMethod(CoroutineType, "__next__", (g: PyGenerator) => g.send(None));
