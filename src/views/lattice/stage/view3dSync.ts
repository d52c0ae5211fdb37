/**
 * The 3D camera in the URL (`view3d`, issue #13): after the user moves the camera, its orbit is written once
 * it rests (debounced, not every frame); a value from outside (a preset, `pqd:set`, a pasted link) is applied
 * unless it is the echo of our own write. One instance per canvas; `dispose()` drops a pending write.
 */
import { formatView3d, parseView3d } from '../../../lib/state/schema';

type Orbit = NonNullable<ReturnType<typeof parseView3d>>;

export class View3dSync {
  /** The value last written or applied, so an echo of our own write is not applied again. */
  #shown: string;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #orbit: () => Orbit | null;
  readonly #write: (value: string) => void;

  constructor(initial: string, orbit: () => Orbit | null, write: (value: string) => void) {
    this.#shown = initial;
    this.#orbit = orbit;
    this.#write = write;
  }

  /** The stored orbit to frame with (null: none stored, use the preset); marks `value` as shown. */
  frame(value: string): Orbit | null {
    this.#shown = value;
    return parseView3d(value);
  }

  /** The user moved the camera: write its `view3d` once it rests, 250 ms later. */
  moved(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const o = this.#orbit();
      if (!o) return;
      const v = formatView3d(o);
      if (v === this.#shown) return;
      this.#shown = v;
      this.#write(v);
    }, 250);
  }

  /** The camera went back to a preset: the stored view is cleared (once). */
  clear(current: string): void {
    clearTimeout(this.#timer);
    if (this.#shown === '' && current === '') return;
    this.#shown = '';
    this.#write('');
  }

  /** A value from outside: the orbit to apply, or null when it is our own echo or not an orbit. */
  incoming(value: string): Orbit | null {
    if (value === this.#shown) return null;
    this.#shown = value;
    return parseView3d(value);
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}
