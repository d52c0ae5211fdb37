/**
 * Guided scenarios of the ligand explorer (issue #6): short sequences a lecturer steps through, each step
 * a URL (`scenario=<id>&step=<n>`). A step is DATA: the system/facet/termination, vacancies and
 * placements given by site KIND and count (or fraction), so it fits any patch size the geometry draws;
 * resolveStep() turns it into explicit site ids deterministically.
 *
 * Where the papers give no number (how many ligands, how many vacancies) the counts are illustrative and
 * the step's `note` says so. Every scenario cites the passage it follows.
 *
 * Pure TypeScript: no DOM.
 */
import { ligandById, type SiteKind } from '../data/ligands';
import { applyVacancies, purify, type Placement, type SurfaceSite, type PurifyOptions } from './model';
import { canBind, siteFamily, systemFamilyOf } from './rules';

export type ScenarioSystem = 'CsPbCl3' | 'CsPbBr3' | 'CsPbI3' | 'PbS';

/** Vacancies to create on the ideal surface: A sites, X sites, or adjacent A+X pairs (charge-neutral). */
export interface VacancySpec {
  kind: 'A' | 'X' | 'AX';
  /** Exact number (of pairs for 'AX'), or use `fraction`. */
  count?: number;
  /** Fraction 0–1 of the available sites of that kind (rounded). */
  fraction?: number;
}

/** Ligands to place on sites of a kind (the kind the site has AFTER the step's vacancies). */
export interface PlacementSpec {
  ligandId: string;
  kind: SiteKind;
  /** Exact number, or `fraction` of the free sites of that kind; neither = all of them. */
  count?: number;
  fraction?: number;
}

export interface ScenarioStep {
  /** Short title shown in the stepper. */
  title: string;
  /** What the lecturer says: what the picture shows and why. */
  description: string;
  system: ScenarioSystem;
  facet: '100' | '111';
  term: 'CsX' | 'PbX2';
  vacancies: VacancySpec[];
  placements: PlacementSpec[];
  /** Run one purification step (model.ts purify) after the placements. */
  purify?: boolean;
  /** Ligand ids whose device results to highlight in the chart. */
  highlight: string[];
  /** Source of the step and which numbers are illustrative. */
  note: string;
}

export interface Scenario {
  /** Url-safe [a-z0-9-]{1,24} (URL key `scenario`). */
  id: string;
  title: string;
  summary: string;
  /** Paper + section. */
  source: string;
  steps: ScenarioStep[];
}

const NATIVE_NOTE =
  'Native shell after review §3: "alkylammonium ligands substituting into some surface Cs sites" and an outer shell of Cs and "anions (X′ = X⁻ and carboxylic acid ligands)". ' +
  'Half of the A and X sites carry OAm⁺/oleate here: the review gives no coverage, the fraction is illustrative.';

