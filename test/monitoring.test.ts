// Differential test of PEP 669 (issue 5): test/monitoring/recorder.py records every sys.monitoring
// event of each target program in test/monitoring/targets/ (support/monitoring-corpus.ts has the
// modes and the comparison). The printed streams and the programs' own output must be byte-identical
// to CPython 3.14's.
import { test } from "vitest";
import { monitoringCorpus } from "./support/monitoring-corpus.js";

test("sys.monitoring event streams are CPython's", async () => {
  await monitoringCorpus();
}, 600_000); // ~35 s warm (3 recordings per target, INSTRUCTION events in "all"); more when pyodide must run
