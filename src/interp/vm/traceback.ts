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
import { formatSyntaxError } from "../parse/report.js";
import { excField } from "../objects/exctypes.js";
import { groupExceptions, isGroup } from "../objects/excgroup.js";
import { AttributeError, NameError } from "../objects/exceptions.js";
import { STDLIB_MODULE_NAMES } from "./stdlib-names.js";
import { calculateSuggestion } from "../parse/suggestions.js";
import { call, iterateToArray } from "../objects/abstract.js";
import { PyCell } from "../objects/functions.js";
import { PyDict } from "../objects/containers.js";
import { builtinsNamespace } from "./eval.js";
import type * as A from "../parse/ast.js";

/** Options of formatException: `suggestions: false` leaves out the "Did you mean" hints (a debugger
 *  showing an evaluation's error, as pdb's one-line report without a traceback does). */
export interface FormatOptions { suggestions?: boolean }
let suggestHints = true;

export function formatException(exc: PyBaseException, sources: Map<string, string>, opts: FormatOptions = {}): string {
  const saved = suggestHints;
  suggestHints = opts.suggestions !== false;
  try {
    return formatExceptionWith(exc, sources);
  } finally {
    suggestHints = saved;
  }
}

function formatExceptionWith(exc: PyBaseException, sources: Map<string, string>): string {
  // TracebackException(..., compact=True).format() (Lib/traceback.py)
  const seen = new Set<PyBaseException>();
  const te = buildTE(exc, seen, true);
  const out: string[] = [];
  formatTE(te, sources, out, { depth: 0, needClose: false });
  return out.join("");
}

/** The tree TracebackException.__init__ builds: causes, contexts and group members, each exception once. */
interface TE { exc: PyBaseException; cause: TE | null; context: TE | null; exceptions: TE[] | null }

function buildTE(exc: PyBaseException, seen: Set<PyBaseException>, top: boolean): TE {
  seen.add(exc);
  const te: TE = { exc, cause: null, context: null, exceptions: null };
  if (!top) return te;
  const queue: [TE, PyBaseException][] = [[te, exc]];
  while (queue.length) {
    const [t, e] = queue.pop()!;
    const cause = e.cause && !seen.has(e.cause) ? buildTE(e.cause, seen, false) : null;
    const needContext = cause === null && !e.suppressContext;
    const context = e.context && needContext && !seen.has(e.context) ? buildTE(e.context, seen, false) : null;
    const exceptions = isGroup(e) ? groupExceptions(e).map((x) => buildTE(x, seen, false)) : null;
    t.cause = cause;
    t.context = context;
    t.exceptions = exceptions;
    if (cause) queue.push([cause, e.cause!]);
    if (context) queue.push([context, e.context!]);
    if (exceptions) exceptions.forEach((x, i) => queue.push([x, groupExceptions(e)[i]]));
  }
  return te;
}

interface PrintCtx { depth: number; needClose: boolean }
const MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

/** _ExceptionPrintContext.emit: textwrap.indent every line with the group margin */
function emit(ctx: PrintCtx, out: string[], text: string, margin = "|"): void {
  let indent = " ".repeat(2 * ctx.depth);
  if (ctx.depth) indent += margin + " ";
  if (!ctx.depth) { out.push(text); return; }
  out.push(text.split(/(?<=\n)/).map((l) => indent + l).join(""));
}