const NATIVE: PlacementSpec[] = [
  { ligandId: 'oamh', kind: 'A', fraction: 0.5 },
  { ligandId: 'oa', kind: 'X', fraction: 0.5 },
];

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'native-purify',
    title: 'Native OA/OAm surface and what purification does to it',
    summary: 'Long-chain oleate and oleylammonium cap the dot; they bind weakly, so washing strips them and leaves halide and Cs⁺ vacancies — traps.',
    source: 'review §3 (Fig. 4, Fig. 5) and §3.1',
    steps: [
      {
        title: 'The bare CsX-terminated facet',
        description:
          'The [CsPbBr₃](PbBr₂){CsBr} termination of the review’s Fig. 4: an outer layer of Cs⁺ and Br⁻. Every Pb²⁺ below has its full octahedron — no trap, no charge.',
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [],
        highlight: [],
        note: 'review §3: "Cs and X atoms form the outermost layer of the PQDs, denoted as [CsPbX3](PbX2){CsX}. This is a relatively common situation."',
      },
      {
        title: 'Native OA/OAm shell',
        description:
          'As synthesised: oleylammonium (X-type cation) takes some Cs⁺ sites, oleate (X-type anion) some halide sites. Each swap is charge-neutral; the long tails keep the dots apart in solution.',
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: NATIVE,
        highlight: ['oa', 'oamh'],
        note: NATIVE_NOTE,
      },
      {
        title: 'After purification',
        description:
          'Washing with antisolvent strips the dynamically bound OA/OAm. They leave as neutral pairs, taking surface ions with them: Cs⁺ and halide vacancies appear, and each halide vacancy exposes an under-coordinated Pb²⁺ — a trap. The PLQY falls.',
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: NATIVE,
        purify: true,
        highlight: ['oa', 'oamh'],
        note:
          'review §3: OA/OAm "are highly dynamic, and therefore ligands are easily lost during the isolation and purification procedure and thus create enormous amounts of undercoordinated atoms"; "Ligand detachment from the PQD surface result in the formation of A- and X-site vacancies for charge neutralization."',
      },
    ],
  },
  {
    id: 'solid-exchange',
    title: 'Solid-state ligand exchange: MeOAc → acetate, then FAI or PEAI',
    summary: 'Short acetate replaces oleate, then FA⁺ or PEA⁺ replaces oleylammonium: the inter-dot distance shrinks and the dots couple.',
    source: 'review §4.1.1 (Fig. 13, Table 1)',
    steps: [
      {
        title: 'Native film: OA/OAm',
        description: 'A CsPbI₃ dot film as deposited, capped by oleate and oleylammonium — long insulating tails between the dots.',
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: NATIVE,
        highlight: ['oa', 'oamh'],
        note: NATIVE_NOTE + ' review §4.1: "long, insulating ligands trap charges inside the PQDs and increase the interparticle distance, resulting in poor electronic coupling".',
      },
      {
        title: 'MeOAc rinse: oleate → acetate',
        description:
          'MeOAc hydrolyses to acetic acid; acetate takes the oleate sites (an anion for an anion: neutral). Oleylammonium stays. The gap between dots is still set by the long OAm⁺ tails.',
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [
          { ligandId: 'oamh', kind: 'A', fraction: 0.5 },
          { ligandId: 'oac', kind: 'X', fraction: 0.5 },
        ],
        highlight: ['oac'],
        note:
          'review §4.1.1: "the OA ligand is replaced by acetic acid produced by MeOAc hydrolysis, forming PQD surface-bound acetate and free OA"; "cationic ligands (OAm+) are found to remain in the PQD films after the MeOAc treatment".',
      },
      {
        title: 'FAI: FA⁺ replaces OAm⁺',
        description:
          'Formamidinium iodide: the small FA⁺ takes the oleylammonium sites (a cation for a cation: neutral). Only short ligands remain, the inter-dot distance shrinks and the tunnelling coupling rises steeply (exp(−β·d)).',
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [
          { ligandId: 'fa', kind: 'A', fraction: 0.5 },
          { ligandId: 'oac', kind: 'X', fraction: 0.5 },
        ],
        highlight: ['fa', 'oac'],
        note:
          'review §4.1.1: "When formamidinium iodide (FAI) is used, the smaller FA+ replaces long-chain OAm+ on the PQD surface … carrier mobility boosting from 0.23 to 0.50 cm2 V−1 s−1" (Table 1: FAI–EtOAc, 13.40 %).',
      },
      {
        title: 'Or PEAI: PEA⁺ replaces OAm⁺',
        description:
          'Phenethylammonium instead of FA⁺: larger than Cs⁺, it does not enter the lattice and its aromatic ring repels water. Still short compared with OAm⁺ (no chain estimate is given for an aromatic ligand here).',
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [
          { ligandId: 'pea', kind: 'A', fraction: 0.5 },
          { ligandId: 'oac', kind: 'X', fraction: 0.5 },
        ],
        highlight: ['pea', 'oac'],
        note:
          'review §4.1.1: "The PEA groups successfully replace the OAm ligand on the PQD surface, thus greatly improving the electronic coupling between the dots" (Table 1: PEAI–MeOAc, 14.10 %).',
      },
    ],
  },
  {
    id: 'metal-halide',
    title: 'PbBr₂ / ZnBr₂ treatment fills halide vacancies',
    summary: 'A halide-poor, purified surface has halide vacancies over bare Pb²⁺; a metal bromide treatment refills them and the traps disappear.',
    source: 'review §3.2 (Fig. 9a)',
    steps: [
      {
        title: 'Purified, halide-poor surface',
        description:
          'After washing: vacancy pairs (a Cs⁺ and a Br⁻ gone together, so the surface stays neutral) and what is left of the native shell. Each halide vacancy exposes a Pb²⁺: a trap.',
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [
          { ligandId: 'oamh', kind: 'A', fraction: 0.25 },
          { ligandId: 'oa', kind: 'X', fraction: 0.25 },
        ],
        highlight: [],
        note: 'Vacancy and ligand fractions are illustrative. review §3.2: "the undercoordinated lead atoms (in other words, halogen vacancies) are the most abundant active defects".',
      },
      {
        title: 'PbBr₂ treatment',
        description:
          'PbBr₂ acts as a bromide donor: the bromide fills each halide vacancy and the Pb²⁺ below is whole again. The traps are gone; PbBr₂ is neutral, so the net charge does not change.',
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [
          { ligandId: 'oamh', kind: 'A', fraction: 0.25 },
          { ligandId: 'oa', kind: 'X', fraction: 0.25 },
          { ligandId: 'pbbr2', kind: 'X-vac' },
        ],
        highlight: ['pbbr2'],
        note:
          'review §3.2: PbBr₂ and ZnBr₂ are the most effective "as an excellent bromide donor"; "the addition of PbBr2 repairs Br and Pb vacancies on the surface rather than internal traps". Class ambiguity (Z-type salt vs. X-type bromide) is shown in the ligand card.',
      },
      {
        title: 'Or ZnBr₂',
        description: 'ZnBr₂ does the same job as bromide donor — the review names the two as the most effective metal bromides.',
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [
          { ligandId: 'oamh', kind: 'A', fraction: 0.25 },
          { ligandId: 'oa', kind: 'X', fraction: 0.25 },
          { ligandId: 'znbr2', kind: 'X-vac' },
        ],
        highlight: ['znbr2'],
        note: 'review §3.2: "PbBr2 and ZnBr2 are the most effective among several metal bromide salts (PbBr2, ZnBr2, InBr3, CuBr2, AgBr)".',
      },
    ],
  },
  {
    id: 'zwitterion',
    title: 'Zwitterions chelate an A site and an X site at once',
    summary: 'A zwitterion carries both charges: its anionic end fills a halide vacancy, its cationic end the Cs⁺ vacancy beside it — and it survives washing.',
    source: 'review §3.1 (Fig. 8c) and §4.1.1 (glycine)',
    steps: [
      {
        title: 'Vacancy pairs after washing',
        description: 'Neutral pairs of Cs⁺ and Br⁻ vacancies, the usual result of ligand loss. The bare Pb²⁺ under each halide vacancy is a trap.',
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [],
        highlight: [],
        note: 'Vacancy fraction illustrative. review §3: "Ligand detachment from the PQD surface result in the formation of A- and X-site vacancies for charge neutralization."',
      },
      {
        title: 'Sulfobetaine fills both vacancies',
        description:
          'Each sulfobetaine binds with its sulfonate in the halide vacancy and its quaternary ammonium in the Cs⁺ vacancy next to it (chelation). Both vacancies are filled, the trap is healed, the net charge stays zero.',
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [{ ligandId: 'sbet', kind: 'X-vac' }],
        highlight: ['sbet'],
        note:
          'review §3.1: "the two functional groups with negative and positive charges simultaneously bind to the X-site and A-site, respectively … tightly bound to the PQDs by the chelating effect".',
      },
      {
        title: 'Washing again: zwitterions stay',
        description: 'A second purification step. The chelating zwitterions are retained, unlike OA/OAm: the PLQY survives the wash.',
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [{ ligandId: 'sbet', kind: 'X-vac' }],
        purify: true,
        highlight: ['sbet'],
        note: 'review §3.1: "these ligands bind much more strongly to the PQD surface and the resulting PQDs exhibit long-term stability and a high PLQY even after different solvent washes".',
      },
      {
        title: 'Glycine in a solar-cell film',
        description: 'The amino acid glycine does the same on CsPbI₃: a dual-passivation ligand for Cs⁺ and I⁻ vacancies, used in a one-step exchange (Table 1: 13.66 %).',
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [{ ligandId: 'gly', kind: 'X-vac' }],
        highlight: ['gly'],
        note: 'review §4.1.1: glycine "could simultaneously passivate the A-site (cesium) and iodine vacancies on the PQD surface".',
      },
    ],
  },
  {
    id: 'pbs-ba2pbi4',
    title: '(BA)₂PbI₄ on PbS: I⁻ on Pb, BA⁺ on the S of the (100) facet',
    summary: 'Iodide passivates the Pb-rich polar (111) facet of small dots but not the non-polar (100) facet of large ones; BA⁺ binds its S atoms and stays through washing.',
    source: 'PbS paper §2 (Fig. 1, DFT Fig. S2, devices Fig. 5–6)',
    steps: [
      {
        title: 'Small dots: polar (111) with I⁻',
        description:
          'Small PbS dots are mostly (111): a Pb-only, polar facet. Iodide binds it strongly by electrostatics — the PbI₂ ligand exchange works here.',
        system: 'PbS',
        facet: '111',
        term: 'CsX',
        vacancies: [],
        placements: [{ ligandId: 'i', kind: 'Pb111' }],
        highlight: ['i'],
        note: 'PbS paper §2: "the lead-rich polar <111> facets of PbS CQDs bound preferentially to I− due to strong electrostatic interactions".',
      },
      {
        title: 'Large dots: (100) with OA',
        description:
          'Large dots expose more non-polar (100) facets with both Pb and S. Oleate caps the Pb; the S atoms stay bare.',
        system: 'PbS',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [{ ligandId: 'oa', kind: 'Pb100' }],
        highlight: ['oa'],
        note:
          'PbS paper §2: "Large-sized CQDs have more non-polar <100> planar facets with dual termination of S and Pb atoms, resulting in reduced surface passivation efficiency". Bare S sites counted as traps: a model choice.',
      },
      {
        title: 'PbI₂ exchange on (100)',
        description: 'After PbI₂ exchange iodide caps the Pb of (100), but the S atoms are still bare: halide anions cannot passivate the neutral facet well.',
        system: 'PbS',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [{ ligandId: 'i', kind: 'Pb100' }],
        highlight: ['i'],
        note: 'PbS paper §2: "the nonpolar <100> facets could not efficiently be passivated by halide anions due to electro-neutral facets".',
      },
      {
        title: '(BA)₂PbI₄: BA⁺ on S, I⁻ on Pb',
        description: 'The 2D-perovskite-like ligand forms a thin shell of BA⁺ and I⁻: BA⁺ coordinates the S atoms, I⁻ the Pb. Every site is capped and the shell is neutral.',
        system: 'PbS',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [
          { ligandId: 'i', kind: 'Pb100' },
          { ligandId: 'ba', kind: 'S100' },
        ],
        highlight: ['ba', 'i'],
        note:
          'PbS paper §2: "the BA+ ligands of PbS-(BA)2PbI4 CQDs have stronger inward coordination with the sulfur atoms on nonpolar <100> facets"; devices: 8.65 % vs 7.13 % (1.0 eV) and 13.1 % vs 11.3 % (1.3 eV).',
      },
      {
        title: 'Toluene wash: BA⁺ stays',
        description:
          'Purification with toluene. With the DFT adsorption energies (I⁻ −2.03, BA⁺ −2.49 eV on (100)) the Boltzmann model keeps BA⁺ and strips most I⁻ — as the paper saw: PbI₂- and MAPbI₃-capped dots aggregate, (BA)₂PbI₄-capped ones stay black.',
        system: 'PbS',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [
          { ligandId: 'i', kind: 'Pb100' },
          { ligandId: 'ba', kind: 'S100' },
        ],
        purify: true,
        highlight: ['ba', 'i'],
        note:
          'PbS paper §2: "the E_ad values of I− and MA+ are −2.03 and −2.14 eV to <100> facets, respectively, whereas BA+ has a higher E_ad of −2.49 eV"; the stripping energy of the model is illustrative.',
      },
    ],
  },
];

