// @ts-check
// A minimal, read-only ZIP reader: the central directory plus stored (0) and deflated (8) entries,
// enough for pyodide's python_stdlib.zip (and, later, for zipimport of a stdlib bundle at run time).
// Layout per APPNOTE.TXT (PKWARE .ZIP File Format Specification) sections 4.3.6-4.3.16.
//
// Plain JavaScript with JSDoc types (checked by `npx tsc -p test`) so that vitest suites *and* the
// plain Node scripts (scripts/diff-stdlib.mjs, bench/run.js, test/fuzz/campaign.js) import the same
// code: Node 20 cannot import .ts files directly.
import { inflateRawSync } from "node:zlib";

const EOCD_SIG = 0x06054b50; // end of central directory record
const CDH_SIG = 0x02014b50; // central directory file header
const LFH_SIG = 0x04034b50; // local file header
const ZIP64_EOCD_LOCATOR_SIG = 0x07064b50;
const EOCD_MIN_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * One entry of the central directory.
 * @typedef {object} ZipEntry
 * @property {string} name          path inside the archive ("asyncio/events.py"); directories end in "/"
 * @property {number} method        0 = stored, 8 = deflated
 * @property {number} crc32
 * @property {number} compressedSize
 * @property {number} size          uncompressed size
 * @property {number} localHeaderOffset
 */

export class ZipError extends Error {}

export class ZipReader {
  /** @type {Uint8Array} */ #data;
  /** @type {DataView} */ #view;
  /** @type {Map<string, ZipEntry>} */ #entries = new Map();

  /** @param {Uint8Array} data the whole archive */
  constructor(data) {
    this.#data = data;
    this.#view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.#readCentralDirectory();
  }

  /** Entries in central-directory order (directories included). @returns {ZipEntry[]} */
  entries() {
    return [...this.#entries.values()];
  }

  /** @param {string} name @returns {ZipEntry | undefined} */
  entry(name) {
    return this.#entries.get(name);
  }

  /** @param {string} name @returns {boolean} */
  has(name) {
    return this.#entries.has(name);
  }

  /**
   * The uncompressed bytes of one entry.
   * @param {string | ZipEntry} nameOrEntry
   * @returns {Uint8Array}
   */
  read(nameOrEntry) {
    const e = typeof nameOrEntry === "string" ? this.#entries.get(nameOrEntry) : nameOrEntry;
    if (!e) throw new ZipError(`no such entry: ${String(nameOrEntry)}`);
    const v = this.#view;
    const at = e.localHeaderOffset;
    if (v.getUint32(at, true) !== LFH_SIG) throw new ZipError(`bad local header for ${e.name}`);
    // The local header repeats name and extra field, with lengths that may differ from the central copy.
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    const raw = this.#data.subarray(start, start + e.compressedSize);
    let out;
    if (e.method === 0) out = raw;
    else if (e.method === 8) out = new Uint8Array(inflateRawSync(raw));
    else throw new ZipError(`unsupported compression method ${e.method} for ${e.name}`);
    if (out.length !== e.size) throw new ZipError(`size mismatch for ${e.name}: ${out.length} != ${e.size}`);
    return out;
  }

  #readCentralDirectory() {
    const v = this.#view;
    const n = this.#data.length;
    // The EOCD record sits at the end, followed by a comment of at most 64 KiB: scan backwards.
    let eocd = -1;
    for (let i = n - EOCD_MIN_SIZE; i >= Math.max(0, n - EOCD_MIN_SIZE - MAX_COMMENT); i--) {
      if (v.getUint32(i, true) === EOCD_SIG) { eocd = i; break; }
    }
    if (eocd < 0) throw new ZipError("not a zip file (no end of central directory record)");
    if (eocd >= 20 && v.getUint32(eocd - 20, true) === ZIP64_EOCD_LOCATOR_SIG) {
      throw new ZipError("zip64 archives are not supported");
    }
    const count = v.getUint16(eocd + 10, true);
    let p = v.getUint32(eocd + 16, true);
    const decoder = new TextDecoder("utf-8");
    const cp437 = new TextDecoder("latin1"); // names without the UTF-8 flag; ASCII in practice
    for (let i = 0; i < count; i++) {
      if (v.getUint32(p, true) !== CDH_SIG) throw new ZipError(`bad central directory header #${i}`);
      const flags = v.getUint16(p + 8, true);
      const nameLen = v.getUint16(p + 28, true);
      const extraLen = v.getUint16(p + 30, true);
      const commentLen = v.getUint16(p + 32, true);
      const nameBytes = this.#data.subarray(p + 46, p + 46 + nameLen);
      /** @type {ZipEntry} */
      const entry = {
        name: (flags & 0x800 ? decoder : cp437).decode(nameBytes),
        method: v.getUint16(p + 10, true),
        crc32: v.getUint32(p + 16, true),
        compressedSize: v.getUint32(p + 20, true),
        size: v.getUint32(p + 24, true),
        localHeaderOffset: v.getUint32(p + 42, true),
      };
      if (flags & 1) throw new ZipError(`encrypted entry: ${entry.name}`);
      this.#entries.set(entry.name, entry);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }
}

/**
 * Read every entry whose name satisfies `filter` into memory, in archive order.
 * @param {Uint8Array} data
 * @param {(name: string) => boolean} filter
 * @returns {Array<{ name: string, data: Uint8Array }>}
 */
export function readZipFiles(data, filter) {
  const zip = new ZipReader(data);
  return zip.entries().filter((e) => !e.name.endsWith("/") && filter(e.name))
    .map((e) => ({ name: e.name, data: zip.read(e) }));
}
