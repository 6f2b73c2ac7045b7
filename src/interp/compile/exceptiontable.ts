// The exception table of a code object (co_exceptiontable), in CPython 3.11+'s format
// (CPython: InternalDocs/exception_handling.md, Python/assemble.c assemble_emit_exception_table_entry,
// Lib/dis.py _parse_exception_table). Each entry is four numbers in code units:
// start, length, target, and depth<<1 | lasti, each written as big-endian 6-bit groups with 0x40
// marking "more follows"; the first byte of an entry carries 0x80.

export interface ExceptionTableEntry {
  /** first and one-past-last covered code unit */
  start: number;
  end: number;
  /** handler code unit */
  target: number;
  /** stack depth to unwind to */
  depth: number;
  /** push the offset of the raising instruction (lasti) before the exception */
  lasti: boolean;
}

function writeItem(out: number[], value: number, msb: number): void {
  const groups: number[] = [];
  do {
    groups.push(value & 0x3f);
    value >>>= 6;
  } while (value > 0);
  for (let i = groups.length - 1; i >= 0; i--) {
    out.push(groups[i] | (i > 0 ? 0x40 : 0) | (i === groups.length - 1 ? msb : 0));
  }
}

export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    writeItem(out, e.start, 0x80);
    writeItem(out, e.end - e.start, 0);
    writeItem(out, e.target, 0);
    writeItem(out, (e.depth << 1) | (e.lasti ? 1 : 0), 0);
  }
  return Uint8Array.from(out);
}

export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let i = 0;
  const item = (): number => {
    let b = table[i++];
    let v = b & 0x3f;
    while (b & 0x40) {
      b = table[i++];
      v = (v << 6) | (b & 0x3f);
    }
    return v;
  };
  while (i < table.length) {
    const start = item();
    const length = item();
    const target = item();
    const dl = item();
    out.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}

/** The handler for the instruction at code unit `unit`, or null (CPython: get_exception_handler). */
export function findHandler(entries: readonly ExceptionTableEntry[], unit: number): ExceptionTableEntry | null {
  // entries are sorted by start and do not overlap
  let lo = 0, hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid];
    if (unit < e.start) hi = mid - 1;
    else if (unit >= e.end) lo = mid + 1;
    else return e;
  }
  return null;
}
