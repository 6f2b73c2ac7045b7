// Printing an uncaught exception as CPython 3.14 does (Lib/traceback.py TracebackException.format,
// StackSummary.format_frame_summary with its caret rules, exception chaining). Positions come from
// the code objects' location tables; source lines from the text that was run.
import type { PyBaseException } from "../objects/exceptions.js";
import { PyBaseException as PyBaseExceptionClass } from "../objects/exceptions.js";
import { str, repr, getattrOrUndefined } from "../objects/abstract.js";
import { None, type PyValue } from "../objects/object.js";
import { PyList, PyTuple } from "../objects/containers.js";
import { Frame } from "./eval.js";
import { decodeLineTable } from "../compile/linetable.js";
import { parse } from "../parse/index.js";
import type * as A from "../parse/ast.js";

export function formatException(exc: PyBaseException, sources: Map<string, string>): string {
  const out: string[] = [];
  const seen = new Set<PyBaseException>();
  formatChain(exc, sources, out, seen);
  return out.join("");
}

function formatChain(exc: PyBaseException, sources: Map<string, string>, out: string[], seen: Set<PyBaseException>): void {
  seen.add(exc);
  if (exc.cause && !seen.has(exc.cause)) {
    formatChain(exc.cause, sources, out, seen);
    out.push("\nThe above exception was the direct cause of the following exception:\n\n");
  } else if (exc.context && !exc.suppressContext && !seen.has(exc.context)) {
    formatChain(exc.context, sources, out, seen);
    out.push("\nDuring handling of the above exception, another exception occurred:\n\n");
  }
  if (exc.traceback.length) {
    out.push("Traceback (most recent call last):\n");
    // traceback entries are appended innermost first while unwinding: print outermost first
    const entries = exc.traceback.slice().reverse();
    let last = "", repeat = 0;
    for (const e of entries) {
      const text = formatFrame(e.frame as Frame, e.lasti, sources);
      if (text === last) {
        repeat++;
        if (repeat > 3) continue; // _RECURSIVE_CUTOFF
      } else {
        if (repeat > 3) out.push(`  [Previous line repeated ${repeat - 3} more time${repeat - 3 > 1 ? "s" : ""}]\n`);
        repeat = 1;
      }
      last = text;
      out.push(text);
    }
    if (repeat > 3) out.push(`  [Previous line repeated ${repeat - 3} more time${repeat - 3 > 1 ? "s" : ""}]\n`);
  }
  out.push(formatExceptionOnly(exc));
}

export function formatExceptionOnly(exc: PyBaseException): string {
  const t = exc.type;
  // TracebackException._format_syntax_error: the location, the line and carets, then "Type: msg"
  if (t.isSubtype(SyntaxErrorType)) {
    const f = syntaxErrorFields(exc);
    if (f && f.lineno !== null) return formatSyntaxError({ ...f, kind: t.qualname });
  }
  const name = t.module === "builtins" || t.module === "__main__" ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = `<exception str() failed>`;
  }
  let line = msg ? `${name}: ${msg}\n` : `${name}\n`;
  // TracebackException: __notes__ = getattr(exc, '__notes__', None); a sequence prints str() of each
  // note line by line, anything else its repr
  let notes: PyValue | undefined;
  try {
    notes = getattrOrUndefined(exc, "__notes__");
  } catch (e) {
    notes = new PyList([`Ignored error getting __notes__: ${safeString(e as PyValue, "__notes__", repr)}`]);
  }
  if (notes instanceof PyList || notes instanceof PyTuple) {
    for (const n of notes.items) for (const l of safeString(n, "note", str).split("\n")) line += l + "\n";
  } else if (notes !== undefined && notes !== None) {
    line += safeString(notes, "__notes__", repr) + "\n";
  }
  return line;
}

function safeString(v: PyValue, what: string, fn: (v: PyValue) => string): string {
  try {
    return fn(v);
  } catch {
    return `<${what} ${fn === repr ? "repr" : "str"}() failed>`;
  }
}

function formatFrame(frame: Frame, lasti: number, sources: Map<string, string>): string {
  const code = frame.code;
  const pos = positionAt(code, lasti);
  const lineno = pos ? pos.lineno : -1;
  let s = `  File "${code.co_filename}", line ${lineno < 0 ? "None" : lineno}, in ${code.co_name}\n`;
  const src = sources.get(code.co_filename);
  if (!src || lineno < 0) return s;
  const lines = src.split(/\r\n|\r|\n/);
  const line = lines[lineno - 1];
  if (line === undefined) return s;
  const stripped = line.trim();
  if (!stripped) return s;
  if (!pos || pos.end_lineno < 0 || pos.col_offset < 0 || pos.end_col_offset < 0) {
    return s + `    ${stripped}\n`;
  }
  const endLine = pos.end_lineno;
  const segmentLines = lines.slice(lineno - 1, endLine);
  // byte columns -> character columns
  const startCol = byteToChar(segmentLines[0], pos.col_offset);
  const endCol = byteToChar(segmentLines[segmentLines.length - 1], pos.end_col_offset);
  if (segmentLines.length > 1) {
    // multi-line segments (StackSummary.format_frame_summary): when no carets apply, the first and
    // last lines are shown with "...<n lines>..." for what lies between; with carets, the common
    // case only (the first line)
    const all = dedentLines(segmentLines);
    const dedent = segmentLines[0].length - all[0].length;
    const so = Math.max(0, startCol - dedent), eo = Math.max(0, endCol - dedent);
    const joined = all.join("\n");
    const segment = joined.slice(so, joined.length - (all[all.length - 1].length - eo));
    let anchors: Anchors | null = null;
    try { anchors = caretAnchors(segment); } catch { anchors = null; }
    if (anchors || shouldShowCarets(so, eo, all, null)) return s + `    ${stripped}\n`;
    const out: string[] = [];
    const last = all.length - 1;
    out.push(all[0] + "\n");
    if (last === 2) out.push(all[1] + "\n");
    else if (last > 2) out.push(`...<${last - 1} lines>...\n`);
    out.push(all[last] + "\n");
    return s + dedentLines(out.join("").split("\n").slice(0, -1)).map((l) => `    ${l}\n`).join("");
  }
  const indent = line.length - line.trimStart().length;
  const segment = line.slice(startCol, endCol);
  const anchors = caretAnchors(segment);
  // (traceback.py dedents the lines and shifts the offsets before deciding)
  const dedented = line.slice(indent);
  if (!shouldShowCarets(Math.max(0, startCol - indent), Math.max(0, endCol - indent), [dedented], anchors)) return s + `    ${stripped}\n`;
  let carets = "";
  for (let i = startCol; i < endCol; i++) {
    const rel = i - startCol;
    if (anchors && rel >= anchors.primaryStart && rel < anchors.primaryEnd) carets += "^";
    else if (anchors) carets += "~";
    else carets += "^";
  }
  s += `    ${line.slice(indent).replace(/\s+$/, "")}\n`;
  s += `    ${" ".repeat(startCol - indent)}${carets}\n`;
  return s;
}

