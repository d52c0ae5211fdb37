/**
 * Flag values of the per-atom `instanceFlag` attribute (impostor.ts shades them; canvasStructure.ts sets
 * them), without three.js so the static poster and the structure builder can use them before the 3D chunk.
 */
export const FLAG_NORMAL = 0;
/** Atom in the surface layer of a nanocrystal: full colour and a light rim. */
export const FLAG_SURFACE = 1;
/** Atom inside a nanocrystal: desaturated and darker, so the surface layer stands out. */
export const FLAG_INTERIOR = 2;
/** Atom on a (100) facet of a PbS dot (issue #19): full colour and a wide bluish-green rim (#009E73). */
export const FLAG_FACET100 = 3;
