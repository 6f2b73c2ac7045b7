// The special methods of the builtin types as Python sees them (str.__add__, list.__iadd__,
// dict.__or__, set.__le__, None.__bool__, ...): the slot wrappers CPython generates from each
// type's slots (Objects/typeobject.c slotdefs, wrap_binaryfunc*, wrap_richcmpfunc, ...). They call
// the builtin behaviour directly, never the generic dispatch (a subclass may call them via super()).
import { None, NoneType, NotImplemented, StrType, type PyType, type PyValue } from "./object.js";
import { binaryOp, builtinCompare, Cmp, defMethod, hash, Nb, iterateToArray, PySlice, SliceType, toIndex, typeName } from "./abstract.js";
import { pyError, TypeError } from "./exceptions.js";
import { DictType, FrozenSetType, ListType, pushAll, PyDict, PyList, PyRange, PySet, PyTuple, RangeType, SetType, tuple, TupleType } from "./containers.js";
import { ByteArrayType, BytesType, bufferOf, isBytesLike, PyByteArray } from "./bytes.js";
import { strValue } from "./strtype.js";

function args1(name: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  if (kw && kw.length) throw pyError(TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length !== 1) throw pyError(TypeError, `expected 1 argument, got ${args.length}`);
  return args[0];
}
function args0(name: string, args: PyValue[], kw: readonly string[] | null): void {
  if (kw && kw.length) throw pyError(TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length) throw pyError(TypeError, `expected 0 arguments, got ${args.length}`);
}
function slot1(t: PyType, name: string, fn: (self: any, other: PyValue) => PyValue): void {
  if (!t.ns.has(name)) defMethod(t, name, (self, args, kw) => fn(self, args1(name, args, kw)));
}
function slot0(t: PyType, name: string, fn: (self: any) => PyValue): void {
  if (!t.ns.has(name)) defMethod(t, name, (self, args, kw) => { args0(name, args, kw); return fn(self); });
}

const CMPS: Array<[string, Cmp]> = [["__lt__", Cmp.LT], ["__le__", Cmp.LE], ["__eq__", Cmp.EQ], ["__ne__", Cmp.NE], ["__gt__", Cmp.GT], ["__ge__", Cmp.GE]];
/** tp_richcompare as methods: NotImplemented unless `accepts(other)`. */
function comparisons(t: PyType, unwrap: (v: PyValue) => PyValue, accepts: (v: PyValue) => boolean): void {
  for (const [name, op] of CMPS) {
    slot1(t, name, (self, other) => {
      if (!accepts(other)) return NotImplemented;
      const r = builtinCompare(unwrap(self), unwrap(other), op);
      return r === undefined ? NotImplemented : r;
    });
  }
}
const asIs = (v: PyValue): PyValue => v;
/** An index for sq_repeat (PyNumber_AsSsize_t's TypeError message). */
const repeatCount = (v: PyValue): number => Math.max(0, toIndex(v));

// ---- str ---------------------------------------------------------------------------------------------

const sv = (v: PyValue): string => strValue(v)!;
slot1(StrType, "__add__", (self, other) => {
  const o = strValue(other);
  if (o === null) throw pyError(TypeError, `can only concatenate str (not "${typeName(other)}") to str`);
  return sv(self) + o;
});
slot1(StrType, "__mul__", (self, n) => sv(self).repeat(repeatCount(n)));
slot1(StrType, "__rmul__", (self, n) => sv(self).repeat(repeatCount(n)));
comparisons(StrType, (v) => strValue(v) ?? v, (v) => strValue(v) !== null);

// ---- list and tuple --------------------------------------------------------------------------------------

