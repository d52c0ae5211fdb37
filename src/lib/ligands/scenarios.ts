/**
 * Guided scenarios of the ligand explorer (issue #6): short sequences a lecturer steps through, each step
 * a URL (`scenario=<id>&step=<n>`). A step is DATA: the system/facet/termination, vacancies and
 * placements given by site KIND and count (or fraction), so it fits any patch size the geometry draws;
 * resolveStep() turns it into explicit site ids deterministically.
 *
 * Where the papers give no number (how many ligands, how many vacancies) the counts are illustrative and
 * the step's note says so. Every scenario cites the passage it follows.
 *
 * Titles, summaries and the step texts (title, description, note) are user-facing text: they live in
 * messages/ligand-data/en.json, looked up by scenario id and step index in src/views/ligands/dataText.ts
 * (issue #7).
 *
 * Longer than 400 lines because most of it is a data table (SCENARIOS: five scenarios, their steps and
 * citations); the code that resolves a step to site ids follows the table.
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

/** A step. Its title, description and note (source, and which numbers are illustrative) are text: dataText.ts stepText. */
export interface ScenarioStep {
  system: ScenarioSystem;
  facet: '100' | '111';
  term: 'CsX' | 'PbX2';
  vacancies: VacancySpec[];
  placements: PlacementSpec[];
  /** Run one purification step (model.ts purify) after the placements. */
  purify?: boolean;
  /** Ligand ids whose device results to highlight in the chart. */
  highlight: string[];
  /**
   * Why this step's surface is not charge-balanced (its text: dataText.ts chargeWhyText), or absent when it
   * is. Unit tests check that exactly the unbalanced steps carry one.
   *   'lead-rich'       halide vacancies over bare Pb²⁺ (review §3.2's halide-poor surface): +1 e each
   *   'anions-on-100'   anions alone on the neutral PbS (100) facet: the PbS paper's point
   */
  chargeWhy?: 'lead-rich' | 'anions-on-100';
}

/** Ids of the scenarios (see `Scenario.id`); dataText.ts has the texts of each. */
export type ScenarioId = 'native-purify' | 'solid-exchange' | 'metal-halide' | 'zwitterion' | 'pbs-ba2pbi4';

/** A scenario; its title and summary are text (dataText.ts scenarioTitle, scenarioSummary). */
export interface Scenario {
  /** Url-safe [a-z0-9-]{1,24} (URL key `scenario`). */
  id: ScenarioId;
  /** Paper + section. */
  source: string;
  steps: ScenarioStep[];
}

