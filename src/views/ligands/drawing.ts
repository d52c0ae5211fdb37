/**
 * What the surface drawing shows, in Å, for the side view (a cut through one row of cells: x across,
 * z up) and the top view (x across, y down): atoms, sites, and each placed ligand as a binding head, a
 * tail of its chain length to scale (Ligand.chainLengthNm, an estimate from data/ligands.ts; tails longer
 * than TAIL_BREAK_ANGSTROM are drawn broken, their full length written beside, so the surface stays on
 * screen) and its bond motif (dative arrow for L and Z, ionic bond and charge for X, a dotted hydrogen bond
 * for a cation on S²⁻, the CBC electron count; a cation has none). A metal halide on a vacancy is drawn as
 * what it leaves there: its halide, an X-type anion.
 *
 * The Svelte component maps Å to pixels with one linear scale; nothing here touches the DOM.
 */
import { ligandById, type Ligand } from '../../lib/data/ligands';
import type { ExplorerModel } from '../../lib/surface/explorer';
import type { Surface, SurfaceAtom, SurfaceSite } from '../../lib/surface/types';
import type { AcceptedPlacement } from '../../lib/ligands/model';
import { boundUnit } from '../../lib/ligands/rules';
import { elementRadiusAngstrom } from '../../lib/surface/radii';

export type ViewKind = 'side' | 'top';

/** A point in drawing coordinates, Å: u across, v up (side) or down (top). */
export interface Pt {
  u: number;
  v: number;
}

export interface DrawnAtom {
  atom: SurfaceAtom;
  at: Pt;
  /** 0 outermost layer … ; used for shading (deeper = paler). */
  depth: number;
  /** Drawn as a ghost (a ligand replaced it). */
  replaced: boolean;
}

export interface DrawnSite {
  site: SurfaceSite;
  at: Pt;
  /** Radius of the hit target and rings, Å. */
  radiusAngstrom: number;
}

export interface DrawnLigand {
  placement: AcceptedPlacement;
  ligand: Ligand;
  /** Head centre and radius, Å. */
  head: Pt;
  headRadiusAngstrom: number;
  /** Second head of a chelating ligand (at its partner site), when drawn. */
  partnerHead: Pt | null;
  /** Tail polyline (side view), Å; empty when the ligand has no tail. */
  tail: Pt[];
  /** Whether the tail is aromatic/branched (no single chain length): drawn as a ring. */
  ringTail: Pt | null;
  /** Where a long tail is broken (drawn as ≈), and the tail's full length, nm; null when drawn whole. */
  tailBreak: Pt | null;
  fullTailNm: number | null;
  /** Name written by the ligand: its label, or for a metal halide's donated halide "Br⁻ ← PbBr₂". */
  label: string;
  /** Letter on the head: 'L', 'X', 'Z', or '' for a cation (its sign '+' says it). */
  classTag: string;
  /** CSS class of the head: cls-L, cls-X, cls-Z or cls-cation. */
  cssClass: string;
  /** Bond motif (side view). */
  bond: { kind: 'dative-down' | 'dative-up' | 'ionic' | 'hbond'; from: Pt; to: Pt } | null;
  /** Charge sign drawn on the head: '−', '+', '±' or ''. */
  sign: string;
  /** "2e⁻", "1e⁻", "0e⁻". */
  electronsText: string;
}

export interface Drawing {
  /** Å extents of the drawing (u to the right, v up for side / down for top). */
  uMin: number;
  uMax: number;
  vMin: number;
  vMax: number;
  atoms: DrawnAtom[];
  sites: DrawnSite[];
  ligands: DrawnLigand[];
  /** Side view: label positions of the layers (right margin). */
  layerLabels: { text: string; v: number }[];
  /** Top view: the band of the side-view cut. */
  cutBand: { v0: number; v1: number } | null;
}

