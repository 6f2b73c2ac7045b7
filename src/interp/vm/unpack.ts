// Iterable unpacking for UNPACK_SEQUENCE / UNPACK_EX (CPython: Python/ceval.c unpack_iterable).
import { typeOf, type PyType, type PyValue } from "../objects/object.js";
import { iter, next, PyNativeIterator } from "../objects/abstract.js";
import { CoroutineType, GeneratorType } from "../objects/generators.js";
import { PyBaseException, pyError, TypeError, ValueError } from "../objects/exceptions.js";
import { DictType, ListType, PyDict, PyList, PyTuple, TupleType } from "../objects/containers.js";

function getIter(v: PyValue): PyValue {
  try {
    return iter(v);
  } catch (e) {
    const t = typeOf(v);
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError) && t.lookup("__iter__") === undefined &&
        t.lookup("__getitem__") === undefined && !t.slots.iter) {
      throw pyError(TypeError, `cannot unpack non-iterable ${t.name} object`);
    }
    throw e;
  }
}

/** The `argcnt` items of v for `a, b, c = v` (UNPACK_SEQUENCE), in order. */
export function unpackSequence(v: PyValue, argcnt: number): readonly PyValue[] {
  const t = typeOf(v);
  if (t === TupleType || t === ListType) {
    const items = (v as PyTuple | PyList).items;
    if (items.length === argcnt) return items;
    if (items.length < argcnt) throw pyError(ValueError, `not enough values to unpack (expected ${argcnt}, got ${items.length})`);
    throw pyError(ValueError, `too many values to unpack (expected ${argcnt}, got ${items.length})`);
  }
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let i = 0; i < argcnt; i++) {
    const x = next(it);
    if (x === undefined) throw pyError(ValueError, `not enough values to unpack (expected ${argcnt}, got ${i})`);
    out.push(x);
  }
  if (next(it) === undefined) return out;
  if (t === DictType && (v as PyDict).size > argcnt) {
    throw pyError(ValueError, `too many values to unpack (expected ${argcnt}, got ${(v as PyDict).size})`);
  }
  throw pyError(ValueError, `too many values to unpack (expected ${argcnt})`);
}

/** The items of v for `a, *b, c = v` (UNPACK_EX): all of them, at least before + after. */
export function unpackEx(v: PyValue, before: number, after: number): readonly PyValue[] {
  const t = typeOf(v);
  let items: readonly PyValue[];
  if (t === TupleType || t === ListType) items = (v as PyTuple | PyList).items;
  else {
    const it = getIter(v);
    const all: PyValue[] = [];
    for (;;) {
      const x = next(it);
      if (x === undefined) break;
      all.push(x);
    }
    items = all;
  }
  if (items.length < before + after) throw pyError(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  return items;
}

/** PyType_GetFullyQualifiedName: module.qualname, without the module for builtins and __main__. */
export function fullyQualifiedName(t: PyType): string {
  return t.module === "builtins" || t.module === "__main__" ? t.qualname : `${t.module}.${t.qualname}`;
}

/** LOAD_SPECIAL's error (CPython: Python/ceval.c _Py_SpecialMethods, _PyEval_SpecialMethodCanSuggest). */
export function specialMethodError(t: PyType, oparg: number, name: string): string {
  const async = oparg >= 2;
  const proto = async ? "asynchronous context manager" : "context manager";
  let msg = `'${fullyQualifiedName(t)}' object does not support the ${proto} protocol (missed ${name} method)`;
  const other = async ? ["__enter__", "__exit__"] : ["__aenter__", "__aexit__"];
  if (t.lookup(other[0]) !== undefined && t.lookup(other[1]) !== undefined) {
    msg += async
      ? " but it supports the context manager protocol. Did you mean to use 'with'?"
      : " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?";
  }
  return msg;
}

/** What __await__ returned must be an iterator, not a coroutine (genobject.c _PyCoro_GetAwaitableIter). */
export function awaitIterator(r: PyValue): PyValue {
  const t = typeOf(r);
  if (t === CoroutineType) throw pyError(TypeError, "__await__() returned a coroutine");
  if (t !== GeneratorType && t.lookup("__next__") === undefined && !t.slots.next && !(r instanceof PyNativeIterator)) {
    throw pyError(TypeError, `__await__() returned non-iterator of type '${t.name}'`);
  }
  return r;
}
