import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ligandById } from '../../../src/lib/data/ligands';
import { refusalText } from '../../../src/views/ligands/editText';
import {
  DEFAULT_PLQY_PARAMS,
  DEFAULT_WASH_LOSS,
  TUNNELLING_BETA_PER_NM,
  applyVacancies,
  breakdownSum,
  interDotDistanceNm,
  ledger,
  ligandSurvival,
  meanTrapsPerDot,
  plqy,
  purify,
  relativeCoupling,
  trapFreeShare,
  tunnellingCoupling,
  tunnellingLog10Ratio,
  type Placement,
  type SurfaceSite,
} from '../../../src/lib/ligands/model';
import { csxPatch, pbs100Patch } from './fixtures';

const native = (sites: SurfaceSite[]): Placement[] =>
  sites.map((s) => ({ ligandId: s.kind === 'A' ? 'oamh' : 'oa', siteId: s.id }));

/** The ensemble sum written out independently (direct factorials, small λ only). */
function poissonPlqy(lambda: number, kRad: number, kTrap: number): number {
  let sum = 0;
  let fact = 1;
  for (let k = 0; k <= 60; k++) {
    if (k > 0) fact *= k;
    sum += ((Math.exp(-lambda) * lambda ** k) / fact) * (kRad / (kRad + k * kTrap));
  }
  return sum;
}

describe('plqy: Poisson ensemble of dots (illustrative)', () => {
  const base = { totalSites: 32, ...DEFAULT_PLQY_PARAMS };
  it('defaults: k_rad = 1, k_trap = 10 (a fast trap)', () => {
    expect(DEFAULT_PLQY_PARAMS).toEqual({ kRad: 1, kTrapPerSite: 10 });
  });
  it('is 1 without traps and equals the written-out Poisson sum', () => {
    expect(plqy({ ...base, trapSites: 0 })).toBe(1);
    for (const [n, kr, kt] of [[1, 1, 10], [3, 2, 0.5], [4, 1, 0.25], [7, 0.5, 3]] as const) {
      expect(plqy({ trapSites: n, totalSites: 32, kRad: kr, kTrapPerSite: kt })).toBeCloseTo(poissonPlqy(n, kr, kt), 12);
    }
  });
  it('tends to e^(−λ) (the trap-free dots) for a very fast trap, and never falls below it', () => {
    expect(plqy({ ...base, trapSites: 2, kTrapPerSite: 1e9 })).toBeCloseTo(Math.exp(-2), 6);
    expect(trapFreeShare({ trapSites: 2, totalSites: 32 })).toBeCloseTo(Math.exp(-2), 15);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 32 }), fc.double({ min: 0, max: 1e3, noNaN: true }), (n, kTrap) => {
        return plqy({ trapSites: n, totalSites: 32, kRad: 1, kTrapPerSite: kTrap }) >= Math.exp(-n) - 1e-12;
      }),
    );
  });
  it('λ scales with the sites of one dot (sitesPerDot)', () => {
    expect(meanTrapsPerDot({ trapSites: 3, totalSites: 72 })).toBe(3);
    expect(meanTrapsPerDot({ trapSites: 3, totalSites: 72, sitesPerDot: 144 })).toBe(6);
    expect(plqy({ trapSites: 3, totalSites: 72, kRad: 1, kTrapPerSite: 10, sitesPerDot: 144 })).toBeCloseTo(poissonPlqy(6, 1, 10), 12);
  });
  it('falls monotonically with traps and with k_trap, stays in (0, 1], even at λ = 108', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }), (n, kRad, kTrap) => {
        const a = plqy({ trapSites: n, totalSites: 100, kRad, kTrapPerSite: kTrap });
        const b = plqy({ trapSites: n + 1, totalSites: 100, kRad, kTrapPerSite: kTrap });
        const c = plqy({ trapSites: n, totalSites: 100, kRad, kTrapPerSite: kTrap * 2 + 0.01 });
        return a > 0 && a <= 1 && b <= a + 1e-12 && c <= a + 1e-12;
      }),
    );
    const big = plqy({ trapSites: 108, totalSites: 108, kRad: 1, kTrapPerSite: 10 });
    expect(big).toBeGreaterThan(0);
    expect(big).toBeLessThan(0.01);
  });
  it('throws RangeError on bad input, never NaN', () => {
    expect(() => plqy({ ...base, trapSites: -1 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 33 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: Number.NaN })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 1, kRad: 0 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 1, kTrapPerSite: -1 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 0, totalSites: 0 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 1, kRad: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 1, sitesPerDot: 0 })).toThrow(RangeError);
  });
});

