// The time module (CPython: Modules/timemodule.c). Clocks, sleep and the local time zone come from
// the host (builtins.ts Host); calendar arithmetic is done here. strftime formats as the C library
// of CPython's oracle (pyodide: musl, src/time/strftime.c) does, including its ISO-week rules and
// its empty result for an unknown directive. strptime imports the pure-Python _strptime.
import { None, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { float, PyFloat } from "../../objects/numbers.js";
import { pyError, TypeError, ValueError, OverflowError } from "../../objects/exceptions.js";
import { call, getattr, typeName, PyInstance } from "../../objects/abstract.js";
import { PyTuple, tuple } from "../../objects/containers.js";
import { intValue } from "../../objects/int.js";
import { kwArgs } from "../../objects/args.js";
import { hostFn, type Host } from "../builtins.js";
import { importModule } from "../eval.js";
import { makeStructSeqType, structSeq, structSeqExtras } from "../../objects/structseq.js";
import { simpleNamespace } from "../../objects/namespace.js";

export const StructTimeType = makeStructSeqType("time.struct_time",
  ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"], 9, true);

/** struct tm, with tm_year counted from 1900 and tm_mon from 0 as in C */
interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number;
  wday: number; yday: number; isdst: number; zone: string | null; gmtoff: number;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// ---- calendar arithmetic (proleptic Gregorian, as C's gmtime) ------------------------------------

/** days since 1970-01-01 of a civil date (month 1..12) */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** C gmtime of seconds since the epoch, shifted by `offset` seconds (localtime) */
function breakDown(secs: number, offset: number, zone: string, isdst: number): Tm {
  const t = secs + offset;
  const days = Math.floor(t / 86400);
  let rem = t - days * 86400;
  const hour = Math.floor(rem / 3600); rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  // civil_from_days
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const wday = ((days % 7) + 11) % 7; // 1970-01-01 was a Thursday (4)
  const yday = days - daysFromCivil(y, 1, 1);
  return { year: y - 1900, mon: m - 1, mday: d, hour, min, sec, wday, yday, isdst, zone, gmtoff: offset };
}

/** seconds since the epoch of a broken-down UTC time, normalizing out-of-range fields (timegm) */
function timegm(tm: Tm): number {
  const y = tm.year + 1900 + Math.floor(tm.mon / 12);
  const mon = ((tm.mon % 12) + 12) % 12;
  return daysFromCivil(y, mon + 1, 1) * 86400 + (tm.mday - 1) * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
}

// ---- the local time zone -------------------------------------------------------------------------

function zoneInfo(host: Host): { std: number; dst: number; names: [string, string] } {
  const off = hostFn(host, "tzOffsetMinutes");
  const year = new Date().getUTCFullYear();
  const jan = off(Date.UTC(year, 0, 1)), jul = off(Date.UTC(year, 6, 1));
  const std = Math.min(jan, jul), dst = Math.max(jan, jul);
  const name = (minutes: number, ms: number): string => {
    if (host.tzOffsetMinutes) return fmtOffsetName(minutes);
    try {
      const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(new Date(ms));
      return parts.find((p) => p.type === "timeZoneName")?.value ?? fmtOffsetName(minutes);
    } catch {
      return fmtOffsetName(minutes);
    }
  };
  const stdMs = jan === std ? Date.UTC(year, 0, 1) : Date.UTC(year, 6, 1);
  const dstMs = jan === std ? Date.UTC(year, 6, 1) : Date.UTC(year, 0, 1);
  return { std, dst, names: [name(std, stdMs), name(dst, dstMs)] };
}
const fmtOffsetName = (minutes: number): string => (minutes === 0 ? "UTC" : `UTC${minutes < 0 ? "-" : "+"}${pad(Math.abs(minutes) / 60 | 0, 2)}${pad(Math.abs(minutes) % 60, 2)}`);
const pad = (n: number, w: number, c = "0"): string => (n < 0 ? "-" + String(-n).padStart(w - 1, c) : String(n).padStart(w, c));

function localTm(host: Host, secs: number): Tm {
  const offMin = hostFn(host, "tzOffsetMinutes")(secs * 1000);
  const zi = zoneInfo(host);
  const isdst = zi.std !== zi.dst && offMin === zi.dst ? 1 : 0;
  return breakDown(secs, offMin * 60, zi.names[isdst], isdst);
}

// ---- arguments -------------------------------------------------------------------------------------

/** _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR; None = now */
function secondsArg(host: Host, v: PyValue | undefined): number {
  if (v === undefined || v === None) return Number(hostFn(host, "nowNs")() / 1000000000n);
  let x: number;
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) throw pyError(ValueError, "Invalid value NaN (not a number)");
    x = Math.floor(v.value);
  } else {
    const i = intValue(v);
    if (i === null) {
      const idx = getattrIndex(v);
      x = idx;
    } else x = Number(i);
  }
  if (!(Math.abs(x) <= 9223372036854775807)) throw pyError(OverflowError, "timestamp out of range for platform time_t");
  if (Math.abs(x) > 67768036191676799) throw pyError(OverflowError, "timestamp out of range for platform time_t");
  return x;
}
function getattrIndex(v: PyValue): number {
  try {
    return Number(call(getattr(v, "__index__"), []));
  } catch {
    throw pyError(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  }
}

function makeStructTime(tm: Tm): PyTuple {
  return structSeq(StructTimeType, [tm.year + 1900, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7, tm.yday + 1,
    tm.isdst, tm.zone === null ? None : tm.zone, tm.gmtoff]);
}

/** gettmarg + checktm (CPython 3.14: zero month, day and yday mean the first one) */
function tmArg(v: PyValue, fname: string): Tm {
  if (!(v instanceof PyTuple)) throw pyError(TypeError, "Tuple or struct_time argument required");
  const extra = structSeqExtras(v);
  if (v.items.length !== 9 && extra === null) throw pyError(TypeError, `${fname}(): illegal time tuple argument`);
  const n = v.items.slice(0, 9).map((x) => {
    const i = intValue(x);
    if (i === null) throw pyError(TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    if (i > 2147483647 || i < -2147483648) throw pyError(OverflowError, "Python int too large to convert to C int");
    return Number(i);
  });
  let zone: string | null = null, gmtoff = 0;
  if (extra !== null && v.type === StructTimeType) {
    zone = typeof extra[0] === "string" ? (extra[0] as string) : null;
    const g = intValue(extra[1] ?? None);
    gmtoff = g === null ? 0 : Number(g);
  }
  const tm: Tm = { year: n[0] - 1900, mon: n[1] - 1, mday: n[2], hour: n[3], min: n[4], sec: n[5], wday: (n[6] + 1) % 7,
    yday: n[7] - 1, isdst: n[8], zone, gmtoff };
  return tm;
}
function checkTm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) throw pyError(ValueError, "month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw pyError(ValueError, "day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) throw pyError(ValueError, "hour out of range");
  if (tm.min < 0 || tm.min > 59) throw pyError(ValueError, "minute out of range");
  if (tm.sec < 0 || tm.sec > 61) throw pyError(ValueError, "seconds out of range");
  if (tm.wday < 0) throw pyError(ValueError, "day of week out of range");
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) throw pyError(ValueError, "day of year out of range");
}

