// The _codecs module: the registry (register, lookup, register_error, lookup_error), encode/decode,
// and the codec functions the encodings package calls. CPython: Modules/_codecsmodule.c,
// Python/codecs.c (_PyCodec_EncodeText's "is not a text encoding" and "encoder returned" checks).
import { None, ObjectType, PyObject, PyType, TypeType, type PyValue } from "../../../objects/object.js";
import { call, defMethod, getattrOrUndefined, toIndex, truthy, typeName } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { EXCEPTION_TYPES, LookupError, PyBaseException, pyError, TypeError } from "../../../objects/exceptions.js";
import { PyBuiltin, PyModule } from "../../../objects/functions.js";
import { PyTuple, tuple } from "../../../objects/containers.js";
import { bufferArg, bufferOf, PyByteArray, PyBytesObject } from "../../../objects/bytes.js";
import { decode, encode, installCodecRegistry } from "../../../objects/codecs.js";
import { codecLookup, codecRegister, codecRegistry, normalizeCodecName } from "./registry.js";
import { callHandler, handleDecodeError, handleEncodeError, handlerFor, lookupError } from "./errors.js";
import { decodeUTF, encodeUTF, escapeDecode, escapeEncode, unicodeEscapeDecode, unicodeEscapeEncode } from "./unicode.js";
import { utf8Tail } from "../io/textcodec.js";
import { isCallable } from "../../builtins.js";

const bytes = (b: Uint8Array): PyBytesObject => new PyBytesObject(b);
const cpLen = (s: string): number => Array.from(s).length;

function strArg(fname: string, v: PyValue | undefined, what = "str"): string {
  if (typeof v !== "string") throw pyError(TypeError, `${fname}() argument 1 must be ${what}, not ${typeName(v!)}`);
  return v;
}
function errorsArg(fname: string, v: PyValue | undefined): string {
  if (v === undefined || v === None) return "strict";
  if (typeof v !== "string") throw pyError(TypeError, `${fname}() argument 2 must be str or None, not ${typeName(v)}`);
  return v;
}
function dataArg(fname: string, v: PyValue | undefined): PyBytesObject {
  const b = bufferOf(v!);
  if (b === null) throw pyError(TypeError, `a bytes-like object is required, not '${typeName(v!)}'`);
  return v instanceof PyBytesObject ? v : new PyBytesObject(b.slice());
}

/** Python-visible lookup result checks, then codec[0] or codec[1] (_PyCodec_EncodeText...). */
function textCodecInfo(encoding: string, op: "encode" | "decode"): PyTuple {
  const info = codecLookup(encoding) as PyTuple;
  const isText = getattrOrUndefined(info, "_is_text_encoding");
  if (isText !== undefined && !truthy(isText)) {
    throw pyError(LookupError, `'${encoding}' is not a text encoding; use codecs.${op}() to handle arbitrary codecs`);
  }
  return info;
}
function codecResult(r: PyValue, what: "encoder" | "decoder"): PyValue {
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw pyError(TypeError, `${what} must return a tuple (object, integer)`);
  return r.items[0];
}

// fast paths CPython takes in PyUnicode_AsEncodedString / PyUnicode_Decode, then the registry
const FAST_UTF: Record<string, [2 | 4, number]> = {
  utf_16: [2, 0], utf16: [2, 0], utf_16_le: [2, -1], utf_16le: [2, -1], utf_16_be: [2, 1], utf_16be: [2, 1],
  utf_32: [4, 0], utf32: [4, 0], utf_32_le: [4, -1], utf_32le: [4, -1], utf_32_be: [4, 1], utf_32be: [4, 1],
};
const fastKey = (e: string) => e.toLowerCase().replace(/-/g, "_");

installCodecRegistry({
  encode(s, encoding, errors) {
    const f = FAST_UTF[fastKey(encoding)];
    if (f) return encodeUTF(s, errors, f[1], f[0]);
    const info = textCodecInfo(encoding, "encode");
    const v = codecResult(call(info.items[0], [s, errors]), "encoder");
    if (v instanceof PyByteArray) return v.bytes.slice();
    if (!(v instanceof PyBytesObject)) {
      throw pyError(TypeError, `'${encoding}' encoder returned '${typeName(v)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`);
    }
    return v.bytes;
  },
  decode(obj, encoding, errors) {
    const f = FAST_UTF[fastKey(encoding)];
    if (f) return decodeUTF(obj, errors, f[1], true, f[0])[0];
    const info = textCodecInfo(encoding, "decode");
    const v = codecResult(call(info.items[1], [obj, errors]), "decoder");
    if (typeof v !== "string") {
      throw pyError(TypeError, `'${encoding}' decoder returned '${typeName(v)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`);
    }
    return v;
  },
  errorHandler: (name) => handlerFor(name),
  callHandler: (h, exc, enc) => {
    const obj = exc.args[1];
    return callHandler(h, exc, enc, typeof obj === "string" ? cpLen(obj) : (bufferOf(obj) ?? new Uint8Array(0)).length);
  },
});