/** TracebackException.format */
function formatTE(top: TE, sources: Map<string, string>, out: string[], ctx: PrintCtx): void {
  const chain: [string | null, TE][] = [];
  let t: TE | null = top;
  while (t) {
    let msg: string | null = null, next: TE | null = null;
    if (t.cause) { msg = "\nThe above exception was the direct cause of the following exception:\n\n"; next = t.cause; }
    else if (t.context && !t.exc.suppressContext) { msg = "\nDuring handling of the above exception, another exception occurred:\n\n"; next = t.context; }
    chain.push([msg, t]);
    t = next;
  }
  for (let k = chain.length - 1; k >= 0; k--) {
    const [msg, te] = chain[k];
    if (msg !== null) emit(ctx, out, msg);
    const exc = te.exc;
    if (te.exceptions === null) {
      if (exc.traceback.length) emit(ctx, out, "Traceback (most recent call last):\n" + formatStack(exc, sources));
      emit(ctx, out, formatExceptionOnly(exc));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      emit(ctx, out, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      const isTop = ctx.depth === 0;
      if (isTop) ctx.depth++;
      if (exc.traceback.length) {
        emit(ctx, out, "Exception Group Traceback (most recent call last):\n", isTop ? "+" : "|");
        emit(ctx, out, formatStack(exc, sources));
      }
      emit(ctx, out, formatExceptionOnly(exc));
      const num = te.exceptions.length;
      const n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
      ctx.needClose = false;
      for (let i = 0; i < n; i++) {
        const last = i === n - 1;
        if (last) ctx.needClose = true;
        const truncated = i >= MAX_GROUP_WIDTH;
        const title = truncated ? "..." : `${i + 1}`;
        out.push(" ".repeat(2 * ctx.depth) + (i === 0 ? "+-" : "  ") + `+---------------- ${title} ----------------\n`);
        ctx.depth++;
        if (!truncated) formatTE(te.exceptions[i], sources, out, ctx);
        else {
          const remaining = num - MAX_GROUP_WIDTH;
          emit(ctx, out, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
        }
        if (last && ctx.needClose) {
          out.push(" ".repeat(2 * ctx.depth) + "+------------------------------------\n");
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (isTop) ctx.depth = 0;
    }
  }
}

/** StackSummary.format: the frames, outermost first, with "[Previous line repeated N more times]" */
function formatStack(exc: PyBaseException, sources: Map<string, string>): string {
  const out: string[] = [];
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
  return out.join("");
}

export function formatExceptionOnly(exc: PyBaseException): string {
  const t = exc.type;
  const name = t.module === "builtins" || t.module === "__main__" ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = `<exception str() failed>`;
  }
  if (suggestHints && (t.isSubtype(NameError) || t.isSubtype(AttributeError))) {
    const wrong = excField(exc, "name");
    if (typeof wrong === "string") {
      let suggestion: string | null = null;
      try { suggestion = computeSuggestion(exc, wrong); } catch { suggestion = null; }
      if (suggestion) msg += `. Did you mean: '${suggestion}'?`;
      if (t.isSubtype(NameError) && STDLIB_MODULE_NAMES.has(wrong)) {
        msg += suggestion ? ` Or did you forget to import '${wrong}'?` : `. Did you forget to import '${wrong}'?`;
      }
    }
  }
  let line = msg ? `${name}: ${msg}\n` : `${name}\n`;
  if (t.isSubtype(SyntaxErrorType)) {
    // TracebackException._format_syntax_error: the location, the line and carets, then "Type: msg"
    const f = syntaxErrorFields(exc);
    if (f) line = formatSyntaxError({ ...f, kind: name });
  }
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

/** The names a frame's f_locals has (bound variables only). */
function frameLocalNames(f: Frame): [string[], PyValue | undefined] {
  if (f.locals) return [[...f.locals.entries()].map((e) => e[0]).filter((k): k is string => typeof k === "string"), f.locals.get("self")];
  const names: string[] = [];
  let self: PyValue | undefined;
  f.code.localsplusnames.forEach((n, i) => {
    let v = f.fast[i];
    if (v instanceof PyCell) v = v.value as PyValue | undefined;
    if (v === undefined) return;
    names.push(n);
    if (n === "self") self = v as PyValue;
  });
  return [names, self];
}

/** traceback._compute_suggestion_error for NameError and AttributeError */
function computeSuggestion(exc: PyBaseException, wrong: string): string | null {
  const inner = exc.traceback.length ? (exc.traceback[0].frame as Frame) : null;
  let d: string[];
  if (exc.type.isSubtype(AttributeError)) {
    const obj = excField(exc, "obj");
    const dirFn = builtinsNamespace().get("dir");
    if (dirFn === undefined) return null;
    d = iterateToArray(call(dirFn, [obj])).filter((x): x is string => typeof x === "string").sort(cmpCodePoints);
    let hide = wrong[0] !== "_";
    if (hide && inner) {
      const [, self] = frameLocalNames(inner);
      if (self !== undefined && self === obj) hide = false;
    }
    if (hide) d = d.filter((x) => x[0] !== "_");
  } else {
    if (!inner) return null;
    const [locals, self] = frameLocalNames(inner);
    const keys = (m: PyDict) => [...m.entries()].map((e) => e[0]).filter((k): k is string => typeof k === "string");
    d = [...locals, ...keys(inner.globals), ...keys(inner.builtins)];
    if (self !== undefined) {
      let has = false;
      try { has = getattrOrUndefined(self, wrong) !== undefined; } catch { has = false; }
      if (has) return `self.${wrong}`;
    }
  }
  return calculateSuggestion(d, wrong);
}

const cmpCodePoints = (a: string, b: string): number => {
  const x = Array.from(a), y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (c) return c;
  }
  return x.length - y.length;
};

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
  // StackSummary.format_frame_summary (Lib/traceback.py, 3.14)
  const n = pos.end_lineno - lineno + 1;
  const original = lines.slice(lineno - 1, pos.end_lineno).map((l) => l.replace(/\s+$/, ""));
  while (original.length < n) original.push("");
  const dedented = dedentLines(original);
  const firstLine = original[0], lastLine = original[n - 1];
  let startOffset = byteToChar(firstLine, pos.col_offset);
  let endOffset = byteToChar(lastLine, pos.end_col_offset);
  const all = dedented;
  const dedentChars = firstLine.length - all[0].length;
  startOffset = Math.max(0, startOffset - dedentChars);
  endOffset = Math.max(0, endOffset - dedentChars);
  const joined = all.join("\n");
  const segment = joined.slice(startOffset, joined.length - (all[n - 1].length - endOffset));
  let anchors: Anchors | null = null;
  try { anchors = caretAnchors(segment); } catch { anchors = null; }
  const showCarets = shouldShowCarets(startOffset, endOffset, all, anchors);
  const result: string[] = [];
  const significant = new Set([0, n - 1]);
  let leftEnd = 0, rightStart = 0;
  // terminal columns: East Asian wide characters take two (traceback._display_width)
  const dpStart = displayWidth(all[0], startOffset), dpEnd = displayWidth(all[n - 1], endOffset);
  if (anchors) {
    leftEnd = displayWidth(all[anchors.leftEndLineno], anchors.leftEndOffset + (anchors.leftEndLineno === 0 ? startOffset : 0));
    rightStart = displayWidth(all[anchors.rightStartLineno], anchors.rightStartOffset + (anchors.rightStartLineno === 0 ? startOffset : 0));
    for (let i = anchors.leftEndLineno - 1; i <= anchors.leftEndLineno + 1; i++) significant.add(i);
    for (let i = anchors.rightStartLineno - 1; i <= anchors.rightStartLineno + 1; i++) significant.add(i);
  }
  significant.delete(-1);
  significant.delete(n);
  const outputLine = (ln: number): void => {
    const text = all[ln];
    result.push(text + "\n");
    if (!showCarets) return;
    const numSpaces = text.length - text.trimStart().length;
    const numCarets = ln === n - 1 ? dpEnd : displayWidth(text, text.length);
    let carets = "";
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (ln === 0 && col < dpStart)) carets += " ";
      else if (anchors && (ln > anchors.leftEndLineno || (ln === anchors.leftEndLineno && col >= leftEnd)) &&
        (ln < anchors.rightStartLineno || (ln === anchors.rightStartLineno && col < rightStart))) carets += "^";
      else carets += anchors ? "~" : "^";
    }
    result.push(carets + "\n");
  };
  const sig = [...significant].sort((a, b) => a - b);
  sig.forEach((ln, i) => {
    if (i) {
      const diff = ln - sig[i - 1];
      if (diff === 2) outputLine(ln - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(ln);
  });
  // textwrap.indent(textwrap.dedent("".join(result)), '    ', lambda line: True)
  const body = result.join("").split("\n");
  body.pop();
  return s + dedentLines(body).map((l) => `    ${l}\n`).join("");
}

/** traceback._display_width: the columns the first `offset` characters take */
function displayWidth(line: string, offset: number): number {
  if (/^[\x00-\x7f]*$/.test(line)) return offset;
  let w = 0;
  for (let i = 0; i < offset && i < line.length; i++) {
    const cp = line.codePointAt(i)!;
    w += isWide(cp) ? 2 : 1;
    if (cp > 0xffff) i++;
  }
  return w;
}

/** unicodedata.east_asian_width(ch) in ("W", "F"), from the main ranges of EastAsianWidth.txt */
function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  const R: [number, number][] = [
    [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
    [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
    [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
    [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
    [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
    [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
    [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
    [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
    [0x17000, 0x18cff], [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e],
    [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f300, 0x1f320], [0x1f32d, 0x1f335], [0x1f337, 0x1f37c],
    [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca], [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0], [0x1f3f4, 0x1f3f4],
    [0x1f3f8, 0x1f43e], [0x1f440, 0x1f440], [0x1f442, 0x1f4fc], [0x1f4ff, 0x1f53d], [0x1f54b, 0x1f54e],
    [0x1f550, 0x1f567], [0x1f57a, 0x1f57a], [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4], [0x1f5fb, 0x1f64f],
    [0x1f680, 0x1f6c5], [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2], [0x1f6d5, 0x1f6d7], [0x1f6dc, 0x1f6df],
    [0x1f6eb, 0x1f6ec], [0x1f6f4, 0x1f6fc], [0x1f7e0, 0x1f7eb], [0x1f7f0, 0x1f7f0], [0x1f90c, 0x1f93a],
    [0x1f93c, 0x1f945], [0x1f947, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
  ];
  for (const [a, b] of R) if (cp >= a && cp <= b) return true;
  return false;
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

interface Anchors { leftEndLineno: number; leftEndOffset: number; rightStartLineno: number; rightStartOffset: number }

/** traceback._extract_caret_anchors_from_line_segment (throws where traceback.py would raise) */
function caretAnchors(segment: string): Anchors | null {
  let tree: A.ModNode;
  try {
    tree = parse(`(\n${segment}\n)`, "<segment>", "exec");
  } catch {
    return null;
  }
  if (tree._type !== "Module" || tree.body.length !== 1) return null;
  const st = tree.body[0];
  if (st._type !== "Expr") return null;
  const e = st.value;
  const lines = segment.split(/\r\n|\r|\n/);
  if (lines.length && lines[lines.length - 1] === "" && /[\r\n]$/.test(segment)) lines.pop();
  const normalize = (ln: number, off: number): number => byteToChar(lines[ln], off);
  const nextValid = (ln: number, col: number): [number, number] => {
    while (ln < lines.length && col >= lines[ln].length) { col = 0; ln++; }
    if (!(ln < lines.length && col < lines[ln].length)) throw new Error("assert");
    return [ln, col];
  };
  const incrementUntil = (ln: number, col: number, stop: (c: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[ln][col];
      if (ch === undefined) throw new Error("index");
      if (ch === "\\" || ch === "#") [ln, col] = nextValid(ln + 1, 0);
      else if (!stop(ch)) [ln, col] = nextValid(ln, col + 1);
      else break;
    }
    return [ln, col];
  };
  const setup = (x: { end_lineno: number; end_col_offset: number }, force = true): [number, number] => {
    const ln = x.end_lineno - 2;
    const col = normalize(ln, x.end_col_offset);
    return force ? nextValid(ln, col) : [ln, col];
  };
  if (e._type === "BinOp") {
    let [ln, col] = setup(e.left);
    [ln, col] = incrementUntil(ln, col, (c) => !/\s/.test(c) && c !== ")");
    let rightCol = col + 1;
    let ch: string;
    if (rightCol < lines[ln].length && (e.right.lineno - 2 > ln || rightCol < normalize(e.right.lineno - 2, e.right.col_offset)) &&
      !/\s/.test(ch = lines[ln][rightCol]) && ch !== "\\" && ch !== "#") rightCol++;
    return { leftEndLineno: ln, leftEndOffset: col, rightStartLineno: ln, rightStartOffset: rightCol };
  }
  if (e._type === "Subscript" || e._type === "Call") {
    const inner = e._type === "Subscript" ? e.value : e.func;
    let [ll, lc] = setup(inner);
    [ll, lc] = incrementUntil(ll, lc, (c) => c === (e._type === "Subscript" ? "[" : "("));
    const [rl, rc] = setup(e, false);
    return { leftEndLineno: ll, leftEndOffset: lc, rightStartLineno: rl, rightStartOffset: rc };
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
import { EXCEPTION_TYPES as EXC_TYPES } from "../objects/exceptions.js";
const SyntaxErrorType = EXC_TYPES.get("SyntaxError")!;
