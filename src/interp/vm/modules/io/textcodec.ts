// The codecs TextIOWrapper uses: an encoder and an incremental decoder for an encoding name.
// UTF-8, Latin-1 and ASCII are native (objects/codecs.ts); other names go through the codec
// registry (_codecs.lookup -> codecs.CodecInfo, incrementalencoder/incrementaldecoder), as
// CPython's textiowrapper_set_decoder/_set_encoder do.
import { type PyValue } from "../../../objects/object.js";
import { call, getattr, toIndex, typeName } from "../../../objects/abstract.js";
import { PyTuple, tuple } from "../../../objects/containers.js";
import { pyError, TypeError } from "../../../objects/exceptions.js";
import { bufferOf, PyBytesObject } from "../../../objects/bytes.js";
import { decode, encode, nativeCodec } from "../../../objects/codecs.js";
import { codecLookup } from "../codecs/registry.js";
import { callm } from "./iobase.js";

export interface StreamDecoder {
  decode(input: Uint8Array, final: boolean): string;
  reset(): void;
  /** codecs.IncrementalDecoder.getstate: the bytes held back and the codec's flags */
  getstate(): [Uint8Array, number];
  setstate(buf: Uint8Array, flags: number): void;
}

export interface TextCodec {
  /** the codec's canonical name (CodecInfo.name) */
  name: string;
  encode(s: string, errors: string): Uint8Array;
  /** the incremental encoder's reset() / setstate(0) (BOM handling of utf-16, utf-8-sig, ...) */
  encoderReset(): void;
  encoderSkipBOM(): void;
  decoder(errors: string): StreamDecoder;
}

type Native = "utf-8" | "latin-1" | "ascii";

/** The length of an incomplete but so far valid UTF-8 sequence at the end of b (0 if none). */
export function utf8Tail(b: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

const FAST_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const FAST_ENCODER = new TextEncoder();
/** ASCII text as bytes (the same in all three native codecs), or null: print()'s many short
 *  writes are mostly ASCII, and TextEncoder has a cost per call. */
function asciiBytes(s: string): Uint8Array | null {
  const n = s.length;
  if (n > 256) return null;
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return null;
    b[i] = c;
  }
  return b;
}
/** text the host's UTF-8 encoder would not encode as CPython does (it replaces lone surrogates) */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

class NativeDecoder implements StreamDecoder {
  private held = new Uint8Array(0);
  constructor(private readonly codec: Native, private readonly errors: string) {}
  decode(input: Uint8Array, final: boolean): string {
    let b = input;
    if (this.held.length) {
      b = new Uint8Array(this.held.length + input.length);
      b.set(this.held);
      b.set(input, this.held.length);
    }
    let keep = 0;
    if (!final && this.codec === "utf-8") keep = utf8Tail(b);
    this.held = b.slice(b.length - keep);
    const body = keep ? b.subarray(0, b.length - keep) : b;
    if (body.length === 0) return "";
    if (this.codec === "utf-8") {
      // the host's decoder for valid input (the same text); anything invalid takes the slow
      // path, which reports or handles errors as CPython does
      try {
        return FAST_UTF8.decode(body);
      } catch {
        // fall through
      }
    }
    return decode(new PyBytesObject(body.slice()), body, this.codec, this.errors);
  }
  reset(): void { this.held = new Uint8Array(0); }
  getstate(): [Uint8Array, number] { return [this.held, 0]; }
  setstate(buf: Uint8Array): void { this.held = buf.slice(); }
}

/** A Python incremental decoder object (codecs.IncrementalDecoder). */
class PyStreamDecoder implements StreamDecoder {
  constructor(private readonly obj: PyValue) {}
  decode(input: Uint8Array, final: boolean): string {
    const r = callm(this.obj, "decode", [new PyBytesObject(input.slice()), final]);
    if (typeof r !== "string") throw pyError(TypeError, `decoder should return a string result, not '${typeName(r)}'`);
    return r;
  }
  reset(): void { callm(this.obj, "reset"); }
  getstate(): [Uint8Array, number] {
    const st = callm(this.obj, "getstate");
    if (!(st instanceof PyTuple) || st.items.length !== 2) throw pyError(TypeError, "illegal decoder state");
    const buf = bufferOf(st.items[0]);
    if (buf === null) throw pyError(TypeError, `illegal decoder state: the first value must be bytes`);
    return [buf, toIndex(st.items[1])];
  }
  setstate(buf: Uint8Array, flags: number): void {
    callm(this.obj, "setstate", [tuple([new PyBytesObject(buf.slice()), flags])]);
  }
}

export function textCodec(encoding: string, errorsFor = "strict"): TextCodec {
  const native = nativeCodec(encoding);
  if (native) {
    return {
      name: native === "utf-8" ? "utf-8" : native === "latin-1" ? "iso8859-1" : "ascii",
      encode: (s, errors) => {
        const a = asciiBytes(s);
        if (a) return a;
        return native === "utf-8" && !LONE_SURROGATE.test(s) ? FAST_ENCODER.encode(s) : encode(s, native, errors);
      },
      encoderReset: () => {},
      encoderSkipBOM: () => {},
      decoder: (errors) => new NativeDecoder(native, errors),
    };
  }
  const info = codecLookup(encoding);
  if (getattr(info, "_is_text_encoding") === false) {
    throw pyError(EXC_LOOKUP(), `'${encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs`);
  }
  const name = getattr(info, "name");
  const incEnc = getattr(info, "incrementalencoder");
  const incDec = getattr(info, "incrementaldecoder");
  let encoder: PyValue | null = null;
  return {
    name: typeof name === "string" ? name : encoding,
    encoderReset: () => { if (encoder) callm(encoder, "reset"); },
    encoderSkipBOM: () => { encoder ??= call(incEnc, [errorsFor]); callm(encoder, "setstate", [0]); },
    encode: (s, errors) => {
      encoder ??= call(incEnc, [errors]);
      const r = callm(encoder, "encode", [s]);
      const b = bufferOf(r);
      if (b === null) throw pyError(TypeError, `encoder should return a bytes object, not '${typeName(r)}'`);
      return b;
    },
    decoder: (errors) => new PyStreamDecoder(call(incDec, [errors])),
  };
}
import { LookupError } from "../../../objects/exceptions.js";
const EXC_LOOKUP = () => LookupError;