// ---- charmap ------------------------------------------------------------------------------------------

const EncodingMapType = new PyType(TypeType, "EncodingMap", [ObjectType], new Map(), false, "builtins");
class PyEncodingMap extends PyObject {
  constructor(readonly map: Map<number, number>) { super(EncodingMapType); }
}
defMethod(EncodingMapType, "size", (m: PyEncodingMap) => m.map.size);

function charmapDecode(obj: PyBytesObject, errors: string, mapping: PyValue): string {
  const b = obj.bytes;
  if (mapping === None) return decode(obj, b, "latin-1", errors);
  let out = "";
  for (let i = 0; i < b.length;) {
    let r: PyValue | undefined;
    if (typeof mapping === "string") {
      const cps = Array.from(mapping);
      r = b[i] < cps.length ? cps[b[i]] : undefined;
      if (r === "\ufffe") r = undefined;
    } else {
      try {
        r = call(getattrOrUndefined(mapping, "__getitem__")!, [b[i]]);
      } catch (e) {
        if (!(e instanceof PyBaseException && e.type.isSubtype(EXCEPTION_TYPES.get("LookupError")!))) throw e;
        r = undefined;
      }
      if (r === None) r = undefined;
      if (typeof r === "number") r = String.fromCodePoint(r);
      else if (r !== undefined && typeof r !== "string") throw pyError(TypeError, "character mapping must return integer, None or str");
      if (r === "\ufffe") r = undefined;
    }
    if (r === undefined) {
      const [rep, next] = handleDecodeError(errors, "charmap", obj, i, i + 1, "character maps to <undefined>");
      out += rep;
      i = next;
      continue;
    }
    out += r;
    i++;
  }
  return out;
}

function charmapEncode(s: string, errors: string, mapping: PyValue): Uint8Array {
  if (mapping === None) return encode(s, "latin-1", errors);
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const out: number[] = [];
  const lookup = (c: number): number[] | null => {
    if (mapping instanceof PyEncodingMap) {
      const v = mapping.map.get(c);
      return v === undefined ? null : [v];
    }
    let r: PyValue;
    try {
      r = call(getattrOrUndefined(mapping, "__getitem__")!, [c]);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtype(EXCEPTION_TYPES.get("LookupError")!)) return null;
      throw e;
    }
    if (r === None) return null;
    if (typeof r === "number") {
      if (r < 0 || r > 255) throw pyError(TypeError, "character mapping must be in range(256)");
      return [r];
    }
    const b = bufferOf(r);
    if (b === null) throw pyError(TypeError, "character mapping must return integer, bytes or None, not " + typeName(r));
    return Array.from(b);
  };
  for (let i = 0; i < cps.length;) {
    const m = lookup(cps[i]);
    if (m) { out.push(...m); i++; continue; }
    let j = i + 1;
    while (j < cps.length && lookup(cps[j]) === null) j++;
    const [rep, next] = handleEncodeError(errors, "charmap", s, i, j, "character maps to <undefined>");
    if (typeof rep === "string") {
      for (const ch of rep) {
        const mm = lookup(ch.codePointAt(0)!);
        if (!mm) throw new PyBaseException(EXCEPTION_TYPES.get("UnicodeEncodeError")!, ["charmap", s, i, j, "character maps to <undefined>"]);
        out.push(...mm);
      }
    } else out.push(...rep);
    i = next;
  }
  return Uint8Array.from(out);
}

// ---- the module ---------------------------------------------------------------------------------------