const BY_ID: ReadonlyMap<string, Scenario> = new Map(SCENARIOS.map((s) => [s.id, s]));

/** The scenario with this id, or undefined. */
export function scenarioById(id: string): Scenario | undefined {
  return BY_ID.get(id);
}

/** The step (clamped to the scenario's range), or undefined for an unknown scenario. */
export function scenarioStep(id: string, step: number): ScenarioStep | undefined {
  const s = BY_ID.get(id);
  if (!s) return undefined;
  const i = Number.isFinite(step) ? Math.min(Math.max(Math.trunc(step), 0), s.steps.length - 1) : 0;
  return s.steps[i];
}

// ------------------------------------------------------------------------------------------------ resolving

/** n indices spread evenly over 0..total−1 (deterministic, centred in equal bins). */
export function spread(total: number, n: number): number[] {
  const k = Math.max(0, Math.min(total, Math.trunc(n)));
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(Math.floor(((i + 0.5) * total) / k));
  return out;
}

function howMany(available: number, spec: { count?: number; fraction?: number }): number {
  if (spec.count !== undefined) return Math.min(available, Math.max(0, Math.trunc(spec.count)));
  if (spec.fraction !== undefined) return Math.min(available, Math.max(0, Math.round(spec.fraction * available)));
  return available;
}