const NATIVE: PlacementSpec[] = [
  { ligandId: 'oamh', kind: 'A', fraction: 0.5 },
  { ligandId: 'oa', kind: 'X', fraction: 0.5 },
];

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'native-purify',
    source: 'review §3 (Fig. 4, Fig. 5) and §3.1',
    steps: [
      {
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [],
        highlight: [],
      },
      {
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: NATIVE,
        highlight: ['oa', 'oamh'],
      },
      {
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: NATIVE,
        purify: true,
        highlight: ['oa', 'oamh'],
      },
    ],
  },
  {
    id: 'solid-exchange',
    source: 'review §4.1.1 (Fig. 13, Table 1)',
    steps: [
      {
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: NATIVE,
        highlight: ['oa', 'oamh'],
      },
      {
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [
          { ligandId: 'oamh', kind: 'A', fraction: 0.5 },
          { ligandId: 'oac', kind: 'X', fraction: 0.5 },
        ],
        highlight: ['oac'],
      },
      {
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [
          { ligandId: 'fa', kind: 'A', fraction: 0.5 },
          { ligandId: 'oac', kind: 'X', fraction: 0.5 },
        ],
        highlight: ['fa', 'oac'],
      },
      {
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [
          { ligandId: 'pea', kind: 'A', fraction: 0.5 },
          { ligandId: 'oac', kind: 'X', fraction: 0.5 },
        ],
        highlight: ['pea', 'oac'],
      },
    ],
  },
  {
    id: 'metal-halide',
    source: 'review §3.2 (Fig. 9a)',
    steps: [
      {
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'X', count: 4 }],
        placements: [
          { ligandId: 'oamh', kind: 'A', fraction: 0.25 },
          { ligandId: 'oa', kind: 'X', fraction: 0.25 },
        ],
        highlight: [],
        chargeWhy: 'lead-rich',
      },
      {
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'X', count: 4 }],
        placements: [
          { ligandId: 'oamh', kind: 'A', fraction: 0.25 },
          { ligandId: 'oa', kind: 'X', fraction: 0.25 },
          { ligandId: 'pbbr2', kind: 'X-vac' },
        ],
        highlight: ['pbbr2'],
      },
      {
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'X', count: 4 }],
        placements: [
          { ligandId: 'oamh', kind: 'A', fraction: 0.25 },
          { ligandId: 'oa', kind: 'X', fraction: 0.25 },
          { ligandId: 'znbr2', kind: 'X-vac' },
        ],
        highlight: ['znbr2'],
      },
    ],
  },
  {
    id: 'zwitterion',
    source: 'review §3.1 (Fig. 8c) and §4.1.1 (glycine)',
    steps: [
      {
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [],
        highlight: [],
      },
      {
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [{ ligandId: 'sbet', kind: 'X-vac' }],
        highlight: ['sbet'],
      },
      {
        system: 'CsPbBr3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [{ ligandId: 'sbet', kind: 'X-vac' }],
        purify: true,
        highlight: ['sbet'],
      },
      {
        system: 'CsPbI3',
        facet: '100',
        term: 'CsX',
        vacancies: [{ kind: 'AX', fraction: 0.25 }],
        placements: [{ ligandId: 'gly', kind: 'X-vac' }],
        highlight: ['gly'],
      },
    ],
  },
  {
    id: 'pbs-ba2pbi4',
    source: 'PbS paper §2 (Fig. 1, DFT Fig. S2, devices Fig. 5–6)',
    steps: [
      // 0: small dots — the polar Pb-only (111) facet takes one I⁻ per Pb (rules.ts VACANCY_CHARGE_E): neutral.
      {
        system: 'PbS',
        facet: '111',
        term: 'CsX',
        vacancies: [],
        placements: [{ ligandId: 'i', kind: 'Pb111' }],
        highlight: ['i'],
      },
      // 1: large dots, PbI₂ treatment — I⁻ on the neutral (100): a charged shell and bare S (the paper's point).
      {
        system: 'PbS',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [{ ligandId: 'i', kind: 'Pb100' }],
        highlight: ['i'],
        chargeWhy: 'anions-on-100',
      },
      // 2: the PbI₂-capped dots washed with toluene: I⁻ "detach" (Fig. 1b).
      {
        system: 'PbS',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [{ ligandId: 'i', kind: 'Pb100' }],
        purify: true,
        highlight: ['i'],
        chargeWhy: 'anions-on-100',
      },
      // 3: (BA)₂PbI₄ treatment — BA⁺ on S, I⁻ on Pb: the shell of BA⁺ and I⁻, neutral.
      {
        system: 'PbS',
        facet: '100',
        term: 'CsX',
        vacancies: [],
        placements: [
          { ligandId: 'i', kind: 'Pb100' },
          { ligandId: 'ba', kind: 'S100' },
        ],
        highlight: ['ba', 'i'],
      },
      // 4: the (BA)₂PbI₄-capped dots washed: the shell stays ("less inclined to detach").
      {
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
  if (s.source.trim() === '') p.push('source must be given');
  s.steps.forEach((st, i) => {
    const fam = systemFamilyOf(st.system);
    if (!fam) p.push(`step ${i}: unknown system ${st.system}`);
    if (fam === 'CsPbX3' && st.facet !== '100') p.push(`step ${i}: CsPbX₃ is shown on (100) only`);
    if (fam === 'PbS' && st.vacancies.length > 0) p.push(`step ${i}: no vacancies on PbS`);
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
      if (!r.ok) p.push(`step ${i}: ${pl.ligandId} on ${pl.kind} refused: ${r.refusal.code}`);
      if (pl.fraction !== undefined && !(pl.fraction >= 0 && pl.fraction <= 1)) p.push(`step ${i}: fraction out of [0, 1]`);
    }
    for (const id of st.highlight) if (!ligandById(id)) p.push(`step ${i}: unknown highlight ${id}`);
  });
  return p;
}
