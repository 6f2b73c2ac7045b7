// Exception classes defined by native modules (CPython: PyErr_NewException), e.g. _locale.Error.
import { PyType, TypeType } from "../../objects/object.js";
import { PyBaseException, pyError, TypeError } from "../../objects/exceptions.js";
import { INSTANCE_FACTORIES, TYPE_CONSTRUCTORS } from "../../objects/abstract.js";

export function newExceptionType(name: string, module: string, base: PyType): PyType {
  const t = new PyType(TypeType, name, [base], new Map(), false, module);
  TYPE_CONSTRUCTORS.set(t, (args, kwnames) => {
    if (kwnames && kwnames.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
    return new PyBaseException(t, args.slice());
  });
  INSTANCE_FACTORIES.set(t, (sub) => new PyBaseException(sub, []));
  return t;
}