function d2(a: SurfaceSite, b: SurfaceSite): number {
  if (a.xAngstrom === undefined || a.yAngstrom === undefined || b.xAngstrom === undefined || b.yAngstrom === undefined) return Number.POSITIVE_INFINITY;
  return (a.xAngstrom - b.xAngstrom) ** 2 + (a.yAngstrom - b.yAngstrom) ** 2;
}

/**
 * Vacancy ids of a step on the ideal site list: X and A sites spread evenly; an 'AX' pair is an X site and
 * the A site nearest to it (by `neighbors`, else by position, else the A site of the same rank).
 */
export function resolveVacancies(step: ScenarioStep, idealSites: readonly SurfaceSite[]): string[] {
  const taken = new Set<string>();
  const out: string[] = [];
  const free = (kind: 'A' | 'X') => idealSites.filter((s) => s.kind === kind && !taken.has(s.id));
  for (const v of step.vacancies) {
    if (v.kind === 'A' || v.kind === 'X') {
      const pool = free(v.kind);
      for (const i of spread(pool.length, howMany(pool.length, v))) {
        taken.add(pool[i].id);
        out.push(pool[i].id);
      }
    } else {
      const xs = free('X');
      const n = howMany(Math.min(xs.length, free('A').length), v);
      for (const i of spread(xs.length, n)) {
        const x = xs[i];
        const as = free('A');
        if (as.length === 0) break;
        let a: SurfaceSite | undefined = x.neighbors?.map((id) => as.find((s) => s.id === id)).find((s) => s !== undefined);
        if (!a) {
          const ranked = as.map((s, j) => ({ s, d: d2(x, s), j })).sort((p, q) => p.d - q.d || p.j - q.j);
          a = ranked[0].s;
        }
        taken.add(x.id);
        taken.add(a.id);
        out.push(x.id, a.id);
      }
    }
  }
  return out;
}

