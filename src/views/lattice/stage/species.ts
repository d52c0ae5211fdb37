/**
 * The names the lattice picture uses for its sites and styles, without three.js (the static poster of the
 * stage and the structure builder import them before the 3D chunk is loaded; stage/types.ts re-exports them).
 */
export type Species = 'A' | 'B' | 'X';
export const SPECIES: readonly Species[] = ['A', 'B', 'X'];
export type LatticeStyle = 'ball' | 'space' | 'poly';
export type CameraPreset = 'free' | 'a' | 'b' | 'c' | '111';