function asctime(tm: Tm): string {
  return `${DAYS[tm.wday]} ${MONTHS[tm.mon]}${String(tm.mday).padStart(3)} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year + 1900}`;
}

// ---- strftime (musl src/time/strftime.c) ------------------------------------------------------------

function weekNum(tm: Tm): number {
  let val = Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7);
  if (((tm.wday + 371 - tm.yday - 2) % 7) <= 2) val++;
  if (!val) {
    val = 52;
    const dec31 = (tm.wday + 7 - tm.yday - 1) % 7;
    if (dec31 === 4 || (dec31 === 5 && isLeap((tm.year % 400) - 1 + 1900))) val++;
  } else if (val === 53) {
    const jan1 = (tm.wday + 371 - tm.yday) % 7;
    if (jan1 !== 4 && (jan1 !== 3 || !isLeap(tm.year + 1900))) val = 1;
  }
  return val;
}

/** One conversion; null when musl does not know it (strftime then returns 0: an empty result). */
function conv(c: string, tm: Tm, host: Host): string | null {
  const num = (v: number, w: number, padc = "0"): string => pad(v, w, padc);
  switch (c) {
    case "a": return DAYS[tm.wday] ?? "?";
    case "A": return DAY_NAMES[tm.wday] ?? "?";
    case "b": case "h": return MONTHS[tm.mon] ?? "?";
    case "B": return MONTH_NAMES[tm.mon] ?? "?";
    case "c": return fmt("%a %b %e %T %Y", tm, host);
    case "C": return num(Math.trunc((1900 + tm.year) / 100), 2);
    case "d": return num(tm.mday, 2);
    case "D": return fmt("%m/%d/%y", tm, host);
    case "e": return num(tm.mday, 2, " ");
    case "F": return fmt("%Y-%m-%d", tm, host);
    case "g": case "G": case "V": {
      if (c === "V") return num(weekNum(tm), 2);
      let val = tm.year + 1900;
      if (tm.yday < 3 && weekNum(tm) !== 1) val--;
      else if (tm.yday > 360 && weekNum(tm) === 1) val++;
      return c === "g" ? num(Math.abs(val % 100), 2) : yearStr(val);
    }
    case "H": return num(tm.hour, 2);
    case "I": return num(tm.hour === 0 ? 12 : tm.hour > 12 ? tm.hour - 12 : tm.hour, 2);
    case "j": return num(tm.yday + 1, 3);
    case "m": return num(tm.mon + 1, 2);
    case "M": return num(tm.min, 2);
    case "n": return "\n";
    case "t": return "\t";
    case "p": return tm.hour >= 12 ? "PM" : "AM";
    case "r": return fmt("%I:%M:%S %p", tm, host);
    case "R": return fmt("%H:%M", tm, host);
    case "s": return String(timegm(tm) - tm.gmtoff);
    case "S": return num(tm.sec, 2);
    case "T": return fmt("%H:%M:%S", tm, host);
    case "u": return num(tm.wday ? tm.wday : 7, 1);
    case "U": return num(Math.floor((tm.yday + 7 - tm.wday) / 7), 2);
    case "W": return num(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2);
    case "w": return num(tm.wday, 1);
    case "x": return fmt("%m/%d/%y", tm, host);
    case "X": return fmt("%H:%M:%S", tm, host);
    case "y": return num(Math.abs((tm.year + 1900) % 100), 2);
    case "Y": return yearStr(tm.year + 1900);
    case "z": {
      if (tm.isdst < 0) return "";
      const o = Math.trunc(tm.gmtoff / 60);
      return `${o < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(o) / 60), 2)}${pad(Math.abs(o) % 60, 2)}`;
    }
    case "Z": return tm.isdst < 0 ? "" : tm.zone ?? zoneInfo(host).names[tm.isdst > 0 ? 1 : 0];
    case "%": return "%";
  }
  return null;
}
const yearStr = (y: number): string => (y >= 10000 ? `+${y}` : pad(y, 4));

