// @ts-check
// Compact first-difference reports for long one-line strings such as ast.dump() output.
// Shared by test/stdlib-ast.test.ts and scripts/diff-stdlib.mjs.

/**
 * Index of the first differing UTF-16 unit, or -1 when equal.
 * @param {string} a @param {string} b @returns {number}
 */
export function firstDifference(a, b) {
  if (a === b) return -1;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** @param {string} s */
const oneLine = (s) => s.replace(/\n/g, "\\n");

/**
 * A ±radius window around the first difference of `expected` and `actual`, as three lines:
 *   expected: …text…
 *   actual:   …text…
 *             ^ (the first differing character)
 * @param {string} expected @param {string} actual @param {number} [radius]
 * @param {{ expected?: string, actual?: string, indent?: string }} [labels]
 * @returns {string}
 */
export function differenceWindow(expected, actual, radius = 120, labels = {}) {
  const at = firstDifference(expected, actual);
  if (at < 0) return "(equal)";
  const el = labels.expected ?? "cpython", al = labels.actual ?? "tspy", indent = labels.indent ?? "  ";
  const width = Math.max(el.length, al.length) + 2;
  const from = Math.max(0, at - radius);
  /** @param {string} s */
  const cut = (s) => (from > 0 ? "…" : "") + oneLine(s.slice(from, at + radius)) + (at + radius < s.length ? "…" : "");
  const caretCol = width + (from > 0 ? 1 : 0) + oneLine(expected.slice(from, at)).length;
  return [
    `${indent}${(el + ":").padEnd(width)}${cut(expected)}`,
    `${indent}${(al + ":").padEnd(width)}${cut(actual)}`,
    `${indent}${" ".repeat(caretCol)}^ (offset ${at})`,
  ].join("\n");
}
