// The location table of a code object (co_linetable), in CPython 3.11+'s format, with the
// co_lines() and co_positions() views over it (PEP 626, PEP 657).
// Format (CPython: Objects/locations.md, Python/assemble.c write_location_info_entry,
// Objects/codeobject.c _PyCode_CheckLineNumber / advance_with_locations):
//   each entry covers 1..8 code units; its first byte is 0x80 | code << 3 | (length - 1).
//   code 0-9   "short form": same line; col = code*8 + (b1 >> 4), end_col = col + (b1 & 15)
//   code 10-12 "one-line form": line delta = code - 10; then col, end_col bytes
//   code 13    "no column": svarint line delta
//   code 14    "long form": svarint line delta, varint end-line delta, varint col+1, varint end_col+1
//   code 15    "no location"
// Line deltas are relative to the previous entry's line (initially co_firstlineno).

/** A source location as the AST gives it; -1 fields mean "unknown" (CPython's -1). */
export interface Location {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export const NO_LOCATION: Location = { lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };

const enum Code { ShortMax = 9, OneLine0 = 10, NoColumn = 13, Long = 14, None = 15 }

export class LineTableWriter {
  private readonly out: number[] = [];
  private prevLine: number;

  constructor(firstLineno: number) {
    this.prevLine = firstLineno;
  }

  /** Append `length` code units (any count) at `loc`. */
  add(loc: Location, length: number): void {
    while (length > 0) {
      const n = Math.min(length, 8);
      this.entry(loc, n);
      length -= n;
    }
  }

  private byte(b: number): void { this.out.push(b & 0xff); }

  private varint(v: number): void {
    while (v >= 64) {
      this.byte(0x40 | (v & 63));
      v >>>= 6;
    }
    this.byte(v);
  }

  private svarint(v: number): void {
    this.varint(v < 0 ? ((-v) << 1) | 1 : v << 1);
  }

  private start(code: number, length: number): void {
    this.byte(0x80 | (code << 3) | (length - 1));
  }

  private entry(loc: Location, length: number): void {
    const line = loc.lineno;
    if (line < 0) {
      this.start(Code.None, length);
      return;
    }
    const delta = line - this.prevLine;
    const col = loc.col_offset, endCol = loc.end_col_offset;
    if (col < 0 || endCol < 0) {
      if (loc.end_lineno === line || loc.end_lineno < 0) {
        this.start(Code.NoColumn, length);
        this.svarint(delta);
        this.prevLine = line;
        return;
      }
    } else if (loc.end_lineno === line) {
      if (delta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        this.start(col >> 3, length);
        this.byte(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
        this.start(Code.OneLine0 + delta, length);
        this.byte(col);
        this.byte(endCol);
        this.prevLine = line;
        return;
      }
    }
    this.start(Code.Long, length);
    this.svarint(delta);
    this.varint(loc.end_lineno - line);
    this.varint(col + 1);
    this.varint(endCol + 1);
    this.prevLine = line;
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

/** One decoded entry: code units [start, end) (in code units) at a location. */
export interface LocationEntry extends Location {
  start: number;
  end: number;
}

/** Decode a location table (CPython: Objects/codeobject.c PyLineTable / positions iterator). */
export function decodeLineTable(table: Uint8Array, firstLineno: number): LocationEntry[] {
  const out: LocationEntry[] = [];
  let i = 0, line = firstLineno, unit = 0;
  const varint = (): number => {
    let b = table[i++], v = b & 63, shift = 6;
    while (b & 64) {
      b = table[i++];
      v |= (b & 63) << shift;
      shift += 6;
    }
    return v;
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >>> 1) : v >>> 1;
  };
  while (i < table.length) {
    const first = table[i++];
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    let e: LocationEntry;
    if (code === Code.None) {
      e = { start: unit, end: unit + length, lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1 };
    } else if (code === Code.Long) {
      line += svarint();
      const endLine = line + varint();
      const col = varint() - 1;
      const endCol = varint() - 1;
      e = { start: unit, end: unit + length, lineno: line, end_lineno: endLine, col_offset: col, end_col_offset: endCol };
    } else if (code === Code.NoColumn) {
      line += svarint();
      e = { start: unit, end: unit + length, lineno: line, end_lineno: line, col_offset: -1, end_col_offset: -1 };
    } else if (code >= Code.OneLine0) {
      line += code - Code.OneLine0;
      const col = table[i++], endCol = table[i++];
      e = { start: unit, end: unit + length, lineno: line, end_lineno: line, col_offset: col, end_col_offset: endCol };
    } else {
      const b = table[i++];
      const col = code * 8 + (b >> 4);
      e = { start: unit, end: unit + length, lineno: line, end_lineno: line, col_offset: col, end_col_offset: col + (b & 15) };
    }
    out.push(e);
    unit += length;
  }
  return out;
}

/**
 * co_lines(): (start_byte, end_byte, lineno|None) ranges, merging adjacent entries on the same line,
 * as CPython's lineiter (Objects/codeobject.c lineiter_next). Offsets are in bytes (2 per unit).
 */
export function coLines(table: Uint8Array, firstLineno: number): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  for (const e of decodeLineTable(table, firstLineno)) {
    const line = e.lineno < 0 ? null : e.lineno;
    const last = out[out.length - 1];
    if (last && last[2] === line && last[1] === e.start * 2) last[1] = e.end * 2;
    else out.push([e.start * 2, e.end * 2, line]);
  }
  return out;
}

/** co_positions(): one (lineno, end_lineno, col, end_col) per code unit, None where unknown. */
export function coPositions(table: Uint8Array, firstLineno: number): (number | null)[][] {
  const out: (number | null)[][] = [];
  const n = (v: number) => (v < 0 ? null : v);
  for (const e of decodeLineTable(table, firstLineno)) {
    for (let u = e.start; u < e.end; u++) out.push([n(e.lineno), n(e.end_lineno), n(e.col_offset), n(e.end_col_offset)]);
  }
  return out;
}
