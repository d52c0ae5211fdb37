import { describe, expect, it } from 'vitest';
import { chainModel, chainReadouts } from '../../../src/lib/readouts/chain';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { readoutsFor } from '../../../src/lib/readouts';
import { cubeGap } from '../../../src/lib/physics/cubeExciton';
import { moreelsGap } from '../../../src/lib/physics/moreels';
import { sqLimit } from '../../../src/lib/physics/sq';
import { VOC_LOSS_PER_DECADE_V } from '../../../src/lib/physics/voc';
import { confinementReadouts } from '../../../src/lib/readouts/confinement';
import { ligandsReadouts } from '../../../src/lib/readouts/ligands';
import { interpolatedParameters } from '../../../src/lib/physics/mixedHalide';

const at = (q: string) => new AppState({ query: q }).values;

describe('the chain of one dot', () => {
  it('default CsPbBr3 8 nm dot: every link, and the same gap as the confinement readout', () => {
    const s = at('');
    const c = chainModel(s);
    expect(c.formula).toBe('CsPbBr3');
    expect(c.phase?.structure).toBe('orthorhombic');
    expect(c.bulkGapEv).toBe(2.412);
    expect(c.gapEv).toBeCloseTo(cubeGap('CsPbBr3', 8), 12);
    expect(c.gapEv).toBeCloseTo(confinementReadouts(s).gapEv as number, 12);
    expect(c.plqy).toBe(1); // no traps on the default surface
    expect(c.device?.vocEstimateV).toBe(sqLimit(c.gapEv as number)?.vocV);
  });

  it('halide fraction travels down the chain: Br→I lowers the gap, reddens the colour, lowers V_OC', () => {
    const br = chainModel(at('?comp=CsPbBr3'));
    const mix = chainModel(at('?comp=CsPbBr1.5I1.5'));
    const i = chainModel(at('?comp=CsPbI3'));
    expect(mix.series).toBe('br-i');
    expect(mix.x).toBeCloseTo(0.5, 12);
    expect(mix.bulkGapEv).toBeCloseTo((2.412 + 1.73) / 2, 12);
    expect(mix.gapEv).toBeCloseTo(cubeGap(interpolatedParameters('CsPbBr3', 'CsPbI3', 0.5, 'm'), 8), 12);
    expect(mix.segregatesUnderLight).toBe(true);
    expect(br.wavelengthNm!).toBeLessThan(mix.wavelengthNm!);
    expect(mix.wavelengthNm!).toBeLessThan(i.wavelengthNm!);
    expect(br.device!.vocEstimateV).toBeGreaterThan(mix.device!.vocEstimateV);
    expect(mix.device!.vocEstimateV).toBeGreaterThan(i.device!.vocEstimateV);
  });

  it('size travels down the chain (smaller cube → larger gap → higher V_OC)', () => {
    const small = chainModel(at('?comp=CsPbI3&d=5'));
    const big = chainModel(at('?comp=CsPbI3&d=12'));
    expect(small.gapEv!).toBeGreaterThan(big.gapEv!);
    expect(small.device!.vocLimitV).toBeGreaterThan(big.device!.vocLimitV);
  });

  it('one vacancy, then one ligand, travels to V_OC: ΔV = kT/q ln PLQY', () => {
    const clean = chainModel(at('?view=ligands&comp=CsPbI3'));
    const vac = chainModel(at('?view=ligands&comp=CsPbI3&vac=x3'));
    const healed = chainModel(at('?view=ligands&comp=CsPbI3&vac=x3&lig=pbbr2@x3'));
    expect(vac.trapSites).toBe(1);
    expect(vac.plqy!).toBeLessThan(1);
    expect(vac.plqy).toBeCloseTo(ligandsReadouts(at('?view=ligands&comp=CsPbI3&vac=x3')).plqy as number, 12);
    const dv = vac.device!.vocEstimateV - clean.device!.vocEstimateV;
    expect(dv).toBeCloseTo(VOC_LOSS_PER_DECADE_V * Math.log10(vac.plqy!), 12);
    expect(vac.device!.efficiencyEstimate).toBeLessThan(clean.device!.efficiencyEstimate);
    expect(healed.plqy).toBe(1);
    expect(healed.device!.vocEstimateV).toBe(clean.device!.vocEstimateV);
  });

  it('PbS dot: Moreels gap at the diameter, no perovskite verdict', () => {
    const c = chainModel(at('?view=confinement&sel=PbS&d=4.1'));
    expect(c.family).toBe('PbS');
    expect(c.phase).toBeNull();
    expect(c.gapEv).toBeCloseTo(moreelsGap(4.1), 12);
    expect(c.sizeKind).toBe('diameter');
  });

  it('not-modelled compositions say so and give no device numbers', () => {
    const c = chainModel(at('?comp=FAPbI3'));
    expect(c.notModelled).toBe('a-site');
    expect(c.gapEv).toBeNull();
    expect(c.device).toBeNull();
    expect(c.deviceMissing).toBe('no-gap');
    const r = chainReadouts(at('?comp=FAPbI3'));
    expect(r.vocLimitV).toBeNull();
    expect(r.plqy).toBe(1);
  });

  it('embed readouts of every view carry the chain', () => {
    const s = at('?comp=CsPbI3&vac=x3');
    for (const v of ['lattice', 'confinement', 'ligands'] as const) {
      const r = readoutsFor(v, { ...s, view: v });
      for (const k of ['plqy', 'vocLimitV', 'vocEstimateV', 'efficiencyLimit', 'efficiencyEstimate']) expect(typeof r[k], `${v} ${k}`).toBe('number');
      expect(r.vocEstimateV as number).toBeLessThan(r.vocLimitV as number);
      expect(r.efficiencyEstimate as number).toBeLessThan(r.efficiencyLimit as number);
    }
  });
});

describe('presets walking the chain (src/lib/presets.ts)', () => {
  it('same CsPbI3 dot, washed vs healed: the V_OC lost is kT/q ln PLQY', async () => {
    const { PRESETS } = await import('../../../src/lib/presets');
    const q = (id: string) => `?view=ligands&${PRESETS.ligands.find((p) => p.id === id)!.query}`;
    const washed = chainModel(at(q('washed')));
    const healed = chainModel(at(q('healed')));
    expect(washed.formula).toBe('CsPbI3');
    expect(washed.trapSites).toBe(4);
    expect(healed.trapSites).toBe(0);
    expect(healed.plqy).toBe(1);
    const lost = healed.device!.vocEstimateV - washed.device!.vocEstimateV;
    expect(lost).toBeGreaterThan(0.05);
    expect(lost).toBeCloseTo(-VOC_LOSS_PER_DECADE_V * Math.log10(washed.plqy!), 12);
  });
  it('Br→I preset is the half-and-half mix', async () => {
    const { PRESETS } = await import('../../../src/lib/presets');
    const c = chainModel(at(`?view=confinement&${PRESETS.confinement.find((p) => p.id === 'brtoi')!.query}`));
    expect(c.series).toBe('br-i');
    expect(c.x).toBeCloseTo(0.5, 12);
  });
});
