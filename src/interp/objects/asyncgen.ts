// Asynchronous generators and their awaitables (CPython: Objects/genobject.c async_gen_*,
// async_gen_asend_*, async_gen_athrow_*, async_gen_unwrap_value, _PyAsyncGenValueWrapperNew),
// plus what `async for` asks of an object (Python/ceval.c _PyEval_GetAIter / _PyEval_GetANext).
import { builtinType, None, PyObject, typeOf, type PyValue } from "./object.js";
import {
  EXCEPTION_TYPES, GeneratorExit, PyBaseException, pyError, RuntimeError, StopIteration, TypeError,
} from "./exceptions.js";
import { call, callMethod, defMethod, getattr } from "./abstract.js";
import { generatorFrameAttr, PyGenerator, stopIteration, throwArgs, CoroutineType } from "./generators.js";

export const AsyncGeneratorType = builtinType("async_generator", undefined, { baseType: false });
const AsendType = builtinType("async_generator_asend", undefined, { baseType: false });
const AthrowType = builtinType("async_generator_athrow", undefined, { baseType: false });
const StopAsyncIteration = EXCEPTION_TYPES.get("StopAsyncIteration")!;

/** A value an async generator yields (not an `await` passing through): _PyAsyncGenWrappedValue. */
export class AsyncGenWrapped {
  constructor(readonly value: PyValue) {}
}

/** The async generator object's own state beside its generator machinery. */
export class PyAsyncGenerator extends PyGenerator {
  runningAsync = false;
  closed = false;
  hooksInited = false;
}

/** async_gen_unwrap_value: a wrapped yield completes the awaitable with StopIteration(value). */
function unwrap(gen: PyAsyncGenerator, f: () => { yielded: boolean; value: PyValue }): PyValue {
  let r;
  try {
    r = f();
  } catch (e) {
    if (e instanceof PyBaseException && (e.type.isSubtype(StopAsyncIteration) || e.type.isSubtype(GeneratorExit))) gen.closed = true;
    gen.runningAsync = false;
    throw e;
  }
  if (!r.yielded) {
    // the generator returned: StopAsyncIteration
    gen.closed = true;
    gen.runningAsync = false;
    throw new PyBaseException(StopAsyncIteration, []);
  }
  if (r.value instanceof AsyncGenWrapped) {
    gen.runningAsync = false;
    throw stopIteration(r.value.value);
  }
  return r.value;
}

const enum State { Init, Iter, Closed }

