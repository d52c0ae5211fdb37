/**
 * One entry point for the surface patch the ligand explorer draws: system + facet + termination, then
 * vacancies applied (see perovskite.ts and pbs.ts for the geometry and its sources).
 *
 * Combinations the papers do not discuss are normalised, with a note: CsPbX₃ is shown on (100) only
 * (the review's termination models are (100) facets); for PbS the termination key does not apply.
 *
 * Pure TypeScript: no DOM.
 */
import type { Halide } from '../data/structures';
import { buildPerovskiteSlab, terminationNotation, PEROVSKITE_CELLS } from './perovskite';
import { buildPbs100Slab, buildPbs111Slab } from './pbs';
import type { MaterialId, Surface, SurfaceAtom, SurfaceParams, SurfaceSite } from './types';

/** Why a vacancy id was dropped: no such site, not an A or X site, listed twice. */
export type VacancyIdDropCode = 'no-site' | 'not-vacancy-site' | 'duplicate';

export interface DroppedToken {
  token: string;
  reason: VacancyIdDropCode;
}

/** A parameter changed to make a valid combination: facet 111 asked on a CsPbX₃ system (shown on (100)). */
export interface SurfaceNote {
  code: 'facet-111-pbs-only';
  system: MaterialId;
}

export interface BuiltSurface {
  surface: Surface;
  /** Vacancy ids that could not be applied, with the reason (unknown id, not a vacancy site, duplicate). */
  droppedVacancies: DroppedToken[];
  /** Parameters changed to make a valid combination (e.g. facet 111 on CsPbBr₃), as codes. */
  notes: SurfaceNote[];
}

/** Halide of a CsPbX₃ system, null for PbS. */
export function halideOf(system: MaterialId): Halide | null {
  switch (system) {
    case 'CsPbCl3':
      return 'Cl';
    case 'CsPbBr3':
      return 'Br';
    case 'CsPbI3':
      return 'I';
    default:
      return null;
  }
}

/** The facet actually shown for a system (CsPbX₃: always 100). */
export function effectiveFacet(system: MaterialId, facet: SurfaceParams['facet']): SurfaceParams['facet'] {
  return system === 'PbS' ? facet : '100';
}

/** A slab as a grid of cols × rows surface cells, pitch apart along a row and rowSpacing between rows, Å. */
interface SlabGrid {
  aAngstrom: number;
  pitchAngstrom: number;
  rowSpacingAngstrom: number;
  cols: number;
  rows: number;
  layers: Surface['layers'];
  atoms: Surface['atoms'];
  sites: Surface['sites'];
}

function patchOf(
  system: MaterialId,
  facet: Surface['facet'],
  termination: Surface['termination'],
  halide: Surface['halide'],
  notation: string,
  g: SlabGrid,
): Surface {
  return {
    system,
    facet,
    termination,
    halide,
    aAngstrom: g.aAngstrom,
    pitchAngstrom: g.pitchAngstrom,
    cols: g.cols,
    rows: g.rows,
    widthAngstrom: g.cols * g.pitchAngstrom,
    depthAngstrom: g.rows * g.rowSpacingAngstrom,
    layers: g.layers,
    atoms: g.atoms,
    sites: g.sites,
    vacancies: [],
    notation,
  };
}

/**
 * Builds the surface patch and applies vacancies (site ids; unknown or non-vacancy ids are dropped
 * with a reason). Deterministic: the same inputs give the same ids, positions and order.
 */
export function buildSurface(params: SurfaceParams, vacancyIds: readonly string[] = []): BuiltSurface {
  const notes: SurfaceNote[] = [];
  const halide = halideOf(params.system);
  let surface: Surface;
  let pbUnder = new Map<string, { pbId: string; pbKey: string }>();
  if (halide) {
    if (params.facet !== '100') {
      notes.push({ code: 'facet-111-pbs-only', system: params.system });
    }
    const slab = buildPerovskiteSlab(halide, params.term, PEROVSKITE_CELLS);
    pbUnder = slab.pbUnderHalide;
    const grid = { cols: slab.cells, rows: slab.cells, pitchAngstrom: slab.aAngstrom, rowSpacingAngstrom: slab.aAngstrom };
    surface = patchOf(params.system, '100', params.term, halide, terminationNotation(halide, params.term), { ...slab, ...grid });
  } else {
    const slab = params.facet === '111' ? buildPbs111Slab() : buildPbs100Slab();
    surface = patchOf(params.system, params.facet, null, null, params.facet === '111' ? 'PbS (111)' : 'PbS (100)', slab);
  }
  const { surface: withVac, dropped } = applyVacancies(surface, vacancyIds, pbUnder);
  return { surface: withVac, droppedVacancies: dropped, notes };
}

