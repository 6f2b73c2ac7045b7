// The debuggee thread's CPU time, reported with its run time for bench/adapter.js: on a busy shared
// machine the wall time of a run is mostly other processes' noise, the thread's CPU time much less.
import { readFileSync } from "node:fs";

/** The CPU time of the calling thread in ms (Linux: /proc/thread-self/stat utime + stime, in clock
 *  ticks of 10 ms), or undefined where there is no such file. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "latin1");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) * 10; // fields 14 and 15 of proc(5), USER_HZ = 100
  } catch {
    return undefined;
  }
}