class PyAsend extends PyObject {
  state = State.Init;
  constructor(readonly gen: PyAsyncGenerator, readonly sendval: PyValue) {
    super(AsendType);
  }
  send(arg: PyValue): PyValue {
    // async_gen_asend_send
    if (this.state === State.Closed) throw pyError(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (this.state === State.Init) {
      if (this.gen.runningAsync) {
        this.state = State.Closed;
        throw pyError(RuntimeError, "anext(): asynchronous generator is already running");
      }
      if (arg === None) arg = this.sendval;
      this.state = State.Iter;
    }
    this.gen.runningAsync = true;
    try {
      return unwrap(this.gen, () => this.gen.resume(arg, null));
    } catch (e) {
      this.state = State.Closed;
      throw e;
    }
  }
  throw(args: PyValue[]): PyValue {
    // async_gen_asend_throw
    if (this.state === State.Closed) throw pyError(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (this.state === State.Init) {
      if (this.gen.runningAsync) {
        this.state = State.Closed;
        throw pyError(RuntimeError, "anext(): asynchronous generator is already running");
      }
      this.state = State.Iter;
    }
    const exc = throwArgs(args);
    this.gen.runningAsync = true;
    try {
      return unwrap(this.gen, () => this.gen.throwInto(exc));
    } catch (e) {
      this.state = State.Closed;
      throw e;
    }
  }
}

class PyAthrow extends PyObject {
  state = State.Init;
  /** null: aclose() mode */
  constructor(readonly gen: PyAsyncGenerator, readonly args: PyValue[] | null) {
    super(AthrowType);
  }
  send(arg: PyValue): PyValue {
    // async_gen_athrow_send
    const gen = this.gen;
    if (this.state === State.Closed) throw pyError(RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (gen.finished || gen.closed && this.state === State.Init) {
      this.state = State.Closed;
      throw this.args === null ? new PyBaseException(StopIteration, []) : new PyBaseException(StopAsyncIteration, []);
    }
    let r: { yielded: boolean; value: PyValue };
    try {
      if (this.state === State.Init) {
        if (gen.runningAsync) {
          this.state = State.Closed;
          throw pyError(RuntimeError, this.args === null ? "aclose(): asynchronous generator is already running" : "athrow(): asynchronous generator is already running");
        }
        if (arg !== None) throw pyError(RuntimeError, "can't send non-None value to a just-started coroutine");
        this.state = State.Iter;
        gen.runningAsync = true;
        if (this.args === null) {
          gen.closed = true;
          r = gen.throwInto(new PyBaseException(GeneratorExit, []));
        } else {
          const exc = throwArgs(this.args);
          return unwrap(gen, () => gen.throwInto(exc));
        }
      } else {
        if (this.args !== null) return unwrap(gen, () => gen.resume(arg, null));
        r = gen.resume(arg, null);
      }
    } catch (e) {
      return this.checkError(e);
    }
    // aclose() mode
    if (r.yielded && r.value instanceof AsyncGenWrapped) {
      gen.runningAsync = false;
      this.state = State.Closed;
      throw pyError(RuntimeError, "async generator ignored GeneratorExit");
    }
    if (!r.yielded) {
      gen.runningAsync = false;
      this.state = State.Closed;
      throw new PyBaseException(StopIteration, []);
    }
    return r.value;
  }
  private checkError(e: unknown): never {
    this.gen.runningAsync = false;
    this.state = State.Closed;
    if (this.args === null && e instanceof PyBaseException && (e.type.isSubtype(StopAsyncIteration) || e.type.isSubtype(GeneratorExit))) {
      throw new PyBaseException(StopIteration, []);
    }
    throw e;
  }
}

AsyncGeneratorType.slots.repr = (g: PyAsyncGenerator) => `<async_generator object ${g.qualname} at 0x0>`;
defMethod(AsyncGeneratorType, "__aiter__", (g: PyAsyncGenerator) => g);
defMethod(AsyncGeneratorType, "__anext__", (g: PyAsyncGenerator) => new PyAsend(g, None));
defMethod(AsyncGeneratorType, "asend", (g: PyAsyncGenerator, args) => {
  if (args.length !== 1) throw pyError(TypeError, `async_generator.asend() takes exactly one argument (${args.length} given)`);
  return new PyAsend(g, args[0]);
});
defMethod(AsyncGeneratorType, "athrow", (g: PyAsyncGenerator, args) => {
  if (args.length < 1 || args.length > 3) throw pyError(TypeError, `athrow expected at least 1 argument, got ${args.length}`);
  return new PyAthrow(g, args.slice());
});
defMethod(AsyncGeneratorType, "aclose", (g: PyAsyncGenerator) => new PyAthrow(g, null));
AsyncGeneratorType.slots.getattr = (g: PyAsyncGenerator, name: string): PyValue | undefined => {
  switch (name) {
    case "__name__": return g.name;
    case "__qualname__": return g.qualname;
    case "ag_running": return g.runningAsync;
    case "ag_await": return g.delegate() ?? None;
    case "ag_suspended": return g.started && !g.finished && !g.running;
    case "ag_frame": return generatorFrameAttr(g, "frame");
    case "ag_code": return generatorFrameAttr(g, "code");
  }
  return undefined;
};

for (const [t, label] of [[AsendType, "async_generator_asend"], [AthrowType, "async_generator_athrow"]] as const) {
  t.slots.repr = (o: PyObject) => `<${label} object at 0x0>`;
  t.slots.iter = (o: PyObject) => o;
  t.slots.next = (o: PyAsend | PyAthrow) => {
    try {
      return o.send(None);
    } catch (e) {
      if (e instanceof PyBaseException && e.type === StopIteration && e.args.length === 0) return undefined;
      throw e;
    }
  };
  defMethod(t, "__await__", (o) => o);
  defMethod(t, "__iter__", (o) => o);
  defMethod(t, "__next__", (o: PyAsend | PyAthrow) => o.send(None));
  defMethod(t, "send", (o: PyAsend | PyAthrow, args) => o.send(args[0] ?? None));
  defMethod(t, "throw", (o: PyAsend | PyAthrow, args) => {
    if (o instanceof PyAsend) return o.throw(args);
    // async_gen_athrow_throw
    if (o.state === State.Closed) throw pyError(RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    const exc = throwArgs(args);
    try {
      const r = o.gen.throwInto(exc);
      if (o.args !== null) {
        if (!r.yielded) throw new PyBaseException(StopAsyncIteration, []);
        if (r.value instanceof AsyncGenWrapped) { o.gen.runningAsync = false; throw stopIteration(r.value.value); }
        return r.value;
      }
      if (r.yielded && r.value instanceof AsyncGenWrapped) throw pyError(RuntimeError, "async generator ignored GeneratorExit");
      if (!r.yielded) throw new PyBaseException(StopIteration, []);
      return r.value;
    } catch (e) {
      o.state = State.Closed;
      o.gen.runningAsync = false;
      if (o.args === null && e instanceof PyBaseException && (e.type.isSubtype(StopAsyncIteration) || e.type.isSubtype(GeneratorExit))) {
        throw new PyBaseException(StopIteration, []);
      }
      throw e;
    }
  });
  defMethod(t, "close", (o: PyAsend | PyAthrow) => { o.state = State.Closed; return None; });
}

// ---- async for ----------------------------------------------------------------------------------

/** GET_AITER */
export function getAIter(obj: PyValue): PyValue {
  const t = typeOf(obj);
  const getter = t.lookup("__aiter__");
  if (getter === undefined) throw pyError(TypeError, `'async for' requires an object with __aiter__ method, got ${t.name}`);
  const it = callMethod(getter, obj, []);
  if (typeOf(it).lookup("__anext__") === undefined) {
    throw pyError(TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  }
  return it;
}

/** _PyEval_GetANext: the awaitable for the next item */
export function getANext(aiter: PyValue, awaitableOf: (v: PyValue) => PyValue): PyValue {
  if (aiter instanceof PyAsyncGenerator) return new PyAsend(aiter, None);
  const t = typeOf(aiter);
  const getter = t.lookup("__anext__");
  if (getter === undefined) throw pyError(TypeError, `'async for' requires an iterator with __anext__ method, got ${t.name}`);
  const next = callMethod(getter, aiter, []);
  try {
    return awaitableOf(next);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) {
      const err = pyError(TypeError, `'async for' received an invalid object from __anext__: ${typeOf(next).name}`);
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      throw err;
    }
    throw e;
  }
}

void call; void getattr; void CoroutineType;

// ---- anext(aiterator, default) ------------------------------------------------------------------

const AnextAwaitableType = builtinType("anext_awaitable", undefined, { baseType: false });

/** anext()'s awaitable with a default (CPython: Objects/iterobject.c anextawaitable_*). */
class PyAnextAwaitable extends PyObject {
  private inner: PyValue | null = null;
  constructor(readonly wrapped: PyValue, readonly dflt: PyValue, readonly awaitableOf: (v: PyValue) => PyValue) {
    super(AnextAwaitableType);
  }
  private proceed(fn: (it: PyValue) => PyValue): PyValue {
    this.inner ??= this.awaitableOf(this.wrapped);
    try {
      return fn(this.inner);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(StopAsyncIteration)) throw stopIteration(this.dflt);
      throw e;
    }
  }
  send(v: PyValue): PyValue {
    return this.proceed((it) => (it instanceof PyGenerator ? it.send(v) : v === None ? callMethod(typeOf(it).lookup("__next__")!, it, []) : call(getattr(it, "send"), [v])));
  }
  throw(args: PyValue[]): PyValue {
    return this.proceed((it) => call(getattr(it, "throw"), args));
  }
}
AnextAwaitableType.slots.iter = (o: PyObject) => o;
AnextAwaitableType.slots.next = (o: PyAnextAwaitable) => {
  try {
    return o.send(None);
  } catch (e) {
    if (e instanceof PyBaseException && e.type === StopIteration && e.args.length === 0) return undefined;
    throw e;
  }
};
defMethod(AnextAwaitableType, "__await__", (o) => o);
defMethod(AnextAwaitableType, "__iter__", (o) => o);
defMethod(AnextAwaitableType, "__next__", (o: PyAnextAwaitable) => o.send(None));
defMethod(AnextAwaitableType, "send", (o: PyAnextAwaitable, args) => o.send(args[0] ?? None));
defMethod(AnextAwaitableType, "throw", (o: PyAnextAwaitable, args) => o.throw(args));
defMethod(AnextAwaitableType, "close", () => None);

let awaitableHook: (v: PyValue) => PyValue = (v) => v;
/** The VM's _PyCoro_GetAwaitableIter, for anext()'s awaitable. */
export function installAwaitableIter(f: (v: PyValue) => PyValue): void {
  awaitableHook = f;
}
export function anextWithDefault(awaitable: PyValue, dflt: PyValue): PyValue {
  return new PyAnextAwaitable(awaitable, dflt, awaitableHook);
}
