/**
 * The one URL schema of Perovskite QD Lab: every key a user can bookmark, its type, default and range.
 *
 * Keys are short and stable — renaming one breaks bookmarks and embeds. They are documented in the README
 * ("URL parameters"). The same schema validates custom-element attributes and `pqd:set` messages.
 * Pure TypeScript: no DOM.
 *
 * Pattern after PhET's QueryParameters (phetsims/beers-law-lab `BLLQueryParameters.ts`: one table of
 * `type`, `defaultValue`, `validValues`/`isValidValue`).
 */
import { DEFAULT_PLQY_PARAMS } from '../ligands/plqy';
import { PBS_PAPER_DOTS } from '../surface/pbs';
import { MATERIALS } from '../surface/types';
import {
  normalizeCells,
  normalizeFormula,
  normalizeView3d,
  validateCells,
  validateFormula,
  validateScenario,
  validateTarget,
  validateTokens,
  validateView3d,
  type ValueReason,
} from './schemaValues';

// The value parsers the views and the address code read (their home is schemaValues.ts).
export { MAX_CELLS, VIEW3D_RANGE, formatView3d, parseCells, parseTarget, parseView3d, type ValueReason, type View3d } from './schemaValues';

export type ViewId = 'lattice' | 'confinement' | 'ligands';
export const VIEWS: readonly ViewId[] = ['lattice', 'confinement', 'ligands'];

interface BaseSpec<T> {
  default: T;
  /** Which view the key belongs to ('app' for global keys). */
  scope: ViewId | 'app';
  /** One line for the README and error messages. */
  doc: string;
}
export interface EnumSpec<T extends string = string> extends BaseSpec<T> {
  kind: 'enum';
  values: readonly T[];
}
export interface NumberSpec extends BaseSpec<number | null> {
  kind: 'number';
  min: number;
  max: number;
  /** Integers only. */
  integer?: boolean;
  unit?: string;
}
export interface ListSpec<T extends string = string> extends BaseSpec<readonly T[]> {
  kind: 'list';
  values: readonly T[];
  /** Whether an empty list is allowed. */
  allowEmpty: boolean;
}
export interface StringSpec extends BaseSpec<string> {
  kind: 'string';
  maxLength: number;
  /** Returns null when valid, else why not. Must not throw. */
  validate: (value: string) => ValueReason | null;
  /** Canonical form (for round trips); identity by default. */
  normalize?: (value: string) => string;
}
export interface BoolSpec extends BaseSpec<boolean> {
  kind: 'bool';
}
export type Spec = EnumSpec | NumberSpec | ListSpec | StringSpec | BoolSpec;

// The dot materials live with the surface models (one list, no import cycle: surface → state is upward).
export { MATERIALS, type MaterialId } from '../surface/types';

