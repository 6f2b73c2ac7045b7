// "Did you mean ...?" machinery shared by SyntaxError reports (keyword typos, report.ts) and, later,
// NameError/AttributeError/ImportError suggestions in the VM:
// - calculateSuggestion: CPython's Levenshtein-based pick (Python/suggestions.c
//   _Py_CalculateSuggestions, exposed to Python as _suggestions._generate_suggestions);
// - getCloseMatches: Lib/difflib.py get_close_matches with SequenceMatcher.ratio().

// CPython: Python/suggestions.c
const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

// CPython: Python/suggestions.c substitution_cost (on UTF-8 bytes, as C chars)
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST; // not the same, not a case flip
  if (a === b) return 0;
  if (a >= 0x41 && a <= 0x5a) a += 0x20;
  if (b >= 0x41 && b <= 0x5a) b += 0x20;
  return a === b ? CASE_COST : MOVE_COST;
}

/** CPython: Python/suggestions.c levenshtein_distance (over UTF-8 bytes; > maxCost means "too far"). */
export function levenshteinDistance(aStr: string, bStr: string, maxCost: number): number {
  let a = utf8.encode(aStr);
  let b = utf8.encode(bStr);
  if (aStr === bStr) return 0;
  // Trim away common affixes.
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let aEnd = a.length, bEnd = b.length;
  while (aEnd > lo && bEnd > lo && a[aEnd - 1] === b[bEnd - 1]) { aEnd--; bEnd--; }
  a = a.subarray(lo, aEnd);
  b = b.subarray(lo, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a]; // prefer the shorter buffer
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1; // quick fail
  // One row of the matrix, updated in place: buffer[i] = cost(b[:bIndex], a[:i+1]).
  const buffer = new Array<number>(a.length);
  for (let i = 0, tmp = MOVE_COST; i < a.length; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b[bIndex];
    let distance = (result = bIndex * MOVE_COST);
    let minimum = Infinity;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitutionCost(code, a[index]);
      distance = buffer[index];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1; // everything in this row is too expensive
  }
  return result;
}

/** CPython: Python/suggestions.c _Py_CalculateSuggestions: the closest candidate, or null. */
export function calculateSuggestion(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameSize = utf8.encode(name).length;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const itemSize = utf8.encode(item).length;
    // No more than 1/3 of the involved characters should need changed; don't take matches already beaten.
    const maxDistance = Math.min(Math.floor(((nameSize + itemSize + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = levenshteinDistance(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** difflib.SequenceMatcher(None, a, b).ratio() over code points (autojunk on, no isjunk). */
export function sequenceRatio(aStr: string, bStr: string): number {
  const a = Array.from(aStr), b = Array.from(bStr);
  const total = a.length + b.length;
  return total ? (2 * matchingCharacters(a, b)) / total : 1;
}

/** Sum of the sizes of SequenceMatcher.get_matching_blocks() (Lib/difflib.py). */
function matchingCharacters(a: string[], b: string[]): number {
  // __chain_b: b2j maps each element of b to its indices; with autojunk, "popular" elements of a
  // long b (>= 200) are dropped from b2j (but, not being junk, still extend matches).
  const b2j = new Map<string, number[]>();
  b.forEach((c, i) => {
    const list = b2j.get(c);
    if (list) list.push(i);
    else b2j.set(c, [i]);
  });
  if (b.length >= 200) {
    const ntest = Math.floor(b.length / 100) + 1;
    for (const [c, idxs] of [...b2j]) if (idxs.length > ntest) b2j.delete(c);
  }
  const findLongestMatch = (alo: number, ahi: number, blo: number, bhi: number): [number, number, number] => {
    let besti = alo, bestj = blo, bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>();
      for (const j of b2j.get(a[i]) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) { besti = i - k + 1; bestj = j - k + 1; bestsize = k; }
      }
      j2len = newj2len;
    }
    // Extend by non-junk (here: popular) equal elements on each end; there is no junk to suck up.
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) { besti--; bestj--; bestsize++; }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
    return [besti, bestj, bestsize];
  };
  let matched = 0;
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = findLongestMatch(alo, ahi, blo, bhi);
    if (k) {
      matched += k;
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
  }
  return matched;
}

/** Lib/difflib.py get_close_matches(word, possibilities, n, cutoff). */
export function getCloseMatches(word: string, possibilities: readonly string[], n = 3, cutoff = 0.6): string[] {
  // real_quick_ratio() and quick_ratio() are upper bounds of ratio(), so ratio() alone decides.
  const scored: Array<[number, string]> = [];
  for (const x of possibilities) {
    const r = sequenceRatio(x, word);
    if (r >= cutoff) scored.push([r, x]);
  }
  // heapq.nlargest(n, [(score, x)]): by score, then by the string, both descending.
  scored.sort((p, q) => q[0] - p[0] || comparePyStr(q[1], p[1]));
  return scored.slice(0, n).map(([, x]) => x);
}

/** Python str ordering (by code point, not UTF-16 unit). */
function comparePyStr(a: string, b: string): number {
  const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next(), y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0)!, cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx - cy;
  }
}
