// The `sys.monitoring` namespace (CPython: Python/instrumentation.c monitoring_*_impl and
// _Py_CreateMonitoringObject), with CPython's argument checks and messages.
import { CodeObject } from "../interp/compile/code.js";
import { repr, toIndex, typeName } from "../interp/objects/abstract.js";
import { PyCode } from "../interp/objects/code.js";
import { PyDict } from "../interp/objects/containers.js";
import { pyError, OverflowError, SystemError, TypeError, ValueError } from "../interp/objects/exceptions.js";
import { PyBuiltin, PyModule } from "../interp/objects/functions.js";
import { builtinType, None, PyObject, type PyValue } from "../interp/objects/object.js";
import { C_CALL_EVENTS, C_RETURN_EVENTS, EVENTS, EVENT_NAMES, Ev, LOCAL_EVENTS, Tool, TOOL_IDS, UNGROUPED_EVENTS } from "./events.js";
import { CoMonitoringData, firstTraceable, forceInstrument, instrumentAllExecuting, monitoringData } from "./instrument.js";
import { DISABLE, MISSING } from "./fire.js";
import { mon } from "./state.js";

const NamespaceType = builtinType("SimpleNamespace", undefined, { module: "types" });
// CPython: Objects/namespaceobject.c namespace_repr (sys.monitoring.events holds only ints)
NamespaceType.slots.repr = (o: PyObject) => {
  const parts: string[] = [];
  if (o.dict) for (const [k, v] of o.dict.entries()) if (typeof k === "string" && k.length) parts.push(`${k}=${repr(v)}`);
  return `namespace(${parts.join(", ")})`;
};

/** CPython: check_valid_tool. */
function checkValidTool(id: number): void {
  if (id < 0 || id >= Tool.SYS_PROFILE) throw pyError(ValueError, `invalid tool ${id} (must be between 0 and 5)`);
}

/** CPython: check_tool (tools 6 and 7 are always "in use"). */
function checkTool(id: number): void {
  if (id < Tool.SYS_PROFILE && mon.toolNames[id] === null) throw pyError(ValueError, `tool ${id} is not in use`);
}

/** Bump the global version (CPython: set_global_version via MONITORING_VERSION_INCREMENT). */
function bumpVersion(): number {
  mon.version += 1;
  if (mon.version >= 0xffffffff) throw pyError(OverflowError, "events set too many times");
  return mon.version;
}

function getEvents(tool: number): number {
  let r = 0;
  for (let e = 0; e < UNGROUPED_EVENTS; e++) if ((mon.globalTools[e] >> tool) & 1) r |= 1 << e;
  return r;
}

/** CPython: _PyMonitoring_SetEvents. */
export function setEvents(tool: number, events: number): void {
  checkTool(tool);
  if (getEvents(tool) === events) return;
  for (let e = 0; e < UNGROUPED_EVENTS; e++) {
    mon.globalTools[e] = (mon.globalTools[e] & ~(1 << tool)) | (((events >> e) & 1) << tool);
  }
  bumpVersion();
  instrumentAllExecuting();
}

/** CPython: _PyMonitoring_SetLocalEvents. */
export function setLocalEvents(code: CodeObject, tool: number, events: number): void {
  if (firstTraceable(code) >= code.code.length) throw pyError(SystemError, `cannot instrument shim code object '${code.co_name}'`);
  checkTool(tool);
  forceInstrumentData(code);
  const d = monitoringData(code)!;
  d.toolVersions[tool] = mon.toolVersions[tool];
  let existing = 0;
  for (let e = 0; e < LOCAL_EVENTS; e++) if ((d.localTools[e] >> tool) & 1) existing |= 1 << e;
  if (existing === events) return;
  for (let e = 0; e < LOCAL_EVENTS; e++) d.localTools[e] = (d.localTools[e] & ~(1 << tool)) | (((events >> e) & 1) << tool);
  forceInstrument(code);
}

function forceInstrumentData(code: CodeObject): void {
  if (!code.monitoringData) {
    code.monitoringData = new CoMonitoringData(code.code.length);
    code.baseCode ??= code.code.slice();
  }
}

/** CPython: _PyMonitoring_RegisterCallback (BRANCH registers on BRANCH_LEFT and BRANCH_RIGHT). */
export function registerCallback(tool: number, event: number, func: PyValue | null): PyValue | null {
  if (event === Ev.BRANCH) {
    // CPython wraps func in a legacy handler that de-instruments the other direction on DISABLE;
    // tspy stores it on both directions (a DISABLE turns off only the direction that fired).
    const old = mon.callables[tool * EVENTS + Ev.BRANCH_LEFT];
    mon.callables[tool * EVENTS + Ev.BRANCH_LEFT] = func;
    mon.callables[tool * EVENTS + Ev.BRANCH_RIGHT] = func;
    return old;
  }
  const old = mon.callables[tool * EVENTS + event];
  mon.callables[tool * EVENTS + event] = func;
  return old;
}

/** CPython: _PyMonitoring_ClearToolId. */
export function clearToolId(tool: number): void {
  for (let e = 0; e < EVENTS; e++) mon.callables[tool * EVENTS + e] = null;
  setEvents(tool, 0);
  // void every code object's local events for this tool
  mon.toolVersions[tool] = bumpVersion();
  instrumentAllExecuting();
}

/** CPython: monitoring_restart_events_impl. */
export function restartEvents(): void {
  mon.lastRestartVersion = bumpVersion();
  bumpVersion();
  instrumentAllExecuting();
}

