// Generator objects (CPython: Objects/genobject.c). A generator owns a suspended frame of the VM;
// the VM installs how to resume it (resume hook), so this layer stays below vm/.
import { builtinType, None, PyObject, type PyType, type PyValue } from "./object.js";
import { GeneratorExit, PyBaseException, pyError, RuntimeError, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { defMethod, exhausted, PyNativeIterator } from "./abstract.js";

export const GeneratorType = builtinType("generator", undefined, { baseType: false });
export const CoroutineType = builtinType("coroutine", undefined, { baseType: false });

export interface ResumeResult { yielded: boolean; value: PyValue }

/** How the VM resumes a frame: send a value, or throw an exception into it. */
export type Resumer = (frame: unknown, value: PyValue | null, exc: PyBaseException | null) => ResumeResult;
let resumer: Resumer;
export function installResumer(r: Resumer): void {
  resumer = r;
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
      if (exc) throw exc;
      return { yielded: false, value: None };
    }
    if (!this.started && v !== None && !exc) throw pyError(TypeError, `can't send non-None value to a just-started ${this.type === GeneratorType ? "generator" : "coroutine"}`);
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

  close(): void {
    if (this.finished || !this.started) { this.finished = true; return; }
    try {
      const r = this.resume(None, new PyBaseException(GeneratorExit, []));
      if (r.yielded) throw pyError(RuntimeError, "generator ignored GeneratorExit");
    } catch (e) {
      if (e instanceof PyBaseException && (e.type.isSubtype(GeneratorExit) || e.type.isSubtype(StopIteration))) return;
      throw e;
    }
  }
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
  const r = g.resume(None, exc);
  if (r.yielded) return r.value;
  throw stopIteration(r.value);
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
  const r = g.resume(None, exc);
  if (r.yielded) return r.value;
  throw stopIteration(r.value);
});
defMethod(CoroutineType, "close", (g: PyGenerator) => { g.close(); return None; });
defMethod(CoroutineType, "__await__", (g: PyGenerator) => g);
defMethod(CoroutineType, "__next__", (g: PyGenerator) => g.send(None));