/** Placements of a step on the current sites (after its vacancies), spread evenly over the free sites of each kind. */
export function resolvePlacements(step: ScenarioStep, currentSites: readonly SurfaceSite[]): Placement[] {
  const used = new Set<string>();
  const out: Placement[] = [];
  for (const p of step.placements) {
    const pool = currentSites.filter((s) => s.kind === p.kind && !used.has(s.id));
    for (const i of spread(pool.length, howMany(pool.length, p))) {
      used.add(pool[i].id);
      out.push({ ligandId: p.ligandId, siteId: pool[i].id });
    }
  }
  return out;
}

export interface ResolvedStep {
  /** Vacancy site ids (URL `vac`). */
  vacancies: string[];
  /** Placements (URL `lig`). */
  placements: Placement[];
  /** Placements removed by the step's purification, if any. */
  removed: Placement[];
}

/**
 * Turns a step into explicit ids. `buildSites(vacancyIds)` returns the surface's sites with those
 * vacancies applied (the explorer passes its geometry; tests pass model.applyVacancies over a plain list);
 * `buildSites([])` must give the ideal surface. A purification step runs model.purify on the result and
 * adds the vacancies it leaves.
 */
export function resolveStep(step: ScenarioStep, buildSites: (vacancyIds: string[]) => readonly SurfaceSite[], purifyOptions: PurifyOptions = {}): ResolvedStep {
  const vacancies = resolveVacancies(step, buildSites([]));
  const current = buildSites(vacancies);
  const placements = resolvePlacements(step, current);
  if (!step.purify) return { vacancies, placements, removed: [] };
  const r = purify({ sites: current, placements, system: step.system }, purifyOptions);
  return { vacancies: [...vacancies, ...r.newVacancies], placements: r.placements, removed: r.removed };
}

