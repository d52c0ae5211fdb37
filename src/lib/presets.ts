/**
 * Presets and teacher notes per view (issue #7): reachable from inside the app, because a URL parameter is
 * lost when a student opens the page from a chat app or an LMS file. Each preset is a query string in the
 * URL schema (validated like any URL), so a preset and a bookmark are the same thing.
 * Pure data: no DOM.
 */
import type { ViewId } from './state/schema';

export interface Preset {
  id: string;
  label: string;
  /** What the student should notice. */
  hint: string;
  /** Query string (without `?`) in the URL schema; `view` is added by the caller. */
  query: string;
}

export interface TeacherNotes {
  goals: string[];
  /** "Predict, then check" prompts. */
  predictions: string[];
}

export const PRESETS: Record<ViewId, Preset[]> = {
  lattice: [
    { id: 'cspbbr3', label: 'CsPbBr₃ (orthorhombic at room temperature)', hint: 't ≈ 0.86: tilted octahedra.', query: 'comp=CsPbBr3' },
    { id: 'cspbcl3', label: 'CsPbCl₃', hint: 'Smaller halide, larger t.', query: 'comp=CsPbCl3' },
    { id: 'cspbi3', label: 'CsPbI₃', hint: 'τ > 4.18: the two criteria disagree; the black phase is metastable.', query: 'comp=CsPbI3' },
    { id: 'fapbi3', label: 'FAPbI₃', hint: 'A large organic cation: t close to 1, cubic.', query: 'comp=FAPbI3' },
    { id: 'mapbi3', label: 'MAPbI₃', hint: 'Methylammonium: between Cs and FA.', query: 'comp=MAPbI3' },
    { id: 'csfa', label: 'Cs₀.₅FA₀.₅PbI₃', hint: 'Mixing A cations tunes t (the 16.6 % certified QD cell).', query: 'comp=Cs0.5FA0.5PbI3' },
    { id: 'space', label: 'CsPbBr₃, space-filling', hint: 'Ionic radii to scale: does Cs fill its cage?', query: 'comp=CsPbBr3&style=space' },
    { id: 'nanocube', label: 'A 6 nm CsPbBr₃ nanocube', hint: 'How many atoms sit at the surface?', query: 'comp=CsPbBr3&shape=cube&edge=6' },
  ],
  confinement: [
    { id: 'all', label: 'All four materials', hint: 'Small dots, big gaps: the curves rise as d shrinks.', query: '' },
    { id: 'green', label: 'A green CsPbBr₃ dot', hint: 'Which size emits at 510 nm?', query: 'sel=CsPbBr3&materials=CsPbBr3&target=510nm' },
    { id: 'pbs1180', label: 'PbS dots of the PbS paper (1180 nm)', hint: 'Moreels curve vs Brus: near 4 nm.', query: 'sel=PbS&materials=PbS&models=brus,moreels&target=1180nm' },
    { id: 'dispersion', label: 'Size dispersion ±0.5 nm', hint: 'A spread of sizes broadens the peak.', query: 'sel=PbS&materials=PbS&d=4.1&sigma=0.5' },
    { id: 'iodide', label: 'CsPbI₃ for solar cells', hint: 'Compare the gap with the Shockley–Queisser optimum.', query: 'sel=CsPbI3&materials=CsPbI3&d=10' },
  ],
  ligands: [
    { id: 'native', label: 'Native CsPbBr₃ surface', hint: 'CsX-terminated (100) facet.', query: 'system=CsPbBr3' },
    { id: 'pbx2', label: 'PbX₂-terminated facet', hint: 'Where do the X-type ligands go now?', query: 'system=CsPbBr3&term=PbX2' },
    { id: 'cspbi3', label: 'CsPbI₃ surface (solar cells)', hint: 'The cells of the review’s Table 1.', query: 'system=CsPbI3' },
    { id: 'pbs', label: 'PbS (100) facet', hint: 'Pb and S side by side; the PbS paper’s (BA)₂PbI₄.', query: 'system=PbS&facet=100' },
    { id: 'pbs111', label: 'PbS (111) facet', hint: 'Polar, Pb-terminated: mostly on small dots.', query: 'system=PbS&facet=111' },
  ],
};

export const TEACHER_NOTES: Record<ViewId, TeacherNotes> = {
  lattice: {
    goals: [
      'Relate the tolerance factor t and the octahedral factor μ to whether an ABX₃ perovskite forms.',
      'See why t < 0.9 tilts the PbX₆ octahedra (orthorhombic Pnma) and 0.9–1.0 keeps them straight (cubic).',
      'Compare Goldschmidt’s criteria with Bartel’s τ and find a composition where they disagree (CsPbI₃).',
    ],
    predictions: [
      'Predict what happens to t when Cs⁺ is replaced by FA⁺. Then choose FAPbI₃ and check.',
      'Predict whether replacing Br⁻ by I⁻ makes the octahedra tilt more or less. Then slide r_X.',
      'Shrink r_A until the verdict changes. Which phase does CsPbI₃ fall into at room temperature, and why?',
    ],
  },
  confinement: {
    goals: [
      'Explain why a smaller dot has a larger bandgap (quantum confinement) and when confinement is strong.',
      'Read a dot’s emission wavelength and colour from its size, and find the size for a target colour.',
      'Connect the bandgap to the best possible solar-cell efficiency (Shockley–Queisser limit).',
    ],
    predictions: [
      'Predict the colour of a 4 nm CsPbBr₃ dot before moving the marker there.',
      'Which material needs the smallest dots to emit green? Guess, then set target = 520 nm.',
      'Will a 1.3 eV PbS dot make a better or worse solar cell than a 1.0 eV one? Check the SQ panel.',
    ],
  },
  ligands: {
    goals: [
      'Classify ligands as L (2 e⁻ donor), X (1 e⁻) or Z (2 e⁻ acceptor) and name the site each binds.',
      'Explain how a halide vacancy exposes an under-coordinated Pb²⁺ trap and how ligands heal it.',
      'Relate ligand exchange (shorter ligands, stronger binding) to the solar cells of the review’s Table 1.',
    ],
    predictions: [
      'Predict which site oleylamine binds, then try to place it on a Cs site.',
      'Purify the native surface: which ligands survive, and what happens to the PLQY?',
      'Predict the charge of the surface after an X-type exchange, then check the ledger.',
    ],
  },
};