function applyVacancies(
  surface: Surface,
  vacancyIds: readonly string[],
  pbUnder: Map<string, { pbId: string; pbKey: string }>,
): { surface: Surface; dropped: DroppedToken[] } {
  const dropped: DroppedToken[] = [];
  const byId = new Map(surface.sites.map((s) => [s.id, s]));
  const applied: string[] = [];
  for (const id of vacancyIds) {
    const s = byId.get(id);
    if (!s) dropped.push({ token: id, reason: 'no-site' });
    else if (!s.vacancyAllowed) dropped.push({ token: id, reason: 'not-vacancy-site' });
    else if (applied.includes(id)) dropped.push({ token: id, reason: 'duplicate' });
    else applied.push(id);
  }
  if (applied.length === 0) return { surface, dropped };

  const vac = new Set(applied);
  const removedKeys = new Set<string>();
  const exposedPb = new Map<string, { pbKey: string; xId: string }>();
  const sites: SurfaceSite[] = [];
  for (const s of surface.sites) {
    if (!vac.has(s.id)) {
      sites.push(s);
      continue;
    }
    const kind = s.kind === 'A' ? 'A-vac' : 'X-vac';
    const vacSite: SurfaceSite = { ...s, kind, vacant: true, exposes: [...s.exposes] };
    const under = pbUnder.get(s.id);
    if (under) {
      vacSite.exposes = [under.pbId];
      exposedPb.set(under.pbId, { pbKey: under.pbKey, xId: s.id });
    }
    sites.push(vacSite);
  }
  // Remove the vacated atoms.
  for (const at of surface.atoms) if (at.siteId && vac.has(at.siteId)) removedKeys.add(at.key);
  const atoms: SurfaceAtom[] = [];
  for (const at of surface.atoms) {
    if (removedKeys.has(at.key)) continue;
    const exposed = [...exposedPb.entries()].find(([, v]) => v.pbKey === at.key);
    atoms.push(exposed ? { ...at, siteId: exposed[0] } : at);
  }
  // Exposed Pb become sites, listed right after the halide vacancy above them.
  const withPb: SurfaceSite[] = [];
  for (const s of sites) {
    withPb.push(s);
    if (s.kind === 'X-vac' && surface.termination === 'CsX') {
      const pbId = s.exposes[0];
      const pbAtom = atoms.find((at) => at.siteId === pbId);
      if (pbAtom) {
        withPb.push({
          id: pbId,
          kind: 'Pb-uc',
          element: 'Pb',
          xAngstrom: pbAtom.xAngstrom,
          yAngstrom: pbAtom.yAngstrom,
          zAngstrom: pbAtom.zAngstrom,
          sideXAngstrom: pbAtom.sideXAngstrom,
          row: s.row,
          col: s.col,
          vacant: false,
          vacancyAllowed: false,
          exposes: [s.id],
        });
      }
    }
  }
  return { surface: { ...surface, sites: withPb, atoms, vacancies: applied }, dropped };
}

/** Net formal charge of the slab's atoms, e (0 for an ideal slab; vacancies shift it). */
export function slabChargeE(surface: Surface): number {
  return surface.atoms.reduce((q, a) => q + a.chargeE, 0);
}

/** Count of atoms per element. */
export function elementCounts(surface: Surface): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of surface.atoms) out[a.element] = (out[a.element] ?? 0) + 1;
  return out;
}

/** Ids of the sites of a given kind. */
export function siteIdsOfKind(surface: Surface, kind: SurfaceSite['kind']): string[] {
  return surface.sites.filter((s) => s.kind === kind).map((s) => s.id);
}