export function makeCodecs(): PyModule {
  const m = new PyModule("_codecs");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kw: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));

  def("register", (args, kw) => {
    const [fn] = kwArgs("register", args, kw, ["search_function"], 1, 1, 1);
    if (!isCallable(fn!)) throw pyError(TypeError, "argument must be callable");
    codecRegister(fn!);
    return None;
  });
  def("unregister", (args, kw) => {
    const [fn] = kwArgs("unregister", args, kw, ["search_function"], 1, 1, 1);
    const r = codecRegistry();
    const i = r.search.indexOf(fn!);
    if (i >= 0) { r.search.splice(i, 1); r.cache.clear(); }
    return None;
  });
  def("lookup", (args, kw) => {
    const [enc] = kwArgs("lookup", args, kw, ["encoding"], 1, 1, 1);
    return codecLookup(strArg("lookup", enc));
  });
  def("_forget_codec", (args, kw) => {
    const [enc] = kwArgs("_forget_codec", args, kw, ["encoding"], 1, 1, 1);
    codecRegistry().cache.delete(normalizeCodecName(strArg("_forget_codec", enc)));
    return None;
  });
  for (const op of ["encode", "decode"] as const) {
    def(op, (args, kw) => {
      const [obj, enc, errs] = kwArgs(op, args, kw, ["obj", "encoding", "errors"], 0, 1, 3);
      const encoding = enc === undefined ? "utf-8" : strArg(op, enc);
      const errors = errs === undefined ? "strict" : errorsArg(op, errs);
      const info = codecLookup(encoding) as PyTuple;
      return codecResult(call(info.items[op === "encode" ? 0 : 1], [obj!, errors]), op === "encode" ? "encoder" : "decoder");
    });
  }
  def("register_error", (args, kw) => {
    const [name, handler] = kwArgs("register_error", args, kw, ["errors", "handler"], 2, 2, 2);
    const n = strArg("register_error", name);
    if (!isCallable(handler!)) throw pyError(TypeError, "handler must be callable");
    codecRegistry().errors.set(n, handler!);
    return None;
  });
  def("lookup_error", (args, kw) => {
    const [name] = kwArgs("lookup_error", args, kw, ["name"], 1, 1, 1);
    return lookupError(strArg("lookup_error", name));
  });

  // the native codecs: (output, length consumed)
  const simple = (name: string, codec: string) => {
    def(`${name}_encode`, (args, kw) => {
      const [s, errs] = kwArgs(`${name}_encode`, args, kw, ["str", "errors"], 2, 1, 2);
      const str = strArg(`${name}_encode`, s);
      return tuple([bytes(encode(str, codec, errorsArg(`${name}_encode`, errs))), cpLen(str)]);
    });
    def(`${name}_decode`, (args, kw) => {
      const [data, errs, final] = kwArgs(`${name}_decode`, args, kw, ["data", "errors", "final"], 3, 1, codec === "utf-8" ? 3 : 2);
      const obj = dataArg(`${name}_decode`, data);
      let b = obj.bytes;
      if (codec === "utf-8" && !(final !== undefined && truthy(final))) b = b.subarray(0, b.length - utf8Tail(b));
      const o = b.length === obj.bytes.length ? obj : new PyBytesObject(b.slice());
      return tuple([decode(o, b, codec, errorsArg(`${name}_decode`, errs)), b.length]);
    });
  };
  simple("utf_8", "utf-8");
  simple("latin_1", "latin-1");
  simple("ascii", "ascii");

  for (const [w, base] of [[2, "utf_16"], [4, "utf_32"]] as const) {
    def(`${base}_encode`, (args, kw) => {
      const [s, errs, bo] = kwArgs(`${base}_encode`, args, kw, ["str", "errors", "byteorder"], 3, 1, 3);
      const str = strArg(`${base}_encode`, s);
      return tuple([bytes(encodeUTF(str, errorsArg(`${base}_encode`, errs), bo === undefined ? 0 : toIndex(bo), w)), cpLen(str)]);
    });
    for (const [suffix, bo] of [["le", -1], ["be", 1]] as const) {
      def(`${base}_${suffix}_encode`, (args, kw) => {
        const [s, errs] = kwArgs(`${base}_${suffix}_encode`, args, kw, ["str", "errors"], 2, 1, 2);
        const str = strArg(`${base}_${suffix}_encode`, s);
        return tuple([bytes(encodeUTF(str, errorsArg(`${base}_${suffix}_encode`, errs), bo, w)), cpLen(str)]);
      });
      def(`${base}_${suffix}_decode`, (args, kw) => {
        const [data, errs, final] = kwArgs(`${base}_${suffix}_decode`, args, kw, ["data", "errors", "final"], 3, 1, 3);
        const [s, n] = decodeUTF(dataArg("", data), errorsArg("", errs), bo, final !== undefined && truthy(final), w);
        return tuple([s, n]);
      });
    }
    def(`${base}_decode`, (args, kw) => {
      const [data, errs, final] = kwArgs(`${base}_decode`, args, kw, ["data", "errors", "final"], 3, 1, 3);
      const [s, n] = decodeUTF(dataArg("", data), errorsArg("", errs), 0, final !== undefined && truthy(final), w);
      return tuple([s, n]);
    });
    def(`${base}_ex_decode`, (args, kw) => {
      const [data, errs, bo, final] = kwArgs(`${base}_ex_decode`, args, kw, ["data", "errors", "byteorder", "final"], 4, 1, 4);
      const [s, n, order] = decodeUTF(dataArg("", data), errorsArg("", errs), bo === undefined ? 0 : toIndex(bo), final !== undefined && truthy(final), w);
      return tuple([s, n, order]);
    });
  }
  for (const [name, raw] of [["unicode_escape", false], ["raw_unicode_escape", true]] as const) {
    def(`${name}_encode`, (args, kw) => {
      const [s, errs] = kwArgs(`${name}_encode`, args, kw, ["str", "errors"], 2, 1, 2);
      errorsArg(`${name}_encode`, errs);
      const str = strArg(`${name}_encode`, s);
      return tuple([bytes(unicodeEscapeEncode(str, raw)), cpLen(str)]);
    });
    def(`${name}_decode`, (args, kw) => {
      const [data, errs, final] = kwArgs(`${name}_decode`, args, kw, ["data", "errors", "final"], 3, 1, 3);
      const obj = typeof data === "string" ? new PyBytesObject(encode(data, "utf-8", "strict")) : dataArg(name, data);
      const [s, n] = unicodeEscapeDecode(obj, errorsArg(`${name}_decode`, errs), final === undefined ? true : truthy(final), raw);
      return tuple([s, n]);
    });
  }
  def("escape_encode", (args, kw) => {
    const [data, errs] = kwArgs("escape_encode", args, kw, ["data", "errors"], 2, 1, 2);
    errorsArg("escape_encode", errs);
    if (!(data instanceof PyBytesObject)) throw pyError(TypeError, `escape_encode() argument 1 must be bytes, not ${typeName(data!)}`);
    return tuple([bytes(escapeEncode(data.bytes)), data.bytes.length]);
  });
  def("escape_decode", (args, kw) => {
    const [data, errs] = kwArgs("escape_decode", args, kw, ["data", "errors"], 2, 1, 2);
    const b = typeof data === "string" ? encode(data, "utf-8", "strict") : bufferArg(data!);
    return tuple([bytes(escapeDecode(b, errorsArg("escape_decode", errs))), b.length]);
  });
  def("readbuffer_encode", (args, kw) => {
    const [data, errs] = kwArgs("readbuffer_encode", args, kw, ["data", "errors"], 2, 1, 2);
    errorsArg("readbuffer_encode", errs);
    const b = typeof data === "string" ? encode(data, "utf-8", "strict") : bufferArg(data!);
    return tuple([bytes(b.slice()), b.length]);
  });
  def("charmap_decode", (args, kw) => {
    const [data, errs, mapping] = kwArgs("charmap_decode", args, kw, ["data", "errors", "mapping"], 3, 1, 3);
    const obj = dataArg("charmap_decode", data);
    return tuple([charmapDecode(obj, errorsArg("charmap_decode", errs), mapping ?? None), obj.bytes.length]);
  });
  def("charmap_encode", (args, kw) => {
    const [s, errs, mapping] = kwArgs("charmap_encode", args, kw, ["str", "errors", "mapping"], 3, 1, 3);
    const str = strArg("charmap_encode", s);
    return tuple([bytes(charmapEncode(str, errorsArg("charmap_encode", errs), mapping ?? None)), cpLen(str)]);
  });
  def("charmap_build", (args, kw) => {
    const [map] = kwArgs("charmap_build", args, kw, ["map"], 1, 1, 1);
    const s = strArg("charmap_build", map);
    const out = new Map<number, number>();
    Array.from(s).forEach((ch, i) => { const c = ch.codePointAt(0)!; if (c !== 0xfffe && !out.has(c)) out.set(c, i); });
    return new PyEncodingMap(out);
  });
  return m;
}
