import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ligandById } from '../../../src/lib/data/ligands';
import { refusalText } from '../../../src/views/ligands/text';
import {
  DEFAULT_PLQY_PARAMS,
  DEFAULT_STRIPPING_ENERGY_EV,
  KT_ROOM_EV,
  TUNNELLING_BETA_PER_NM,
  applyVacancies,
  interDotDistanceNm,
  ledger,
  ligandSurvival,
  plqy,
  purify,
  relativeCoupling,
  survivalFraction,
  tunnellingCoupling,
  tunnellingLog10Ratio,
  type Placement,
  type SurfaceSite,
} from '../../../src/lib/ligands/model';
import { csxPatch, pbs100Patch } from './fixtures';

const native = (sites: SurfaceSite[]): Placement[] =>
  sites.map((s) => ({ ligandId: s.kind === 'A' ? 'oamh' : 'oa', siteId: s.id }));

describe('plqy = k_rad / (k_rad + k_trap · n_traps) (illustrative)', () => {
  const base = { totalSites: 32, ...DEFAULT_PLQY_PARAMS };
  it('is 1 without traps and 1/2 when k_trap·n = k_rad (exact)', () => {
    expect(plqy({ ...base, trapSites: 0 })).toBe(1);
    expect(plqy({ ...base, trapSites: 4 })).toBeCloseTo(0.5, 12);
    expect(plqy({ trapSites: 3, totalSites: 10, kRad: 2, kTrapPerSite: 0.5 })).toBeCloseTo(2 / 3.5, 12);
  });
  it('falls monotonically with traps and stays in (0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }), (n, kRad, kTrap) => {
        const a = plqy({ trapSites: n, totalSites: 100, kRad, kTrapPerSite: kTrap });
        const b = plqy({ trapSites: n + 1, totalSites: 100, kRad, kTrapPerSite: kTrap });
        return a > 0 && a <= 1 && b <= a && (kTrap === 0 ? b === a : b < a || a - b < 1e-15);
      }),
    );
  });
  it('throws RangeError on bad input, never NaN', () => {
    expect(() => plqy({ ...base, trapSites: -1 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 33 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: Number.NaN })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 1, kRad: 0 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 1, kTrapPerSite: -1 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 0, totalSites: 0 })).toThrow(RangeError);
    expect(() => plqy({ ...base, trapSites: 1, kRad: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('survivalFraction (two-state Boltzmann)', () => {
  it('k_BT at 298.15 K from CODATA 2018 = 0.0256926 eV', () => {
    expect(KT_ROOM_EV).toBeCloseTo(0.0256926, 6);
  });
  it('orders the PbS paper §2 DFT energies on (100): BA⁺ (−2.49) > MA⁺ (−2.14) > I⁻ (−2.03 eV)', () => {
    const s = (id: string) => survivalFraction(ligandById(id)?.adsorptionEnergyEv as number);
    expect(s('ba')).toBeGreaterThan(s('ma'));
    expect(s('ma')).toBeGreaterThan(s('i'));
    expect(s('ba')).toBeGreaterThan(0.99); // the (BA)2PbI4 shell stays (PbS paper Fig. 1)
    expect(s('i')).toBeLessThan(0.01);
  });
  it('is exactly 1/2 when E_ad = −E_strip and matches the formula', () => {
    expect(survivalFraction(-DEFAULT_STRIPPING_ENERGY_EV)).toBeCloseTo(0.5, 12);
    const x = (-2.14 + 2.2) / 0.03;
    expect(survivalFraction(-2.14, 0.03, 2.2)).toBeCloseTo(1 / (1 + Math.exp(x)), 12);
  });
  it('is monotonic in E_ad, in [0, 1], no NaN even for extreme input', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (e, d) => {
        const a = survivalFraction(e - d);
        const b = survivalFraction(e);
        return a >= b && a >= 0 && a <= 1 && b >= 0 && !Number.isNaN(a);
      }),
    );
    expect(survivalFraction(100)).toBe(0);
  });
  it('throws on bad input', () => {
    expect(() => survivalFraction(Number.NaN)).toThrow(RangeError);
    expect(() => survivalFraction(-2, 0)).toThrow(RangeError);
    expect(() => survivalFraction(-2, KT_ROOM_EV, -1)).toThrow(RangeError);
  });
  it('ligandSurvival: energy when published, the review’s words otherwise', () => {
    expect(ligandSurvival(ligandById('ba')!).basis).toBe('energy');
    const oa = ligandSurvival(ligandById('oa')!);
    expect(oa).toMatchObject({ basis: 'stated', fraction: 0 });
    expect(ligandSurvival(ligandById('sbet')!)).toMatchObject({ basis: 'stated', fraction: 1 });
    expect(ligandSurvival(ligandById('top')!)).toMatchObject({ basis: 'assumed', fraction: 1 });
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
  it('strips the dynamic native OA/OAm shell (review §3.1) and leaves neutral A/X vacancy pairs', () => {
    const sites = csxPatch();
    const r = purify({ sites, placements: native(sites) });
    expect(r.placements).toEqual([]);
    expect(r.removed.length).toBe(32);
    expect(r.residualChargeE).toBe(0);
    const after = applyVacancies(sites, r.newVacancies);
    expect(after.dropped).toEqual([]);
    const l = ledger({ sites: after.sites, placements: r.placements });
    expect(l.netCharge).toBe(0);
    expect(l.trapSites).toBe(16);
  });
  it('losing only oleylammonium takes halides with it (charge-neutral pairs)', () => {
    const sites = csxPatch();
    const placements = sites.filter((s) => s.kind === 'A').map((s) => ({ ligandId: 'oamh', siteId: s.id }));
    const r = purify({ sites, placements });
    expect(r.residualChargeE).toBe(0);
    const after = applyVacancies(sites, r.newVacancies).sites;
    expect(ledger({ sites: after, placements: r.placements }).netCharge).toBe(0);
    expect(r.newVacancies.filter((id) => id.startsWith('x')).length).toBe(16);
  });
  it('keeps strongly binding ligands: PbS BA⁺ stays, I⁻ goes (PbS paper Fig. 1b)', () => {
    const sites = pbs100Patch();
    const shell = sites.map((s) => ({ ligandId: s.kind === 'Pb100' ? 'i' : 'ba', siteId: s.id }));
    const r = purify({ sites, placements: shell, system: 'PbS' });
    expect(r.placements.every((p) => p.ligandId === 'ba')).toBe(true);
    expect(r.placements.length).toBe(8);
    expect(r.survival.ba.fraction).toBeGreaterThan(r.survival.i.fraction);
  });
  it('removes a fraction spread evenly', () => {
    const sites = pbs100Patch();
    const ma = sites.filter((s) => s.kind === 'S100').map((s) => ({ ligandId: 'ma', siteId: s.id }));
    const kT = 0.06 / Math.log(3); // makes P(MA⁺) = 1/4 at the default E_strip
    const r = purify({ sites, placements: ma, system: 'PbS' }, { kT_eV: kT });
    expect(r.survival.ma.fraction).toBeCloseTo(0.25, 9);
    expect(r.placements.length).toBe(2);
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