/** Gap left for a bond arrow between a donor and an acceptor, Å (drawing choice). */
const BOND_GAP_ANGSTROM = 1.3;
/** Head radius of an organic binding group, Å (drawing choice, about a carboxylate/amine group). */
const HEAD_RADIUS_ANGSTROM = 1.5;
/** Zigzag half-amplitude of an alkyl tail, Å (drawing choice). */
const ZIGZAG_ANGSTROM = 0.45;
/** Length per carbon along the tail, Å: the data's CHAIN_NM_PER_CARBON (0.1253 nm). */
const CARBON_STEP_ANGSTROM = 1.253;
/**
 * Tails longer than this are drawn broken, Å (drawing choice): the first part to scale, a break mark and
 * the last carbons, with the full length written beside — an oleyl tail (≈2.3 nm) would otherwise push the
 * surface, its vacancies and marks below the fold at 1280 × 800.
 */
export const TAIL_BREAK_ANGSTROM = 6;
/** Length drawn after the break, Å. */
const TAIL_AFTER_BREAK_ANGSTROM = 1.6;

/** Head radius of a ligand, Å: a bare halide ion gets its Shannon radius, everything else a group size. */
export function headRadiusAngstrom(l: Ligand): number {
  if (l.id === 'cl') return elementRadiusAngstrom('Cl');
  if (l.id === 'i') return elementRadiusAngstrom('I');
  return HEAD_RADIUS_ANGSTROM;
}

/** Longest tail of the ligands of a system family, Å (fixed headroom so the drawing does not jump). */
export function maxTailAngstrom(ligands: readonly Ligand[]): number {
  let m = 0;
  for (const l of ligands) if (l.chainLengthNm !== null) m = Math.max(m, l.chainLengthNm * 10);
  return m;
}

/** Sites visible in the side-view cut of a row (the halides bridging along y sit behind Pb and are not). */
export function sideSites(surface: Surface, row: number): SurfaceSite[] {
  const atomRow = new Map<string, number | null>();
  for (const a of surface.atoms) if (a.siteId) atomRow.set(a.siteId, a.row);
  return surface.sites
    .filter((s) => {
      // Vacant sites have no atom: use the site row, but hide the y-bridging halides of PbX₂ (odd x ids).
      if (s.vacant) return s.row === row && !(surface.termination === 'PbX2' && s.kind === 'X-vac' && Number(s.id.slice(1)) % 2 === 1);
      const r = atomRow.get(s.id);
      return r === row;
    })
    .sort((a, b) => a.sideXAngstrom - b.sideXAngstrom || b.zAngstrom - a.zAngstrom);
}

/** What a ligand on a site looks like: its class letter, sign and electron count as drawn there. */
function looks(l: Ligand, site: { kind: SurfaceSite['kind'] }): { label: string; classTag: string; cssClass: string; sign: string; electronsText: string } {
  const unit = boundUnit(l, site);
  if (unit === 'donated-halide') return { label: `${l.donorHalide ?? ''}⁻ ← ${l.label}`, classTag: 'X', cssClass: 'cls-X', sign: '−', electronsText: '1e⁻' };
  if (l.cbcClass === 'cation') return { label: l.label, classTag: '', cssClass: 'cls-cation', sign: '+', electronsText: '' };
  const sign = l.family === 'zwitterion' || l.xKind === 'ion-pair' ? '±' : l.chargeE < 0 ? '−' : l.chargeE > 0 ? '+' : '';
  return { label: l.label, classTag: l.cbcClass, cssClass: `cls-${l.cbcClass}`, sign, electronsText: l.electrons === null ? '' : `${l.electrons}e⁻` };
}