describe('ligandSurvival: what the sources say, not a Boltzmann factor of DFT energies', () => {
  it('the review’s "highly dynamic" OA/OAm lose the wash share; retained ligands stay; no source: kept', () => {
    expect(DEFAULT_WASH_LOSS).toBe(0.5);
    expect(ligandSurvival(ligandById('oa')!)).toMatchObject({ basis: 'stated', kind: 'dynamic', fraction: 0.5 });
    expect(ligandSurvival(ligandById('oamh')!, {}, 0.2)).toMatchObject({ fraction: 0.8 });
    expect(ligandSurvival(ligandById('sbet')!)).toMatchObject({ basis: 'stated', kind: 'strong', fraction: 1 });
    expect(ligandSurvival(ligandById('top')!)).toMatchObject({ basis: 'assumed', kind: null, fraction: 1 });
  });
  it('PbS paper: MA⁺ and iodide of PbI₂ detach, BA⁺ stays; I⁻ with BA⁺ is the (BA)₂PbI₄ shell and stays; I⁻ on polar (111) stays', () => {
    const i = ligandById('i')!;
    expect(ligandSurvival(i, { siteKind: 'Pb100' }).kind).toBe('dynamic');
    expect(ligandSurvival(i, { siteKind: 'Pb100', presentIds: new Set(['i', 'ba']) }).kind).toBe('strong');
    expect(ligandSurvival(i, { siteKind: 'Pb111' }).kind).toBe('strong');
    expect(ligandSurvival(ligandById('ma')!).kind).toBe('dynamic');
    expect(ligandSurvival(ligandById('ba')!).kind).toBe('strong');
  });
  it('the DFT energies are not used: two ligands with the same words survive alike whatever their E_ad', () => {
    expect(ligandSurvival(ligandById('ma')!).fraction).toBe(ligandSurvival(ligandById('oa')!).fraction);
  });
  it('throws for a wash share outside [0, 1]', () => {
    expect(() => ligandSurvival(ligandById('oa')!, {}, 1.5)).toThrow(RangeError);
    expect(() => ligandSurvival(ligandById('oa')!, {}, Number.NaN)).toThrow(RangeError);
  });
});

