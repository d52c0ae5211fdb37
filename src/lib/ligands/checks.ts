/** Argument checks shared by the ligand model's modules. Pure TypeScript: no DOM. */

/** @throws RangeError unless `x` is a finite number */
export function finite(name: string, x: number): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${String(x)}`);
}