/** Builds the drawing of the model in the given view. */
export function buildDrawing(model: ExplorerModel, view: ViewKind, row: number, headroomAngstrom: number): Drawing {
  const s = model.surface;
  const half = s.system === 'PbS' ? s.aAngstrom / 2 : s.aAngstrom / 2;
  const replacedSites = new Set<string>();
  for (const a of model.ledger.accepted) {
    const site = model.siteById.get(a.siteId);
    if (site && (site.kind === 'A' || site.kind === 'X')) {
      const l = ligandById(a.ligandId);
      // An exchange takes the ion's place (an X-type anion for a halide, an ammonium for Cs⁺).
      if (l && ((site.kind === 'A' && l.cbcClass === 'cation') || (site.kind === 'X' && l.cbcClass === 'X' && l.chargeE < 0))) replacedSites.add(site.id);
    }
  }

  if (view === 'side') {
    const atoms: DrawnAtom[] = s.atoms
      .filter((a) => a.row === row)
      .sort((a, b) => b.layer - a.layer || b.yAngstrom - a.yAngstrom)
      .map((a) => ({ atom: a, at: { u: a.sideXAngstrom, v: a.zAngstrom }, depth: a.layer, replaced: a.siteId !== null && replacedSites.has(a.siteId) }));
    const sites: DrawnSite[] = sideSites(s, row).map((site) => ({
      site,
      at: { u: site.sideXAngstrom, v: site.zAngstrom },
      radiusAngstrom: Math.max(1.35, elementRadiusAngstrom(site.element)),
    }));
    const visible = new Set(sites.map((d) => d.site.id));
    const ligands: DrawnLigand[] = [];
    for (const a of model.ledger.accepted) {
      const primaryVisible = visible.has(a.siteId);
      const partnerVisible = a.partnerSiteId !== null && visible.has(a.partnerSiteId);
      if (!primaryVisible && !partnerVisible) continue;
      const l = ligandById(a.ligandId);
      if (!l) continue;
      const anchorId = primaryVisible ? a.siteId : (a.partnerSiteId as string);
      ligands.push(sideLigand(model, a, l, anchorId, partnerVisible && primaryVisible ? a.partnerSiteId : null, half));
    }
    let uMin = Infinity;
    let uMax = -Infinity;
    let vMin = Infinity;
    for (const d of atoms) {
      uMin = Math.min(uMin, d.at.u - d.atom.radiusAngstrom);
      uMax = Math.max(uMax, d.at.u + d.atom.radiusAngstrom);
      vMin = Math.min(vMin, d.at.v - d.atom.radiusAngstrom);
    }
    const topSite = Math.max(0, ...sites.map((d) => d.at.v + d.radiusAngstrom));
    // Room for heads, bonds and tails only when there are ligands at all (headroom 0 = a bare surface):
    // at least the patch's longest (broken) tail above the surface, so rows do not jump much, and at least
    // what this row draws, plus room for the name and length labels.
    let contentTop = topSite;
    for (const g of ligands) {
      contentTop = Math.max(contentTop, g.head.v + g.headRadiusAngstrom);
      if (g.tail.length > 0) contentTop = Math.max(contentTop, g.tail[g.tail.length - 1].v);
      if (g.ringTail) contentTop = Math.max(contentTop, g.ringTail.v + 1.3);
    }
    const vMax = headroomAngstrom > 0 ? Math.max(topSite + headroomAngstrom + 2.2, contentTop + 2.4) : topSite + 1.2;
    const layerLabels = s.layers.map((L) => ({ text: L.composition, v: L.zAngstrom }));
    return { uMin: uMin - 0.6, uMax: uMax + 0.6, vMin: vMin - 0.6, vMax, atoms, sites, ligands, layerLabels, cutBand: null };
  }

  // Top view: the outermost two layers, deeper first.
  const atoms: DrawnAtom[] = s.atoms
    .filter((a) => a.layer <= 1)
    .sort((a, b) => b.layer - a.layer)
    .map((a) => ({ atom: a, at: { u: a.xAngstrom, v: a.yAngstrom }, depth: a.layer, replaced: a.siteId !== null && replacedSites.has(a.siteId) }));
  const sites: DrawnSite[] = s.sites.map((site) => ({
    site,
    at: { u: site.xAngstrom, v: site.yAngstrom },
    radiusAngstrom: site.kind === 'Pb-uc' && s.termination === 'CsX' ? elementRadiusAngstrom('Pb') : Math.max(1.35, elementRadiusAngstrom(site.element)),
  }));
  const ligands: DrawnLigand[] = [];
  for (const a of model.ledger.accepted) {
    const l = ligandById(a.ligandId);
    const site = model.siteById.get(a.siteId);
    if (!l || !site) continue;
    const partner = a.partnerSiteId ? model.siteById.get(a.partnerSiteId) : undefined;
    ligands.push({
      placement: a,
      ligand: l,
      head: { u: site.xAngstrom, v: site.yAngstrom },
      headRadiusAngstrom: Math.min(headRadiusAngstrom(l), 1.6),
      partnerHead: partner ? { u: partner.xAngstrom, v: partner.yAngstrom } : null,
      tail: [],
      ringTail: null,
      tailBreak: null,
      fullTailNm: null,
      bond: null,
      ...looks(l, site),
    });
  }
  let uMin = Infinity;
  let uMax = -Infinity;
  let vMin = Infinity;
  let vMax = -Infinity;
  for (const d of atoms) {
    uMin = Math.min(uMin, d.at.u - d.atom.radiusAngstrom);
    uMax = Math.max(uMax, d.at.u + d.atom.radiusAngstrom);
    vMin = Math.min(vMin, d.at.v - d.atom.radiusAngstrom);
    vMax = Math.max(vMax, d.at.v + d.atom.radiusAngstrom);
  }
  const rowSites = s.sites.filter((x) => x.row === row);
  const ys = rowSites.map((x) => x.yAngstrom);
  const band = ys.length > 0 ? { v0: Math.min(...ys) - 1.2, v1: Math.max(...ys) + 1.2 } : null;
  return { uMin: uMin - 0.6, uMax: uMax + 0.6, vMin: vMin - 0.6, vMax: vMax + 0.6, atoms, sites, ligands, layerLabels: [], cutBand: band };
}

