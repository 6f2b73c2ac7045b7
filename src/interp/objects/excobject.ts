// The attributes and methods every exception has (CPython: Objects/exceptions.c BaseException_getset,
// BaseException_methods) and traceback objects (Python/traceback.c): __traceback__, __cause__,
// __context__, __suppress_context__, args, add_note(), with_traceback().
import { None, PyObject, PyType, TypeType, ObjectType, typeOf, type PyValue } from "./object.js";
import { BaseException, PyBaseException, pyError, TypeError, ValueError, type TracebackEntry } from "./exceptions.js";
import { defGetSet, defMethod, getattrOrUndefined, iterateToArray, setattr, typeName } from "./abstract.js";
import { PyList, tuple } from "./containers.js";

export const TracebackType = new PyType(TypeType, "traceback", [ObjectType]);
TracebackType.baseType = false;

/** A traceback object: one level of an exception's traceback entries (innermost last in tb_next order). */
export class PyTraceback extends PyObject {
  /** tb_next as a program set it (unittest trims its own frames), else the next entry */
  next: PyValue | undefined = undefined;
  /** entries innermost first (as the VM appends them); this object is entries[index] */
  constructor(readonly entries: TracebackEntry[], readonly index: number) {
    super(TracebackType);
  }
}

/** The traceback object of entries[index], made once and kept on the entry (a trace function's
 *  "exception" event asks for one at every frame an exception passes through). */
function tracebackAt(entries: TracebackEntry[], index: number): PyValue {
  if (index < 0) return None;
  const e = entries[index];
  let tb = e.tb as PyTraceback | undefined;
  if (!tb || tb.entries !== entries) {
    tb = new PyTraceback(entries, index);
    e.tb = tb;
  }
  return tb;
}

/** e.__traceback__: the outermost level recorded so far. */
export function tracebackOf(e: PyBaseException): PyValue {
  return tracebackAt(e.traceback, e.traceback.length - 1);
}

let frameOf: (frame: unknown) => PyValue = () => None;
/** The VM supplies frame objects for tb_frame. */
export function installTracebackFrame(h: (frame: unknown) => PyValue): void {
  frameOf = h;
}

TracebackType.slots.getattr = (tb: PyTraceback, name: string): PyValue | undefined => {
  const e = tb.entries[tb.index];
  switch (name) {
    case "tb_frame": return frameOf(e.frame);
    case "tb_next": return tb.next !== undefined ? tb.next : tracebackAt(tb.entries, tb.index - 1);
    case "tb_lineno": return e.lineno;
    case "tb_lasti": return e.lasti * 2;
  }
  return undefined;
};

// tb_next is writable (Python/traceback.c tb_next_set): None or a traceback, without loops
TracebackType.slots.setattr = (tb: PyTraceback, name: string, v: PyValue): boolean => {
  if (name !== "tb_next") return false;
  if (v === undefined) throw pyError(TypeError, "can't delete tb_next attribute");
  if (v !== None && !(v instanceof PyTraceback)) throw pyError(TypeError, `expected traceback object or None, got '${typeOf(v).name}'`);
  for (let c: PyValue = v; c instanceof PyTraceback; c = c.next !== undefined ? c.next : tracebackAt(c.entries, c.index - 1)) {
    if (c === tb) throw pyError(ValueError, "traceback loop detected");
  }
  tb.next = v;
  return true;
};

function setTraceback(e: PyBaseException, v: PyValue | undefined): void {
  if (v === undefined) throw pyError(TypeError, "__traceback__ may not be deleted");
  if (v === None) e.traceback = [];
  else if (v instanceof PyTraceback) e.traceback = v.entries.slice(0, v.index + 1);
  else throw pyError(TypeError, "__traceback__ must be a traceback or None");
}

defGetSet(BaseException, "args", (e: PyBaseException) => tuple(e.args), (e: PyBaseException, v) => {
  if (v === undefined) throw pyError(TypeError, "args may not be deleted");
  e.args = iterateToArray(v);
});
defGetSet(BaseException, "__traceback__", tracebackOf, setTraceback);
defGetSet(BaseException, "__cause__", (e: PyBaseException) => e.cause ?? None, (e: PyBaseException, v) => {
  if (v === undefined) throw pyError(TypeError, "__cause__ may not be deleted");
  if (v === None) e.cause = null;
  else if (v instanceof PyBaseException) e.cause = v;
  else throw pyError(TypeError, "exception cause must be None or derive from BaseException");
  e.suppressContext = true;
});
defGetSet(BaseException, "__context__", (e: PyBaseException) => e.context ?? None, (e: PyBaseException, v) => {
  if (v === undefined) throw pyError(TypeError, "__context__ may not be deleted");
  if (v === None) e.context = null;
  else if (v instanceof PyBaseException) e.context = v;
  else throw pyError(TypeError, "exception context must be None or derive from BaseException");
});
defGetSet(BaseException, "__suppress_context__", (e: PyBaseException) => e.suppressContext, (e: PyBaseException, v) => {
  if (v === undefined) throw pyError(TypeError, "can't delete numeric/char attribute");
  if (typeof v !== "boolean") throw pyError(TypeError, "attribute value type must be bool");
  e.suppressContext = v;
});

defMethod(BaseException, "with_traceback", (e: PyBaseException, args) => {
  if (args.length !== 1) throw pyError(TypeError, `BaseException.with_traceback() takes exactly one argument (${args.length} given)`);
  setTraceback(e, args[0]);
  return e;
});
defMethod(BaseException, "add_note", (e: PyBaseException, args) => {
  if (args.length !== 1) throw pyError(TypeError, `BaseException.add_note() takes exactly one argument (${args.length} given)`);
  const note = args[0];
  if (typeof note !== "string") throw pyError(TypeError, `add_note() argument must be str, not ${typeName(note)}`);
  let notes = getattrOrUndefined(e, "__notes__");
  if (notes === undefined) {
    notes = new PyList([]);
    setattr(e, "__notes__", notes);
  }
  if (!(notes instanceof PyList)) throw pyError(TypeError, "Cannot add note: __notes__ is not a list");
  notes.items.push(note);
  return None;
});