describe('ledger', () => {
  it('ideal CsX surface: neutral, no traps, nothing covered', () => {
    const r = ledger({ sites: csxPatch(), placements: [] });
    expect(r).toMatchObject({ netCharge: 0, trapSites: 0, coverage: 0, totalSites: 32 });
  });
  it('native OA⁻/OAm⁺ shell by X-type exchange stays charge-neutral, full coverage', () => {
    const sites = csxPatch();
    const r = ledger({ sites, placements: native(sites), system: 'CsPbBr3' });
    expect(r.rejected).toEqual([]);
    expect(r.netCharge).toBe(0);
    expect(r.coverage).toBe(1);
    for (const a of r.accepted) expect(a.chargeDeltaE).toBe(0);
  });
  it('a halide vacancy is a +1 trap; an anion heals it and restores neutrality; an L-type heals it but leaves +1', () => {
    const { sites } = applyVacancies(csxPatch(), ['x5']);
    const bare = ledger({ sites, placements: [] });
    expect(bare).toMatchObject({ netCharge: 1, trapSites: 1, trapSiteIds: ['x5'], openVacancies: { A: 0, X: 1 } });
    const withOa = ledger({ sites, placements: [{ ligandId: 'oac', siteId: 'x5' }] });
    expect(withOa).toMatchObject({ netCharge: 0, trapSites: 0 });
    const withOam = ledger({ sites, placements: [{ ligandId: 'oam', siteId: 'x5' }] });
    expect(withOam).toMatchObject({ netCharge: 1, trapSites: 0 });
    expect(withOam.accepted[0].electrons).toBe(2);
  });
  it('X-type exchange on a purified surface: vacancy pairs are neutral, and cation + anion refill keeps it so', () => {
    const { sites } = applyVacancies(csxPatch(), ['a0', 'x0', 'a5', 'x5']);
    expect(ledger({ sites, placements: [] }).netCharge).toBe(0);
    const r = ledger({
      sites,
      placements: [
        { ligandId: 'fa', siteId: 'a0' },
        { ligandId: 'oac', siteId: 'x0' },
        { ligandId: 'pea', siteId: 'a5' },
        { ligandId: 'oa', siteId: 'x5' },
      ],
    });
    expect(r).toMatchObject({ netCharge: 0, trapSites: 0, openVacancies: { A: 0, X: 0 } });
  });
  it('property: any X-type exchange of anions on X sites and cations on A sites leaves the net charge at 0', () => {
    const sites = csxPatch();
    const anions = ['oa', 'oac', 'octac', 'scn', 'cl', 'dbsa', 'ida'];
    const cations = ['oamh', 'fa', 'pea', 'fpea', 'ga'];
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 32, maxLength: 32 }), fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }), (pick, use) => {
        const placements = sites
          .map((s, i) => ({ s, i }))
          .filter(({ i }) => use[i])
          .map(({ s, i }) => ({ ligandId: s.kind === 'A' ? cations[pick[i] % cations.length] : anions[pick[i] % anions.length], siteId: s.id }));
        const r = ledger({ sites, placements });
        return r.rejected.length === 0 && r.netCharge === 0;
      }),
    );
  });
  it('a zwitterion chelates an X-vacancy and the adjacent A-vacancy (review §3.1), net charge unchanged', () => {
    const { sites } = applyVacancies(csxPatch(), ['x5', 'a5']);
    const r = ledger({ sites, placements: [{ ligandId: 'sbet', siteId: 'x5' }] });
    expect(r.accepted[0].partnerSiteId).toBe('a5');
    expect(r).toMatchObject({ netCharge: 0, trapSites: 0, openVacancies: { A: 0, X: 0 }, occupiedSites: 2 });
    // too far: a vacancy pair 2 cells apart is not chelated
    const far = applyVacancies(csxPatch(), ['x0', 'a10']).sites;
    expect(ledger({ sites: far, placements: [{ ligandId: 'gly', siteId: 'x0' }] }).accepted[0].partnerSiteId).toBeNull();
  });
  it('rejects refused, unknown and double placements with a reason, and they change nothing', () => {
    const sites = csxPatch();
    const r = ledger({
      sites,
      placements: [
        { ligandId: 'oam', siteId: 'a0' },
        { ligandId: 'zzz', siteId: 'a0' },
        { ligandId: 'oa', siteId: 'nowhere' },
        { ligandId: 'oa', siteId: 'x0' },
        { ligandId: 'oac', siteId: 'x0' },
      ],
    });
    expect(r.accepted.map((a) => a.ligandId)).toEqual(['oa']);
    expect(r.rejected.map((x) => x.refusal)).toEqual([
      { code: 'l-on-a', ligandId: 'oam', kind: 'A' },
      { code: 'unknown-ligand', ligandId: 'zzz' },
      { code: 'unknown-site', ligandId: 'oa', siteId: 'nowhere' },
      { code: 'occupied', ligandId: 'oac', kind: 'X', occupiedBy: 'oa' },
    ]);
    expect(r.rejected.map((x) => refusalText(x.refusal))).toEqual([
      expect.stringMatching(/empty acceptor orbital/),
      'Unknown ligand "zzz".',
      'There is no site "nowhere" on this surface.',
      expect.stringMatching(/already holds a ligand \(Oleate\)/),
    ]);
    expect(r.netCharge).toBe(0);
  });
  it('exposed Pb-uc sites carry the trap of a halide vacancy; filling the vacancy heals them', () => {
    const sites: SurfaceSite[] = [
      { id: 'x1', kind: 'X-vac', exposes: ['p1'] },
      { id: 'p1', kind: 'Pb-uc', exposes: ['x1'] },
      { id: 'a1', kind: 'A' },
    ];
    expect(ledger({ sites, placements: [] })).toMatchObject({ trapSites: 1, trapSiteIds: ['p1'], netCharge: 1 });
    expect(ledger({ sites, placements: [{ ligandId: 'oa', siteId: 'x1' }] })).toMatchObject({ trapSites: 0, netCharge: 0 });
    expect(ledger({ sites, placements: [{ ligandId: 'top', siteId: 'p1' }] })).toMatchObject({ trapSites: 0, netCharge: 1 });
  });
  it('PbS (100) capped by (BA)₂PbI₄ (I⁻ on Pb, BA⁺ on S): neutral, no traps; OA alone leaves the S sites bare', () => {
    const sites = pbs100Patch();
    const shell = sites.map((s) => ({ ligandId: s.kind === 'Pb100' ? 'i' : 'ba', siteId: s.id }));
    expect(ledger({ sites, placements: shell, system: 'PbS' })).toMatchObject({ netCharge: 0, trapSites: 0, coverage: 1 });
    const oa = sites.filter((s) => s.kind === 'Pb100').map((s) => ({ ligandId: 'oa', siteId: s.id }));
    expect(ledger({ sites, placements: oa, system: 'PbS' }).trapSites).toBe(8);
  });
  it('charge bookkeeping as chemistry does it (issue #12): each case, and the breakdown adds up', () => {
    const one = applyVacancies(csxPatch(), ['x5']).sites;
    const q = (placements: Placement[], sites = one) => {
      const r = ledger({ sites, placements, system: 'CsPbBr3' });
      expect(breakdownSum(r.charge)).toBe(r.netCharge);
      return r;
    };
    // X-type anion fills the halide vacancy: neutral again
    expect(q([{ ligandId: 'oa', siteId: 'x5' }]).netCharge).toBe(0);
    // Z-type bromide donors leave one Br⁻ in the vacancy: neutral, trap healed
    for (const id of ['pbbr2', 'znbr2']) {
      const r = q([{ ligandId: id, siteId: 'x5' }]);
      expect(r).toMatchObject({ netCharge: 0, trapSites: 0 });
      expect(r.charge.openHalideVacancies).toBe(0);
    }
    // a Z-type acceptor on a surface halide is an adduct: no charge (not +1)
    expect(q([{ ligandId: 'cdcl2', siteId: 'x0' }], csxPatch()).netCharge).toBe(0);
    expect(q([{ ligandId: 'pbbr2', siteId: 'x0' }], csxPatch()).netCharge).toBe(0);
    // DDAB, an ion pair, with no A-vacancy beside: Br⁻ fills the vacancy, DDA⁺ stays on top as counter-ion
    const ddab = q([{ ligandId: 'ddab', siteId: 'x5' }]);
    expect(ddab).toMatchObject({ netCharge: 1, trapSites: 0 });
    expect(ddab.charge).toMatchObject({ openHalideVacancies: 0, adsorbedCations: 1 });
    // ... and with an A-vacancy beside it fills both: neutral
    const pair = applyVacancies(csxPatch(), ['x5', 'a5']).sites;
    expect(q([{ ligandId: 'ddab', siteId: 'x5' }], pair)).toMatchObject({ netCharge: 0, occupiedSites: 2 });
    // an L-type donor heals the trap, but the halide is still missing
    expect(q([{ ligandId: 'oam', siteId: 'x5' }]).charge.openHalideVacancies).toBe(1);
    // a cation fills an A-site vacancy
    const av = applyVacancies(csxPatch(), ['a3']).sites;
    expect(q([], av).netCharge).toBe(-1);
    expect(q([{ ligandId: 'fa', siteId: 'a3' }], av).netCharge).toBe(0);
  });
  it('PbS: each bare Pb of the polar (111) carries +1 e until an anion binds it; the (100) is neutral', () => {
    const p111: SurfaceSite[] = [0, 1, 2, 3].map((k) => ({ id: `p${k}`, kind: 'Pb111' }));
    expect(ledger({ sites: p111, placements: [], system: 'PbS' })).toMatchObject({ netCharge: 4, trapSites: 4 });
    const capped = ledger({ sites: p111, placements: p111.map((s) => ({ ligandId: 'i', siteId: s.id })), system: 'PbS' });
    expect(capped).toMatchObject({ netCharge: 0, trapSites: 0 });
    const sites = pbs100Patch();
    const iodide = ledger({ sites, placements: sites.filter((s) => s.kind === 'Pb100').map((s) => ({ ligandId: 'i', siteId: s.id })), system: 'PbS' });
    expect(iodide).toMatchObject({ netCharge: -8, trapSites: 8 });
    expect(iodide.charge.adsorbedAnions).toBe(8);
  });
  it('coverage has one fixed denominator: a vacancy and the Pb²⁺ it exposes are one spot', () => {
    const sites: SurfaceSite[] = [
      { id: 'x1', kind: 'X-vac', exposes: ['p1'] },
      { id: 'p1', kind: 'Pb-uc', exposes: ['x1'] },
      { id: 'a1', kind: 'A' },
      { id: 'x2', kind: 'X' },
    ];
    const r = ledger({ sites, placements: [{ ligandId: 'oam', siteId: 'p1' }] });
    expect(r.totalSites).toBe(3);
    expect(r.occupiedSites).toBe(1);
    expect(ledger({ sites: [sites[2], sites[3], { id: 'x1', kind: 'X' }], placements: [] }).totalSites).toBe(3);
  });
  it('property: the charge breakdown always adds up to the net charge', () => {
    const ids = ['oa', 'oam', 'oamh', 'fa', 'ddab', 'sbet', 'pbbr2', 'cdcl2', 'top', 'gly', 'csac', 'cl'];
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }), (vac, picks) => {
        const base = csxPatch();
        const { sites } = applyVacancies(base, base.filter((_, i) => vac[i]).map((s) => s.id));
        const placements = picks.map(([a, b]) => ({ ligandId: ids[a % ids.length], siteId: sites[b % sites.length].id }));
        const r = ledger({ sites, placements });
        return breakdownSum(r.charge) === r.netCharge && r.totalSites === 32;
      }),
    );
  });
  it('trap kinds are an option', () => {
    const { sites } = applyVacancies(csxPatch(), ['a0', 'x0']);
    expect(ledger({ sites, placements: [] }).trapSites).toBe(1);
    expect(ledger({ sites, placements: [] }, { trapKinds: ['X-vac', 'A-vac'] }).trapSites).toBe(2);
  });
  it('applyVacancies drops what it cannot apply', () => {
    const r = applyVacancies(pbs100Patch(2).concat(csxPatch(1)), ['p0', 'a0', 'a0', 'zz']);
    expect(r.dropped.map((d) => d.id)).toEqual(['p0', 'a0', 'zz']);
    expect(r.sites.find((s) => s.id === 'a0')?.kind).toBe('A-vac');
  });
});