export function useToolId(tool: number, name: PyValue): void {
  checkValidTool(tool);
  if (typeof name !== "string") throw pyError(ValueError, "tool name must be a str");
  if (mon.toolNames[tool] !== null) throw pyError(ValueError, `tool ${tool} is already in use`);
  mon.toolNames[tool] = name;
}

export function freeToolId(tool: number): void {
  checkValidTool(tool);
  if (mon.toolNames[tool] !== null) clearToolId(tool);
  mon.toolNames[tool] = null;
}

// ---- the Python namespace ----

/** Argument parsing as Argument Clinic does for positional-only int/object parameters. */
function positional(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 1) throw pyError(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    throw pyError(TypeError, `${name} expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
  }
}

function intArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") throw pyError(OverflowError, "Python int too large to convert to C int");
  if (typeof v === "string" || (v instanceof PyObject && v.type.name === "float")) {
    throw pyError(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  return toIndex(v);
}

function codeArg(v: PyValue): CodeObject {
  if (!(v instanceof PyCode)) throw pyError(TypeError, "code must be a code object");
  return v.code;
}

function normalizeEventSet(set: number): number {
  if ((set & C_RETURN_EVENTS) && (set & C_CALL_EVENTS) !== C_CALL_EVENTS) {
    throw pyError(ValueError, "cannot set C_RETURN or C_RAISE events independently");
  }
  set &= ~C_RETURN_EVENTS;
  if (set & (1 << Ev.BRANCH)) {
    set &= ~(1 << Ev.BRANCH);
    set |= (1 << Ev.BRANCH_RIGHT) | (1 << Ev.BRANCH_LEFT);
  }
  return set;
}

function hex(n: number): string {
  return n < 0 ? "-0x" + (-n).toString(16) : "0x" + n.toString(16);
}

/** Build sys.monitoring. CPython: _Py_CreateMonitoringObject. */
export function makeMonitoringModule(): PyModule {
  const m = new PyModule("sys.monitoring");
  const d = m.dict;
  const def = (name: string, n: number, fn: (args: PyValue[]) => PyValue) => {
    d.set(name, new PyBuiltin(name, (args, kw) => {
      positional(name, args, kw, n);
      return fn(args);
    }, m));
  };
  def("use_tool_id", 2, ([t, name]) => { useToolId(intArg(t), name); return None; });
  def("clear_tool_id", 1, ([t]) => {
    const tool = intArg(t);
    checkValidTool(tool);
    if (mon.toolNames[tool] !== null) clearToolId(tool);
    return None;
  });
  def("free_tool_id", 1, ([t]) => { freeToolId(intArg(t)); return None; });
  def("get_tool", 1, ([t]) => {
    const tool = intArg(t);
    checkValidTool(tool);
    return mon.toolNames[tool] ?? None;
  });
  def("register_callback", 3, ([t, ev, func]) => {
    const tool = intArg(t);
    checkValidTool(tool);
    const event = intArg(ev);
    if (event <= 0 || (event & (event - 1)) !== 0) throw pyError(ValueError, "The callback can only be set for one event at a time");
    const id = 31 - Math.clz32(event);
    if (id >= EVENTS) throw pyError(ValueError, `invalid event ${event}`);
    const old = registerCallback(tool, id, func === None ? null : func);
    return old ?? None;
  });
  def("get_events", 1, ([t]) => {
    const tool = intArg(t);
    checkValidTool(tool);
    return getEvents(tool);
  });
  def("set_events", 2, ([t, s]) => {
    const tool = intArg(t);
    checkValidTool(tool);
    let set = intArg(s);
    if (set < 0 || set >= 1 << EVENTS) throw pyError(ValueError, `invalid event set ${hex(set)}`);
    set = normalizeEventSet(set);
    setEvents(tool, set);
    return None;
  });
  def("get_local_events", 2, ([t, c]) => {
    const code = codeArg(c);
    const tool = intArg(t);
    checkValidTool(tool);
    const data = monitoringData(code);
    let r = 0;
    if (data) for (let e = 0; e < LOCAL_EVENTS; e++) if ((data.localTools[e] >> tool) & 1) r |= 1 << e;
    return r;
  });
  def("set_local_events", 3, ([t, c, s]) => {
    const code = codeArg(c);
    const tool = intArg(t);
    checkValidTool(tool);
    let set = normalizeEventSet(intArg(s));
    if (set < 0 || set >= 1 << LOCAL_EVENTS) throw pyError(ValueError, `invalid local event set ${hex(set)}`);
    setLocalEvents(code, tool, set);
    return None;
  });
  def("restart_events", 0, () => { restartEvents(); return None; });
  def("_all_events", 0, () => {
    const r = new PyDict();
    for (let e = 0; e < UNGROUPED_EVENTS; e++) if (mon.globalTools[e]) r.set(EVENT_NAMES[e], mon.globalTools[e]);
    return r;
  });
  d.set("DISABLE", DISABLE);
  d.set("MISSING", MISSING);
  const events = new PyObject(NamespaceType);
  events.dict = new PyDict();
  for (let e = 0; e < EVENTS; e++) events.dict.set(EVENT_NAMES[e], 1 << e);
  events.dict.set("NO_EVENTS", 0);
  d.set("events", events);
  d.set("DEBUGGER_ID", Tool.DEBUGGER);
  d.set("COVERAGE_ID", Tool.COVERAGE);
  d.set("PROFILER_ID", Tool.PROFILER);
  d.set("OPTIMIZER_ID", Tool.OPTIMIZER);
  void TOOL_IDS;
  return m;
}
