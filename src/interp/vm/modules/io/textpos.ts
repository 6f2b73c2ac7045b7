// TextIOWrapper's position cookies: the decoder's state as CPython packs it into the int tell()
// returns, and the search for it. CPython: Modules/_io/textio.c (textiowrapper_build_cookie,
// textiowrapper_parse_cookie, _io_TextIOWrapper_tell_impl, _textiowrapper_decoder_setstate).
import { type PyValue } from "../../../objects/object.js";
import { toIndex } from "../../../objects/abstract.js";
import { pyError } from "../../../objects/exceptions.js";
import { normBig } from "../../../objects/numbers.js";
import { OSErrorType } from "../../../objects/oserror.js";
import { NewlineState } from "./newline.js";
import type { StreamDecoder } from "./textcodec.js";
import type { PyTextIO } from "./textio.js";

/** The number of code points in a JS string. */
export const cpCount = (s: string): number => {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n--; i++; }
  }
  return n;
};

/** The decoder and the newline decoder as one (IncrementalNewlineDecoder over the codec's):
 *  state = (bytes held, codec flags << 1 | pending \r). */
export function decoderGetState(dec: StreamDecoder, nl: NewlineState | null): [Uint8Array, number] {
  const [buf, flags] = dec.getstate();
  return nl ? [buf, flags * 2 + (nl.pendingCR ? 1 : 0)] : [buf, flags];
}
export function decoderSetState(dec: StreamDecoder, nl: NewlineState | null, buf: Uint8Array, flags: number): void {
  if (nl) {
    nl.pendingCR = (flags & 1) !== 0;
    dec.setstate(buf, Math.floor(flags / 2));
  } else dec.setstate(buf, flags);
}
export function decodeWith(dec: StreamDecoder, nl: NewlineState | null, input: Uint8Array, final: boolean): string {
  const t = dec.decode(input, final);
  return nl ? nl.feed(t, final) : t;
}

// textiowrapper_build_cookie: start_pos | dec_flags << 64 | bytes_to_feed << 96 |
// chars_to_skip << 128 | need_eof << 160
export interface Cookie { start: number; flags: number; feed: number; skip: number; eof: number }
export function buildCookie(c: Cookie): PyValue {
  if (c.flags === 0 && c.feed === 0 && c.skip === 0 && c.eof === 0) return c.start;
  return normBig(BigInt(c.start) | (BigInt(c.flags >>> 0) << 64n) | (BigInt(c.feed) << 96n) | (BigInt(c.skip) << 128n) | (BigInt(c.eof) << 160n));
}
export function parseCookie(v: PyValue): Cookie {
  const n = typeof v === "bigint" ? v : BigInt(toIndex(v));
  const field = (shift: bigint, bits: bigint) => Number((n >> shift) & ((1n << bits) - 1n));
  return { start: field(0n, 64n), flags: field(64n, 32n) | 0, feed: field(96n, 32n), skip: field(128n, 32n), eof: field(160n, 8n) };
}

// _io_TextIOWrapper_tell_impl: from the snapshot, find the nearest point where the decoder holds
// nothing, and count the bytes to feed and characters to skip from there
/** _io_TextIOWrapper_tell_impl after the flushes: `pos` is the buffer's position. From the
 *  snapshot, find the nearest point where the decoder holds nothing, then count the bytes to feed
 *  and the characters to skip from there. */
export function tellCookie(self: PyTextIO, pos: number): PyValue {
  const input = self.snapInput!;
  const cookie: Cookie = { start: pos - input.length, flags: self.snapFlags, feed: 0, skip: 0, eof: 0 };
  const used = self.decodedPos > self.snapLeftover ? cpCount(self.decoded.slice(self.snapLeftover, self.decodedPos)) : 0;
  if (used === 0) return buildCookie(cookie);
  // a decoder of its own stands in for saving and restoring the real one's state
  const dec = self.codec!.decoder(self.errors);
  const nl = self.nl ? new NewlineState(self.readtranslate) : null;
  const setstate = (flags: number) => decoderSetState(dec, nl, new Uint8Array(0), flags);
  let skip = used;
  let skipBytes = Math.trunc(self.b2cratio * skip);
  let skipBack = 1;
  while (skipBytes > 0) {
    setstate(cookie.flags);
    const n = cpCount(decodeWith(dec, nl, input.subarray(0, skipBytes), false));
    if (n <= skip) {
      const [buf, flags] = decoderGetState(dec, nl);
      if (buf.length === 0) {
        cookie.flags = flags;
        skip -= n;
        break;
      }
      skipBytes -= buf.length;
      skipBack = 1;
    } else {
      skipBytes -= skipBack;
      skipBack *= 2;
    }
  }
  if (skipBytes <= 0) {
    skipBytes = 0;
    setstate(cookie.flags);
  }
  cookie.start += skipBytes;
  if (skip > 0) {
    let decoded = 0, i = skipBytes;
    for (; i < input.length; i++) {
      decoded += cpCount(decodeWith(dec, nl, input.subarray(i, i + 1), false));
      cookie.feed += 1;
      const [buf, flags] = decoderGetState(dec, nl);
      if (buf.length === 0 && decoded <= skip) {
        // nothing held: a safe start point
        cookie.start += cookie.feed;
        skip -= decoded;
        cookie.flags = flags;
        cookie.feed = 0;
        decoded = 0;
      }
      if (decoded >= skip) break;
    }
    if (i >= input.length) {
      decoded += cpCount(decodeWith(dec, nl, new Uint8Array(0), true));
      cookie.eof = 1;
      if (decoded < skip) throw pyError(OSErrorType, "can't reconstruct logical file position");
    }
  }
  cookie.skip = skip;
  return buildCookie(cookie);
}
