// _typing (CPython: Modules/_typingmodule.c): the C half of Lib/typing.py, the type-parameter
// objects of PEP 695 (src/interp/objects/typevars.ts) under the names typing.py imports.
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import {
  GenericType, NoDefault, ParamSpecArgsType, ParamSpecKwargsType, ParamSpecType, TypeAliasTypeType, TypeVarTupleType, TypeVarType,
} from "../../objects/typevars.js";
import { UnionType } from "../../objects/union.js";

export function makeTyping(): PyModule {
  const m = new PyModule("_typing");
  const d = m.dict;
  d.set("_idfunc", new PyBuiltin("_idfunc", (a) => a[0], m));
  d.set("TypeVar", TypeVarType);
  d.set("ParamSpec", ParamSpecType);
  d.set("TypeVarTuple", TypeVarTupleType);
  d.set("ParamSpecArgs", ParamSpecArgsType);
  d.set("ParamSpecKwargs", ParamSpecKwargsType);
  d.set("TypeAliasType", TypeAliasTypeType);
  d.set("Generic", GenericType);
  d.set("Union", UnionType);
  d.set("NoDefault", NoDefault);
  return m;
}