function fmt(format: string, tm: Tm, host: Host): string | null {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== "%") { out += ch; continue; }
    i++;
    let c = format[i];
    if (c === "E" || c === "O") c = format[++i];
    if (c === undefined) return null;
    const s = conv(c, tm, host);
    if (s === null) return null;
    out += s;
  }
  return out;
}

// ---- the module ------------------------------------------------------------------------------------

export function makeTime(host: Host): PyModule {
  const m = new PyModule("time");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  const noArgs = (name: string, args: PyValue[], kw: readonly string[] | null): void => {
    if (kw && kw.length) throw pyError(TypeError, `time.${name}() takes no keyword arguments`);
    if (args.length) throw pyError(TypeError, `time.${name}() takes no arguments (${args.length} given)`);
  };
  const optArg = (name: string, args: PyValue[], kw: readonly string[] | null): PyValue | undefined => {
    if (kw && kw.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
    if (args.length > 1) throw pyError(TypeError, `${name}() takes at most 1 argument (${args.length} given)`);
    return args[0];
  };
  const secs = (ns: bigint): PyValue => float(Number(ns) / 1e9);
  const clock = (name: string, src: () => bigint) => {
    def(name, (a, k) => { noArgs(name, a, k); return secs(src()); });
    def(`${name}_ns`, (a, k) => { noArgs(`${name}_ns`, a, k); const v = src(); return Number.isSafeInteger(Number(v)) ? Number(v) : v; });
  };
  clock("time", () => hostFn(host, "nowNs")());
  clock("monotonic", () => hostFn(host, "monotonicNs")());
  clock("perf_counter", () => hostFn(host, "monotonicNs")());
  clock("process_time", () => hostFn(host, "processTimeNs")());
  clock("thread_time", () => hostFn(host, "processTimeNs")());

  // time.sleep(secs): a real blocking wait (CPython: pysleep)
  def("sleep", (a, k) => {
    if (k && k.length) throw pyError(TypeError, "time.sleep() takes no keyword arguments");
    if (a.length !== 1) {
      if (a.length === 0) throw pyError(TypeError, "sleep() missing 1 required positional argument: 't'");
      throw pyError(TypeError, `time.sleep() takes exactly one argument (${a.length} given)`);
    }
    const v = a[0];
    let t: number;
    if (v instanceof PyFloat) t = v.value;
    else {
      const i = intValue(v);
      if (i === null) throw pyError(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer or float`);
      t = Number(i);
    }
    if (Number.isNaN(t)) throw pyError(ValueError, "Invalid value NaN (not a number)");
    if (t < 0) throw pyError(ValueError, "sleep length must be non-negative");
    hostFn(host, "sleep")(t);
    return None;
  });

  d.set("struct_time", StructTimeType);
  def("gmtime", (a, k) => makeStructTime(breakDown(secondsArg(host, optArg("gmtime", a, k)), 0, "GMT", 0)));
  def("localtime", (a, k) => makeStructTime(localTm(host, secondsArg(host, optArg("localtime", a, k)))));
  def("mktime", (a, k) => {
    if (k && k.length) throw pyError(TypeError, "time.mktime() takes no keyword arguments");
    if (a.length !== 1) throw pyError(TypeError, `time.mktime() takes exactly one argument (${a.length} given)`);
    const tm = tmArg(a[0], "mktime");
    const local = timegm(tm);
    const off = hostFn(host, "tzOffsetMinutes");
    let utc = local - off(local * 1000) * 60;
    utc = local - off(utc * 1000) * 60;
    if (!Number.isFinite(utc)) throw pyError(OverflowError, "mktime argument out of range");
    return float(utc);
  });
  const tmOrNow = (v: PyValue | undefined, fname: string): Tm => {
    if (v === undefined) return localTm(host, secondsArg(host, undefined));
    const tm = tmArg(v, fname);
    checkTm(tm);
    return tm;
  };
  def("asctime", (a, k) => asctime(tmOrNow(optArg("asctime", a, k), "asctime")));
  def("ctime", (a, k) => asctime(localTm(host, secondsArg(host, optArg("ctime", a, k)))));
  def("strftime", (a, k) => {
    if (k && k.length) throw pyError(TypeError, "strftime() takes no keyword arguments");
    if (a.length < 1 || a.length > 2) throw pyError(TypeError, `strftime() takes ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"} (${a.length} given)`);
    const format = a[0];
    if (typeof format !== "string") throw pyError(TypeError, `strftime() argument 1 must be str, not ${typeName(format)}`);
    const tm = tmOrNow(a[1], "strftime");
    if (tm.isdst < -1) tm.isdst = -1;
    else if (tm.isdst > 1) tm.isdst = 1;
    return fmt(format, tm, host) ?? "";
  });
  def("strptime", (a, k) => {
    const [s, f] = kwArgs("strptime", a, k, ["string", "format"], 2, 1, 2);
    const mod = importModule("_strptime");
    return call(getattr(mod, "_strptime_time"), f === undefined ? [s!] : [s!, f]);
  });
  def("get_clock_info", (a, k) => {
    const [name] = kwArgs("get_clock_info", a, k, ["name"], 1, 1, 1);
    if (typeof name !== "string") throw pyError(TypeError, `get_clock_info() argument 1 must be str, not ${typeName(name ?? None)}`);
    const info: Record<string, [string, boolean, boolean, number]> = {
      time: ["clock_gettime(CLOCK_REALTIME)", false, true, 1e-9],
      monotonic: ["clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9],
      perf_counter: ["clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9],
      process_time: ["clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9],
      thread_time: ["clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9],
    };
    const i = info[name];
    if (!i) throw pyError(ValueError, "unknown clock");
    return simpleNamespace([["implementation", i[0]], ["monotonic", i[1]], ["adjustable", i[2]], ["resolution", float(i[3])]]);
  });
  def("tzset", (a, k) => { noArgs("tzset", a, k); return None; });

  const zi = zoneInfo(host);
  d.set("timezone", -zi.std * 60);
  d.set("altzone", -zi.dst * 60);
  d.set("daylight", zi.std !== zi.dst ? 1 : 0);
  d.set("tzname", tuple(zi.names));
  d.set("_STRUCT_TM_ITEMS", 11);
  for (const [name, v] of [["CLOCK_REALTIME", 0], ["CLOCK_MONOTONIC", 1], ["CLOCK_PROCESS_CPUTIME_ID", 2], ["CLOCK_THREAD_CPUTIME_ID", 3]] as const) d.set(name, v);
  const clockOf = (v: PyValue): () => bigint => {
    const id = intValue(v);
    if (id === null) throw pyError(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
    switch (Number(id)) {
      case 0: return hostFn(host, "nowNs");
      case 1: return hostFn(host, "monotonicNs");
      case 2: case 3: return hostFn(host, "processTimeNs");
    }
    throw pyError(ValueError, "Invalid argument"); // CPython: OSError(EINVAL)
  };
  def("clock_gettime", (a) => secs(clockOf(a[0])()));
  def("clock_gettime_ns", (a) => { const v = clockOf(a[0])(); return Number.isSafeInteger(Number(v)) ? Number(v) : v; });
  void PyInstance;
  return m;
}