function repeatItems(items: readonly PyValue[], n: number): PyValue[] {
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) out.push(...items);
  return out;
}
slot1(ListType, "__add__", (self: PyList, other) => {
  if (!(other instanceof PyList)) throw pyError(TypeError, `can only concatenate list (not "${typeName(other)}") to list`);
  return new PyList(self.items.concat(other.items));
});
slot1(ListType, "__mul__", (self: PyList, n) => new PyList(repeatItems(self.items, repeatCount(n))));
slot1(ListType, "__rmul__", (self: PyList, n) => new PyList(repeatItems(self.items, repeatCount(n))));
slot1(ListType, "__iadd__", (self: PyList, other) => { pushAll(self.items, iterateToArray(other)); return self; });
slot1(ListType, "__imul__", (self: PyList, n) => { self.items = repeatItems(self.items, repeatCount(n)); return self; });
comparisons(ListType, asIs, (v) => v instanceof PyList);
ListType.ns.set("__hash__", None);
slot1(TupleType, "__add__", (self: PyTuple, other) => {
  if (!(other instanceof PyTuple)) throw pyError(TypeError, `can only concatenate tuple (not "${typeName(other)}") to tuple`);
  return tuple(self.items.concat(other.items));
});
slot1(TupleType, "__mul__", (self: PyTuple, n) => tuple(repeatItems(self.items, repeatCount(n))));
slot1(TupleType, "__rmul__", (self: PyTuple, n) => tuple(repeatItems(self.items, repeatCount(n))));
comparisons(TupleType, asIs, (v) => v instanceof PyTuple);
slot0(TupleType, "__hash__", (t: PyTuple) => hash(t));

// ---- dict --------------------------------------------------------------------------------------------

function dictOr(a: PyDict, b: PyDict): PyDict {
  const d = new PyDict();
  for (const [k, v] of a.entries()) d.set(k, v);
  for (const [k, v] of b.entries()) d.set(k, v);
  return d;
}
slot1(DictType, "__or__", (self: PyDict, other) => (other instanceof PyDict ? dictOr(self, other) : NotImplemented));
slot1(DictType, "__ror__", (self: PyDict, other) => (other instanceof PyDict ? dictOr(other, self) : NotImplemented));
slot1(DictType, "__ior__", (self: PyDict, other) => {
  const update = DictType.ns.get("update")!;
  (update as unknown as { fn: (s: PyValue, a: PyValue[], k: null) => PyValue }).fn(self, [other], null);
  return self;
});
comparisons(DictType, asIs, (v) => v instanceof PyDict);
DictType.ns.set("__hash__", None);

// ---- set and frozenset ------------------------------------------------------------------------------------

for (const t of [SetType, FrozenSetType]) comparisons(t, asIs, (v) => v instanceof PySet);
SetType.ns.set("__hash__", None);
slot0(FrozenSetType, "__hash__", (s: PySet) => FrozenSetType.slots.hash!(s));

// ---- bytes and bytearray ------------------------------------------------------------------------------------

for (const t of [BytesType, ByteArrayType]) {
  slot1(t, "__add__", (self, other) => {
    const b = bufferOf(other);
    if (b === null) throw pyError(TypeError, `can't concat ${typeName(other)} to ${typeName(self)}`);
    const r = new Uint8Array(self.bytes.length + b.length);
    r.set(self.bytes);
    r.set(b, self.bytes.length);
    return self instanceof PyByteArray ? new PyByteArray(r) : new (self.constructor as new (b: Uint8Array) => PyValue)(r);
  });
  comparisons(t, asIs, isBytesLike);
  const rep = (self: PyValue, n: PyValue) => binaryOp(self, repeatCount(n), Nb.MULTIPLY);
  slot1(t, "__mul__", rep);
  slot1(t, "__rmul__", rep);
  slot1(t, "__mod__", (self, args) => binaryOp(self, args, Nb.REMAINDER));
  slot1(t, "__rmod__", () => NotImplemented);
}
slot0(BytesType, "__hash__", (b) => BytesType.slots.hash!(b));
ByteArrayType.ns.set("__hash__", None);

// ---- range, slice, None ---------------------------------------------------------------------------------------

for (const [name, op] of CMPS) {
  slot1(RangeType, name, (self: PyRange, other) => {
    if (!(other instanceof PyRange) || (op !== Cmp.EQ && op !== Cmp.NE)) return NotImplemented;
    return builtinCompare(self, other, op) ?? NotImplemented;
  });
  slot1(SliceType, name, (self: PySlice, other) => (other instanceof PySlice ? builtinCompare(self, other, op) ?? NotImplemented : NotImplemented));
}
slot0(RangeType, "__hash__", (r) => RangeType.slots.hash!(r));
slot0(NoneType, "__bool__", () => false);
slot0(NoneType, "__repr__", () => "None");
slot0(NoneType, "__hash__", () => 0xfca86420);