/** Convenience builder for plain site lists: applyVacancies over an ideal list. */
export function plainBuilder(idealSites: readonly SurfaceSite[]): (vacancyIds: string[]) => SurfaceSite[] {
  return (ids) => applyVacancies(idealSites, ids).sites;
}

/**
 * Problems of a scenario as data (empty when sound): url-safe id, 1–21 steps (URL `step` 0–20), known
 * ligand ids, site kinds of the step's system family, every placement allowed by canBind, vacancies only
 * on CsPbX₃, highlights known.
 */
export function checkScenario(s: Scenario): string[] {
  const p: string[] = [];
  if (!/^[a-z0-9-]{1,24}$/.test(s.id)) p.push(`id "${s.id}" is not [a-z0-9-]{1,24}`);
  if (s.steps.length < 1 || s.steps.length > 21) p.push('a scenario needs 1–21 steps');
  if (s.source.trim() === '' || s.title.trim() === '') p.push('title and source must be given');
  s.steps.forEach((st, i) => {
    const fam = systemFamilyOf(st.system);
    if (!fam) p.push(`step ${i}: unknown system ${st.system}`);
    if (fam === 'CsPbX3' && st.facet !== '100') p.push(`step ${i}: CsPbX₃ is shown on (100) only`);
    if (fam === 'PbS' && st.vacancies.length > 0) p.push(`step ${i}: no vacancies on PbS`);
    if (st.description.trim() === '' || st.note.trim() === '') p.push(`step ${i}: description and note must be given`);
    for (const v of st.vacancies) {
      if (v.count === undefined && v.fraction === undefined) p.push(`step ${i}: vacancy without count or fraction`);
      if (v.fraction !== undefined && !(v.fraction >= 0 && v.fraction <= 1)) p.push(`step ${i}: fraction out of [0, 1]`);
    }
    for (const pl of st.placements) {
      const l = ligandById(pl.ligandId);
      if (!l) {
        p.push(`step ${i}: unknown ligand ${pl.ligandId}`);
        continue;
      }
      if (fam && siteFamily(pl.kind) !== fam) p.push(`step ${i}: site kind ${pl.kind} is not on ${st.system}`);
      const r = canBind(l, { kind: pl.kind }, { system: st.system });
      if (!r.ok) p.push(`step ${i}: ${pl.ligandId} on ${pl.kind} refused: ${r.reason}`);
      if (pl.fraction !== undefined && !(pl.fraction >= 0 && pl.fraction <= 1)) p.push(`step ${i}: fraction out of [0, 1]`);
    }
    for (const id of st.highlight) if (!ligandById(id)) p.push(`step ${i}: unknown highlight ${id}`);
  });
  return p;
}