function sideLigand(
  model: ExplorerModel,
  a: AcceptedPlacement,
  l: Ligand,
  anchorId: string,
  partnerId: string | null,
  half: number,
): DrawnLigand {
  const site = model.siteById.get(anchorId) as SurfaceSite;
  const rHead = headRadiusAngstrom(l);
  const rSite = elementRadiusAngstrom(site.element);
  const u = site.sideXAngstrom;
  let head: Pt;
  let bond: DrawnLigand['bond'] = null;
  const isVac = site.kind === 'X-vac' || site.kind === 'A-vac';
  const halide = model.surface.halide;
  const halideR = halide ? elementRadiusAngstrom(halide) : 0;

  // The spot above a Pb that misses its halide: the vacancy itself on CsX, or the apical position on PbX₂.
  const apicalAbove = (pbZ: number): number => pbZ + half;
  const pbBelow = (s: SurfaceSite): Pt | null => {
    if (s.kind === 'Pb-uc') return { u: s.sideXAngstrom, v: s.zAngstrom };
    if (s.kind === 'X-vac' && model.surface.termination === 'CsX') return { u: s.sideXAngstrom, v: s.zAngstrom - half };
    return null;
  };

  if (l.cbcClass === 'L') {
    const pb = pbBelow(site) ?? { u, v: site.zAngstrom };
    const rPb = elementRadiusAngstrom('Pb');
    head = { u: pb.u, v: pb.v + rPb + BOND_GAP_ANGSTROM + rHead };
    bond = { kind: 'dative-down', from: { u: pb.u, v: head.v - rHead }, to: { u: pb.u, v: pb.v + rPb } };
  } else if (l.cbcClass === 'Z' && boundUnit(l, site) === 'donated-halide') {
    // A metal halide on a vacancy or a bare Pb²⁺ is drawn as what it leaves: its halide, where the missing
    // halide was (the metal went back into solution).
    const pb = pbBelow(site);
    const at = pb ? { u: pb.u, v: apicalAbove(pb.v) } : { u, v: site.zAngstrom };
    const r = halideR || 1.8;
    return {
      placement: a,
      ligand: l,
      head: at,
      headRadiusAngstrom: r,
      partnerHead: null,
      tail: [],
      ringTail: null,
      tailBreak: null,
      fullTailNm: null,
      bond: null,
      ...looks(l, site),
    };
  } else if (l.cbcClass === 'Z') {
    // The Lewis acid sits above a surface halide and accepts its lone pair.
    const donor: Pt = { u, v: site.zAngstrom };
    head = { u: donor.u, v: donor.v + rSite + BOND_GAP_ANGSTROM + rHead };
    bond = { kind: 'dative-up', from: { u: donor.u, v: donor.v + rSite }, to: { u: donor.u, v: head.v - rHead } };
  } else if (l.cbcClass === 'cation' && site.kind === 'S100') {
    // An ammonium above surface S²⁻: hydrogen bonds N–H···S (the PbS paper's "inward coordination").
    head = { u, v: site.zAngstrom + rSite + BOND_GAP_ANGSTROM + rHead };
    bond = { kind: 'hbond', from: { u, v: head.v - rHead }, to: { u, v: site.zAngstrom + rSite } };
  } else {
    // X-type anion or a cation: an ion in the place of the ion it balances (vacancy, exchange, or the spot above Pb).
    const pb = pbBelow(site);
    if (isVac) head = { u, v: site.zAngstrom };
    else if (site.kind === 'A' || site.kind === 'X') {
      head = { u, v: site.zAngstrom };
    } else if (pb) head = { u: pb.u, v: apicalAbove(pb.v) };
    else head = { u, v: site.zAngstrom + rSite + 0.6 + rHead };
    const below = pb ?? (site.kind === 'Pb100' || site.kind === 'Pb111' ? { u, v: site.zAngstrom } : null);
    if (below && l.cbcClass === 'X') {
      const rBelow = elementRadiusAngstrom('Pb');
      if (head.v - rHead > below.v + rBelow + 0.05) {
        bond = { kind: 'ionic', from: { u, v: head.v - rHead }, to: { u, v: below.v + rBelow } };
      }
    }
  }

  let partnerHead: Pt | null = null;
  if (partnerId) {
    const p = model.siteById.get(partnerId);
    if (p) partnerHead = { u: p.sideXAngstrom, v: p.zAngstrom };
  }

  // Tail: straight up from the head (or from between the two heads of a chelating ligand).
  const start: Pt = partnerHead ? { u: (head.u + partnerHead.u) / 2, v: Math.max(head.v, partnerHead.v) + rHead + 0.4 } : { u: head.u, v: head.v + rHead };
  const tail: Pt[] = [];
  let ringTail: Pt | null = null;
  let tailBreak: Pt | null = null;
  let fullTailNm: number | null = null;
  if (l.chainLengthNm !== null && l.chainLengthNm > 0) {
    const full = l.chainLengthNm * 10;
    const broken = full > TAIL_BREAK_ANGSTROM;
    // A broken tail keeps its zigzag pitch: to scale up to the break, then the last carbons.
    const length = broken ? TAIL_BREAK_ANGSTROM : full;
    const n = Math.max(1, Math.round(length / CARBON_STEP_ANGSTROM));
    const step = length / n;
    tail.push(start);
    for (let i = 1; i <= n; i++) tail.push({ u: start.u + (i % 2 === 1 ? ZIGZAG_ANGSTROM : -ZIGZAG_ANGSTROM) * (i === n ? 0 : 1), v: start.v + i * step });
    if (broken) {
      tailBreak = { u: start.u, v: start.v + TAIL_BREAK_ANGSTROM - TAIL_AFTER_BREAK_ANGSTROM - 0.4 };
      fullTailNm = l.chainLengthNm;
    }
  } else if (l.chainLengthNm === null) {
    ringTail = { u: start.u, v: start.v + 1.9 };
  }
  return {
    placement: a,
    ligand: l,
    head,
    headRadiusAngstrom: rHead,
    partnerHead,
    tail,
    ringTail,
    tailBreak,
    fullTailNm,
    bond,
    ...looks(l, site),
  };
}