export const SCHEMA = {
  // ---- app-wide ----
  view: { kind: 'enum', scope: 'app', values: VIEWS, default: 'lattice', doc: 'Which view is shown.' },
  embed: { kind: 'bool', scope: 'app', default: false, doc: '1 = one view without header and footer, for iframes.' },
  theme: {
    kind: 'enum',
    scope: 'app',
    values: ['light', 'dark', 'projector'],
    default: 'light',
    doc: 'Colour theme; projector = high contrast, large type.',
  },
  // ---- lattice (issue #4) ----
  // comp and d describe the one dot every view shows (issue #18; state/dot.ts keeps sel and system beside comp)
  comp: {
    kind: 'string',
    scope: 'app',
    default: 'CsPbBr3',
    maxLength: 40,
    validate: validateFormula,
    normalize: normalizeFormula,
    doc: 'The dot’s composition (every view), e.g. CsPbI3, FAPbI3, Cs0.5FA0.5PbI3, CsPbBr1.5I1.5, or PbS (rock salt); sel and system follow it.',
  },
  radii: {
    kind: 'enum',
    scope: 'lattice',
    values: ['shannon', 'review'],
    default: 'shannon',
    doc: 'Ionic-radius set: Shannon/Kieslich, or the values quoted in the review.',
  },
  rA: { kind: 'number', scope: 'lattice', min: 1.0, max: 3.2, default: null, unit: 'Å', doc: 'A-site radius override, Å.' },
  rB: { kind: 'number', scope: 'lattice', min: 0.6, max: 1.6, default: null, unit: 'Å', doc: 'B-site radius override, Å.' },
  rX: { kind: 'number', scope: 'lattice', min: 1.2, max: 2.5, default: null, unit: 'Å', doc: 'X-site radius override, Å.' },
  phase: {
    kind: 'enum',
    scope: 'lattice',
    values: ['auto', 'cubic', 'orthorhombic', 'delta'],
    default: 'auto',
    doc: 'Structure drawn; auto follows the stability verdict; delta = the yellow non-perovskite δ-CsPbI3.',
  },
  style: {
    kind: 'enum',
    scope: 'lattice',
    values: ['ball', 'space', 'poly'],
    default: 'poly',
    doc: 'Ball-and-stick, space-filling, or polyhedral.',
  },
  cells: {
    kind: 'string',
    scope: 'lattice',
    default: '2',
    maxLength: 8,
    validate: validateCells,
    normalize: normalizeCells,
    doc: 'Crystal size in pseudo-cubic cells per edge: 5 or 5x5x5 (1–20 each).',
  },
  cam: {
    kind: 'enum',
    scope: 'lattice',
    values: ['free', 'a', 'b', 'c', '111'],
    default: 'free',
    doc: 'Camera direction: along a, b, c or [111].',
  },
  view3d: {
    kind: 'string',
    scope: 'lattice',
    default: '',
    maxLength: 16,
    validate: validateView3d,
    normalize: normalizeView3d,
    doc: 'Rotated 3D camera: azimuth,elevation,zoom (degrees −180–180, −89–89; zoom 0.2–5, 1 = fits), e.g. 40,25,1.3.',
  },
  shape: {
    kind: 'enum',
    scope: 'lattice',
    values: ['cells', 'cube'],
    default: 'cells',
    doc: 'A periodic supercell, or a cube-shaped nanocrystal with its surface layer marked.',
  },
  edge: { kind: 'number', scope: 'lattice', min: 1, max: 20, default: 6, unit: 'nm', doc: 'Nanocrystal edge length, nm.' },
  box: { kind: 'bool', scope: 'lattice', default: true, doc: 'Draw the unit-cell box (0 hides it).' },
  axes: { kind: 'bool', scope: 'lattice', default: true, doc: 'Draw the a, b, c axes (0 hides them).' },
  labels: { kind: 'bool', scope: 'lattice', default: false, doc: 'Label every atom with its element (1 shows them).' },
  xrdy: {
    kind: 'enum',
    scope: 'lattice',
    values: ['sqrt', 'linear'],
    default: 'sqrt',
    doc: 'Powder-diffraction intensity axis: sqrt (weak tilt peaks visible) or linear.',
  },
  // ---- confinement (issue #5) ----
  materials: {
    kind: 'list',
    scope: 'confinement',
    values: MATERIALS,
    default: MATERIALS,
    allowEmpty: true,
    doc: 'Materials plotted: comma list of CsPbCl3,CsPbBr3,CsPbI3,PbS.',
  },
  models: {
    kind: 'list',
    scope: 'confinement',
    values: ['cube', 'brus', 'confinement', 'moreels'],
    default: ['cube', 'brus', 'moreels'],
    allowEmpty: true,
    doc: 'Models drawn: cube (default CsPbX3 model), brus (textbook sphere), confinement (kinetic term only), moreels (PbS). The marker always follows cube (CsPbX3) or moreels (PbS).',
  },
  sel: { kind: 'enum', scope: 'confinement', values: MATERIALS, default: 'CsPbBr3', doc: 'Selected material: PbS, or the CsPbX3 end member nearest the dot’s comp (sel=CsPbI3 alone sets comp=CsPbI3).' },
  d: { kind: 'number', scope: 'app', min: 1, max: 30, default: 8, unit: 'nm', doc: 'The dot’s size (every view), nm: cube edge length L for CsPbX3, sphere diameter for PbS.' },
  sigma: { kind: 'number', scope: 'confinement', min: 0, max: 3, default: 0, unit: 'nm', doc: 'Size dispersion σ, nm.' },
  spaxis: {
    kind: 'enum',
    scope: 'confinement',
    values: ['nm', 'ev'],
    default: 'nm',
    doc: 'Spectra panel x axis: wavelength (nm) or photon energy (ev).',
  },
  target: {
    kind: 'string',
    scope: 'confinement',
    default: '',
    maxLength: 16,
    validate: validateTarget,
    doc: 'Inverse problem target: 520nm or 2.4eV.',
  },
  dmin: { kind: 'number', scope: 'confinement', min: 1, max: 29, default: 2, unit: 'nm', doc: 'Plot range start, nm.' },
  dmax: { kind: 'number', scope: 'confinement', min: 2, max: 30, default: 20, unit: 'nm', doc: 'Plot range end, nm.' },
  // ---- ligands (issue #6) ----
  system: { kind: 'enum', scope: 'ligands', values: MATERIALS, default: 'CsPbBr3', doc: 'Dot material: as sel (system=CsPbI3 alone sets comp=CsPbI3).' },
  facet: { kind: 'enum', scope: 'ligands', values: ['100', '111'], default: '100', doc: 'Facet shown (111 only for PbS).' },
  term: {
    kind: 'enum',
    scope: 'ligands',
    values: ['CsX', 'PbX2'],
    default: 'CsX',
    doc: 'Termination of the CsPbX3 (100) facet.',
  },
  side: { kind: 'enum', scope: 'ligands', values: ['side', 'top'], default: 'side', doc: 'Side view or top view.' },
  scenario: {
    kind: 'string',
    scope: 'ligands',
    default: '',
    maxLength: 24,
    validate: validateScenario,
    doc: 'Guided scenario id.',
  },
  step: { kind: 'number', scope: 'ligands', min: 0, max: 20, integer: true, default: 0, doc: 'Step of the scenario.' },
  vac: { kind: 'string', scope: 'ligands', default: '', maxLength: 2400, validate: validateTokens, doc: 'Vacancies: comma list of site ids.' },
  lig: {
    kind: 'string',
    scope: 'ligands',
    default: '',
    maxLength: 2400,
    validate: validateTokens,
    doc: 'Placed ligands: comma list of ligandId@siteId.',
  },
  krad: {
    kind: 'number',
    scope: 'ligands',
    min: 0.1,
    max: 5,
    default: DEFAULT_PLQY_PARAMS.kRad,
    unit: 'k₀',
    doc: 'Illustrative PLQY model: radiative rate k_rad, in units of k₀.',
  },
  ktrap: {
    kind: 'number',
    scope: 'ligands',
    min: 0,
    max: 50,
    default: DEFAULT_PLQY_PARAMS.kTrapPerSite,
    unit: 'k₀',
    doc: 'Illustrative PLQY model: trap rate per trap, in units of k₀ (default 10: a fast trap).',
  },
  pbsd: {
    kind: 'number',
    scope: 'ligands',
    min: 1,
    max: 8,
    default: PBS_PAPER_DOTS[1].diameterNm,
    unit: 'nm',
    doc: 'PbS dot diameter of the (100)/(111) facet-share plot, nm.',
  },
  metric: {
    kind: 'enum',
    scope: 'ligands',
    values: ['pce', 'voc', 'jsc', 'ff'],
    default: 'pce',
    doc: 'Device chart metric: pce, voc, jsc or ff.',
  },
  group: {
    kind: 'enum',
    scope: 'ligands',
    values: ['exchange', 'material'],
    default: 'exchange',
    doc: 'Device chart grouping: by exchange type or by material.',
  },
} as const satisfies Record<string, Spec>;

export type Key = keyof typeof SCHEMA;
type Widen<S> = S extends { kind: 'enum'; values: readonly (infer T)[] }
  ? T
  : S extends { kind: 'number'; default: null }
    ? number | null
    : S extends { kind: 'number' }
      ? number
      : S extends { kind: 'list'; values: readonly (infer T)[] }
        ? readonly T[]
        : S extends { kind: 'bool' }
          ? boolean
          : string;
/** The validated state of the whole app: one value per schema key. */
export type UrlState = { -readonly [K in Key]: Widen<(typeof SCHEMA)[K]> };

export const KEYS = Object.keys(SCHEMA) as Key[];

export function defaultState(): UrlState {
  const out: Record<string, unknown> = {};
  for (const k of KEYS) {
    const d = SCHEMA[k].default;
    out[k] = Array.isArray(d) ? [...d] : d;
  }
  return out as UrlState;
}