/** textwrap.dedent on a list of lines: the common leading whitespace of the non-blank lines goes,
 *  whitespace-only lines become empty. */
function dedentLines(lines: string[]): string[] {
  let margin: string | null = null;
  for (const l of lines) {
    if (!l.trim()) continue;
    const ws = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = ws;
    else {
      let i = 0;
      while (i < margin.length && i < ws.length && margin[i] === ws[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  const m = margin ?? "";
  return lines.map((l) => (l.trim() ? l.slice(m.length) : ""));
}

function byteToChar(line: string, byteCol: number): number {
  let bytes = 0, i = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  return i;
}

interface Anchors { primaryStart: number; primaryEnd: number }

/** traceback._extract_caret_anchors_from_line_segment */
function caretAnchors(segment: string): Anchors | null {
  let tree: A.ModNode;
  try {
    tree = parse(segment, "<segment>", "exec");
  } catch {
    return null;
  }
  if (tree._type !== "Module" || tree.body.length !== 1) return null;
  const st = tree.body[0];
  if (st._type !== "Expr") return null;
  const e = st.value;
  const lines = segment.split("\n");
  const col = (l: number, c: number) => byteToChar(lines[l - 1], c) + (l > 1 ? lines.slice(0, l - 1).join("\n").length + 1 : 0);
  const nextValid = (i: number): number => {
    // skip whitespace, closing parens and comments (the operator follows)
    while (i < segment.length && (" \t\n)\\#".includes(segment[i]))) {
      if (segment[i] === "#") { while (i < segment.length && segment[i] !== "\n") i++; } else i++;
    }
    return i;
  };
  if (e._type === "BinOp") {
    let i = nextValid(col(e.left.end_lineno, e.left.end_col_offset));
    const opLen = segment[i] && "*/<>".includes(segment[i]) && segment[i + 1] === segment[i] ? 2 : 1;
    return { primaryStart: i, primaryEnd: i + opLen };
  }
  if (e._type === "Subscript") {
    let i = col(e.value.end_lineno, e.value.end_col_offset);
    while (i < segment.length && segment[i] !== "[") i++;
    const end = col(e.end_lineno, e.end_col_offset);
    return { primaryStart: i, primaryEnd: end };
  }
  if (e._type === "Call") {
    let i = col(e.func.end_lineno, e.func.end_col_offset);
    while (i < segment.length && segment[i] !== "(") i++;
    const end = col(e.end_lineno, e.end_col_offset);
    return { primaryStart: i, primaryEnd: end };
  }
  return null;
}

/** StackSummary._should_show_carets */
function shouldShowCarets(startOffset: number, endOffset: number, allLines: string[], anchors: Anchors | null): boolean {
  let tree: A.ModNode | null = null;
  try {
    tree = parse(allLines.join("\n"), "<line>", "exec");
  } catch {
    tree = null;
  }
  if (tree && tree._type === "Module") {
    if (!tree.body.length) return false;
    const stmt = tree.body[0];
    let value: A.ExprNode | null = null;
    if (stmt._type === "Return" && stmt.value && stmt.value._type === "Call" && stmt.value.func._type === "Name") value = stmt.value;
    if (stmt._type === "Assign" && stmt.value._type === "Call" && stmt.targets.length === 1 && stmt.targets[0]._type === "Name") value = stmt.value;
    if (value) {
      const first = allLines[0];
      const vs = byteToChar(first, value.col_offset), ve = byteToChar(allLines[allLines.length - 1], value.end_col_offset);
      if (value.lineno === 1 && value.end_lineno === allLines.length && vs === startOffset && ve === endOffset) return false;
    }
  }
  if (anchors) return true;
  if (allLines[0].slice(0, startOffset).trimStart() || allLines[allLines.length - 1].slice(endOffset).trimEnd()) return true;
  return false;
}

interface Pos { lineno: number; end_lineno: number; col_offset: number; end_col_offset: number }
function positionAt(code: Frame["code"], unit: number): Pos | null {
  for (const e of decodeLineTable(code.co_linetable, code.co_firstlineno)) {
    if (unit >= e.start && unit < e.end) return e;
  }
  return null;
}
void PyBaseExceptionClass;

import { syntaxErrorFields } from "../objects/syntaxerror.js";
import { formatSyntaxError } from "../parse/report.js";
import { EXCEPTION_TYPES as EXC_TYPES } from "../objects/exceptions.js";
const SyntaxErrorType = EXC_TYPES.get("SyntaxError")!;
