// The per-interpreter monitoring state (CPython: Include/internal/pycore_interp_structs.h
// `monitors`, `monitoring_callables`, `monitoring_tool_names`, `monitoring_tool_versions`,
// `last_restart_version`, and ceval's `instrumentation_version`), plus the thread's `tracing`
// counter (CPython: PyThreadState.tracing), which keeps events from firing inside callbacks.
//
// tspy runs one interpreter per process at a time; a new Interpreter calls resetMonitoring().
import type { PyValue } from "../interp/objects/object.js";
import { EVENTS, TOOL_IDS, UNGROUPED_EVENTS } from "./events.js";

export class MonitoringState {
  /** tools listening to each event everywhere, one bit per tool (CPython: _Py_GlobalMonitors) */
  readonly globalTools = new Uint8Array(UNGROUPED_EVENTS);
  /** callables[tool * EVENTS + event] (CPython: monitoring_callables[tool][event]) */
  readonly callables: (PyValue | null)[] = new Array(TOOL_IDS * EVENTS).fill(null);
  /** use_tool_id names; null = free (CPython: monitoring_tool_names) */
  readonly toolNames: (PyValue | null)[] = new Array(TOOL_IDS).fill(null);
  /** bumped by clear_tool_id: local events set before it are void (CPython: monitoring_tool_versions) */
  readonly toolVersions = new Uint32Array(TOOL_IDS);
  /** the global instrumentation version; a code object whose version differs re-instruments at
   *  its next RESUME (CPython: interp->ceval.instrumentation_version) */
  version = 0;
  /** CPython: interp->last_restart_version (restart_events re-arms DISABLEd locations) */
  lastRestartVersion = 0;
  /** > 0 while a callback runs: no events fire (CPython: tstate->tracing) */
  tracing = 0;
  /** the event whose callbacks run now, -1 = none: what setting f_lineno checks
   *  (CPython: tstate->what_event) */
  whatEvent = -1;
  /** the VM frame whose LINE, JUMP, BRANCH_*, PY_RESUME or PY_YIELD event runs (set by fireLine
   *  before it calls anything, and by the other sites before they fire): the frame f_lineno may be
   *  set on (frameobject.ts setLineno) */
  jumpFrame: unknown = null;
  /** where the stack analysis of that frame's stack is read (markStacks index): -1 = its lasti; a
   *  BRANCH site that has already popped the condition or pushed the next item names the
   *  instruction whose stack the frame holds (its destination) */
  jumpFrom = -1;
  /** the frames currently executing, for instrument_all_executing_code_objects (set by the VM) */
  executingCode: () => Iterable<import("../interp/compile/code.js").CodeObject> = () => [];
}

/** The one monitoring state the eval loop reads (never replaced: reset in place). */
export const mon = new MonitoringState();

/** A new interpreter starts with no tools, callbacks or events. Code objects instrumented under an
 * earlier interpreter re-instrument at their next RESUME (the version moves on, never back). */
export function resetMonitoring(): void {
  mon.globalTools.fill(0);
  mon.callables.fill(null);
  mon.toolNames.fill(null);
  mon.version += 1;
  mon.lastRestartVersion = mon.version;
  mon.version += 1;
  mon.toolVersions.fill(mon.version);
  mon.tracing = 0;
  mon.whatEvent = -1;
  mon.jumpFrame = null;
  mon.jumpFrom = -1;
}