describe('purify', () => {
  it('strips half of the dynamic native OA/OAm shell (review §3.1) and leaves neutral A/X vacancy pairs', () => {
    const sites = csxPatch();
    const r = purify({ sites, placements: native(sites) });
    expect(r.removed.length).toBe(16);
    expect(r.placements.length).toBe(16);
    expect(r.residualChargeE).toBe(0);
    const after = applyVacancies(sites, r.newVacancies);
    expect(after.dropped).toEqual([]);
    const l = ledger({ sites: after.sites, placements: r.placements });
    expect(l.netCharge).toBe(0);
    expect(l.trapSites).toBe(8);
    // a full wash (w = 1) strips them all
    const all = purify({ sites, placements: native(sites) }, { washLoss: 1 });
    expect(all.placements).toEqual([]);
  });
  it('losing only oleylammonium takes halides with it (charge-neutral pairs)', () => {
    const sites = csxPatch();
    const placements = sites.filter((s) => s.kind === 'A').map((s) => ({ ligandId: 'oamh', siteId: s.id }));
    const r = purify({ sites, placements }, { washLoss: 1 });
    expect(r.residualChargeE).toBe(0);
    const after = applyVacancies(sites, r.newVacancies).sites;
    expect(ledger({ sites: after, placements: r.placements }).netCharge).toBe(0);
    expect(r.newVacancies.filter((id) => id.startsWith('x')).length).toBe(16);
  });
  it('PbS paper Fig. 1b: the (BA)₂PbI₄ shell stays whole; iodide alone (PbI₂-capped) loses half', () => {
    const sites = pbs100Patch();
    const shell = sites.map((s) => ({ ligandId: s.kind === 'Pb100' ? 'i' : 'ba', siteId: s.id }));
    const r = purify({ sites, placements: shell, system: 'PbS' });
    expect(r.removed).toEqual([]);
    expect(r.placements.length).toBe(16);
    const iodide = sites.filter((s) => s.kind === 'Pb100').map((s) => ({ ligandId: 'i', siteId: s.id }));
    const r2 = purify({ sites, placements: iodide, system: 'PbS' });
    expect(r2.placements.length).toBe(4);
    expect(r2.residualChargeE).toBe(4); // four I⁻ left; PbS has no free ion to pair them with
  });
  it('removes a fraction spread evenly', () => {
    const sites = pbs100Patch();
    const ma = sites.filter((s) => s.kind === 'S100').map((s) => ({ ligandId: 'ma', siteId: s.id }));
    const r = purify({ sites, placements: ma, system: 'PbS' }, { washLoss: 0.75 });
    expect(r.survival.ma.fraction).toBeCloseTo(0.25, 12);
    expect(r.placements.map((p) => p.siteId)).toEqual(['s1', 's9']);
  });
});

