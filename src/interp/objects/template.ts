// PEP 750 template strings: string.templatelib.Template and Interpolation, built by the
// BUILD_TEMPLATE / BUILD_INTERPOLATION opcodes (CPython: Objects/templateobject.c,
// Objects/interpolationobject.c).
import { builtinType, None, PyObject, type PyValue } from "./object.js";
import { pyError, TypeError, ValueError } from "./exceptions.js";
import { defGetSet, defMethod, NotImplemented, repr, TYPE_CONSTRUCTORS, PyNativeIterator, typeName } from "./abstract.js";
import { PyTuple, tuple } from "./containers.js";

const lib = { module: "string.templatelib", baseType: false };
export const TemplateType = builtinType("Template", undefined, lib);
export const InterpolationType = builtinType("Interpolation", undefined, lib);
const TemplateIterType = builtinType("TemplateIter", undefined, lib);
const FULL = "string.templatelib.Template";

export class PyInterpolation extends PyObject {
  constructor(readonly value: PyValue, readonly expression: PyValue, readonly conversion: PyValue, readonly formatSpec: PyValue) {
    super(InterpolationType);
  }
}

export class PyTemplate extends PyObject {
  constructor(readonly strings: string[], readonly interpolations: PyInterpolation[]) {
    super(TemplateType);
  }
}

const CONVERSIONS = [None, "s", "r", "a"];

/** BUILD_INTERPOLATION: conversion is the oparg's 0..3 */
export function buildInterpolation(value: PyValue, expression: PyValue, conversion: number, formatSpec: PyValue): PyValue {
  return new PyInterpolation(value, expression, CONVERSIONS[conversion], formatSpec);
}

/** BUILD_TEMPLATE */
export function buildTemplate(strings: PyValue, interpolations: PyValue): PyValue {
  return new PyTemplate((strings as PyTuple).items as string[], (interpolations as PyTuple).items as PyInterpolation[]);
}

// template_new: strings and interpolations in any order, adjacent strings joined
TYPE_CONSTRUCTORS.set(TemplateType, (args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "Template.__new__ only accepts *args arguments");
  const strings: string[] = [], interps: PyInterpolation[] = [];
  let lastWasStr = false;
  for (const item of args) {
    if (typeof item === "string") {
      if (lastWasStr) strings[strings.length - 1] += item;
      else strings.push(item);
      lastWasStr = true;
    } else if (item instanceof PyInterpolation) {
      if (!lastWasStr) strings.push("");
      interps.push(item);
      lastWasStr = false;
    } else {
      throw pyError(TypeError, `Template.__new__ *args need to be of type 'str' or 'Interpolation', got ${typeName(item)}`);
    }
  }
  if (!lastWasStr) strings.push("");
  return new PyTemplate(strings, interps);
});

// interpolation_new(value, expression="", conversion=None, format_spec="")
TYPE_CONSTRUCTORS.set(InterpolationType, (args, kwnames) => {
  const names = ["value", "expression", "conversion", "format_spec"];
  const nkw = kwnames ? kwnames.length : 0;
  const vals: (PyValue | undefined)[] = args.slice(0, args.length - nkw);
  if (vals.length > 4) throw pyError(TypeError, `Interpolation() takes at most 4 arguments (${vals.length} given)`);
  for (let i = 0; i < nkw; i++) {
    const k = names.indexOf(kwnames![i]);
    if (k < 0) throw pyError(TypeError, `Interpolation() got an unexpected keyword argument '${kwnames![i]}'`);
    vals[k] = args[args.length - nkw + i];
  }
  if (vals[0] === undefined) throw pyError(TypeError, "Interpolation() missing required argument 'value' (pos 1)");
  const expression = vals[1] ?? "", conversion = vals[2] ?? None, spec = vals[3] ?? "";
  if (typeof expression !== "string") throw pyError(TypeError, `Interpolation() argument 'expression' must be str, not ${typeName(expression)}`);
  if (conversion !== None && !(typeof conversion === "string" && ["s", "r", "a"].includes(conversion))) {
    throw pyError(ValueError, "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
  }
  if (typeof spec !== "string") throw pyError(TypeError, `Interpolation() argument 'format_spec' must be str, not ${typeName(spec)}`);
  return new PyInterpolation(vals[0], expression, conversion, spec);
});

TemplateType.slots.repr = (t: PyTemplate) => `Template(strings=${repr(tuple(t.strings))}, interpolations=${repr(tuple(t.interpolations))})`;
defGetSet(TemplateType, "strings", (t: PyTemplate) => tuple(t.strings));
defGetSet(TemplateType, "interpolations", (t: PyTemplate) => tuple(t.interpolations));
defGetSet(TemplateType, "values", (t: PyTemplate) => tuple(t.interpolations.map((i) => i.value)));
// templateiter_next: the strings and interpolations in order, empty strings skipped
TemplateType.slots.iter = (t: PyTemplate) => {
  const items: PyValue[] = [];
  t.strings.forEach((s, i) => {
    if (s !== "") items.push(s);
    if (i < t.interpolations.length) items.push(t.interpolations[i]);
  });
  let k = 0;
  return new PyNativeIterator(TemplateIterType, () => (k < items.length ? items[k++] : undefined));
};
TemplateIterType.slots.repr = (o: PyObject) => `<string.templatelib.TemplateIter object at 0x0>`;
void TemplateIterType;
// _PyTemplate_Concat: only Template + Template
defMethod(TemplateType, "__add__", (a: PyTemplate, args) => {
  const b = args[0];
  if (!(a instanceof PyTemplate)) return NotImplemented;
  if (!(b instanceof PyTemplate)) {
    throw pyError(TypeError, `can only concatenate ${FULL} (not "${b instanceof PyObject && b.type.module !== "builtins" ? `${b.type.module}.${b.type.name}` : typeName(b)}") to ${FULL}`);
  }
  const strings = [...a.strings.slice(0, -1), a.strings[a.strings.length - 1] + b.strings[0], ...b.strings.slice(1)];
  return new PyTemplate(strings, [...a.interpolations, ...b.interpolations]);
});
defMethod(TemplateType, "__radd__", () => NotImplemented);

InterpolationType.slots.repr = (i: PyInterpolation) =>
  `Interpolation(${repr(i.value)}, ${repr(i.expression)}, ${repr(i.conversion)}, ${repr(i.formatSpec)})`;
defGetSet(InterpolationType, "value", (i: PyInterpolation) => i.value);
defGetSet(InterpolationType, "expression", (i: PyInterpolation) => i.expression);
defGetSet(InterpolationType, "conversion", (i: PyInterpolation) => i.conversion);
defGetSet(InterpolationType, "format_spec", (i: PyInterpolation) => i.formatSpec);
InterpolationType.ns.set("__match_args__", tuple(["value", "expression", "conversion", "format_spec"]));
