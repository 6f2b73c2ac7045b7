// warnings.warn for the runtime (Python/_warnings.c): the object layer calls warn(); the
// interpreter installs how a warning is located (the running frame), filtered and printed.
import type { PyType } from "./object.js";

let warnHook: ((category: PyType, message: string) => void) | null = null;
export function installWarn(f: typeof warnHook): void {
  warnHook = f;
}
/** Issue a warning attributed to the running Python frame (stacklevel 1). */
export function warn(category: PyType, message: string): void {
  warnHook?.(category, message);
}
