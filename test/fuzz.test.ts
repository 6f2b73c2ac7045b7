// Robustness fuzzing of the parser: FUZZ_COUNT seeded mutations of stdlib sources and small snippets
// (test/fuzz/mutate.js) must each either parse or raise PySyntaxError. Anything else (TypeError,
// RangeError "Maximum call stack size exceeded", an internal assertion) fails, with the offending
// input shown, minimized. Reproduce one with its seed and index: fuzzInput(seedTexts(...), seed, i).
// Longer runs: `npm run fuzz` (test/fuzz/campaign.js, 1M inputs). FUZZ_SEED=n picks another seed.
import { expect, test } from "vitest";
import { parse, PySyntaxError } from "../src/interp/parse/index.js";
import { stdlibPyFiles } from "./support/stdlib.js";
import { checkInput, fuzzInput, minimizeFailure, seedTexts, showInput } from "./fuzz/mutate.js";

const FUZZ_COUNT = 20_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20251126);
/** Stop early after this many distinct kinds of failure: minimizing costs time and a few say enough. */
const MAX_FAILURE_KINDS = 5;

test(`parser fuzz: ${FUZZ_COUNT} mutated inputs parse or raise PySyntaxError (seed ${SEED})`, () => {
  const seeds = seedTexts(stdlibPyFiles().files);
  const failures: string[] = [];
  const signatures = new Set<string>();
  let parsed = 0, syntaxErrors = 0, failed = 0, bytes = 0, slowestMs = 0, slowestIndex = -1;
  const t0 = performance.now();
  let i = 0;
  for (; i < FUZZ_COUNT && signatures.size < MAX_FAILURE_KINDS; i++) {
    const input = fuzzInput(seeds, SEED, i);
    bytes += input.length;
    const t = performance.now();
    const outcome = checkInput(parse, PySyntaxError, input);
    const ms = performance.now() - t;
    if (ms > slowestMs) { slowestMs = ms; slowestIndex = i; }
    if (outcome.kind === "parsed") parsed++;
    else if (outcome.kind === "syntax-error") syntaxErrors++;
    else {
      failed++;
      if (signatures.has(outcome.signature)) continue; // show each kind of failure once
      signatures.add(outcome.signature);
      const small = minimizeFailure(parse, PySyntaxError, input, outcome.signature, 1500);
      failures.push(`input #${i} (seed ${SEED}): ${outcome.detail}\n  original  ${showInput(input).slice(0, 400)}\n  minimized ${showInput(small)}`);
    }
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `fuzz: ${i} inputs (${(bytes / 1e6).toFixed(2)} MB) in ${secs.toFixed(1)} s: ${parsed} parsed, ` +
      `${syntaxErrors} SyntaxError, ${failed} failed (${signatures.size} kinds); slowest #${slowestIndex} ${slowestMs.toFixed(1)} ms`,
  );
  if (failures.length) console.log(failures.join("\n\n"));
  expect(failures, "inputs that raised something other than PySyntaxError").toEqual([]);
  expect(i).toBe(FUZZ_COUNT);
});