describe('tunnelling exp(−β·d)', () => {
  it('β = 9.1 nm⁻¹ (0.91 Å⁻¹, Slowinski et al. 1997) and the exact exponential', () => {
    expect(TUNNELLING_BETA_PER_NM).toBe(9.1);
    expect(tunnellingCoupling(0)).toBe(1);
    expect(tunnellingCoupling(0.5)).toBeCloseTo(Math.exp(-4.55), 12);
    expect(relativeCoupling(0.5, 1)).toBeCloseTo(Math.exp(4.55), 9);
    expect(tunnellingLog10Ratio(1, 0)).toBeCloseTo(-9.1 / Math.LN10, 12);
  });
  it('shorter ligands shrink the gap and raise the coupling: acetate > octanoate > oleate', () => {
    const gap = (id: string) => interDotDistanceNm([id]).interDotNm as number;
    expect(gap('oac')).toBeLessThan(gap('octac'));
    expect(gap('octac')).toBeLessThan(gap('oa'));
    expect(tunnellingCoupling(gap('oac'))).toBeGreaterThan(tunnellingCoupling(gap('oa')));
    const mix = interDotDistanceNm(['oac', 'pea', 'fa']);
    expect(mix.unknownIds).toEqual(['pea']);
    expect(mix.interDotNm).toBeCloseTo(2 * (ligandById('oac')!.chainLengthNm as number), 12);
    expect(interDotDistanceNm(['pea']).interDotNm).toBeNull();
  });
  it('throws on bad input', () => {
    expect(() => tunnellingCoupling(-1)).toThrow(RangeError);
    expect(() => tunnellingCoupling(1, 0)).toThrow(RangeError);
    expect(() => tunnellingCoupling(Number.NaN)).toThrow(RangeError);
    expect(() => relativeCoupling(0, 100)).toThrow(RangeError);
  });
});
