/**
 * The module splits of issue #15 only move code: latticeVerdictModel is the light part of latticeModel,
 * confinementMarker the part of confinementModel without sq and spectra, and chainModel is chainHead plus
 * chainTail — the same numbers for many states (defaults, mixes, PbS, targets, overrides, surfaces).
 */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/state/url';
import { latticeModel, latticeVerdictModel } from '../../../src/lib/readouts/lattice';
import { confinementMarker, confinementModel } from '../../../src/lib/readouts/confinement';
import { chainHead } from '../../../src/lib/readouts/chainHead';
import { chainTail } from '../../../src/lib/readouts/chainTail';
import { chainModel } from '../../../src/lib/readouts/chain';

const QUERIES = [
  '',
  '?comp=CsPbI3',
  '?comp=CsPbCl3&d=4',
  '?comp=CsPbBr1.5I1.5&d=6',
  '?comp=CsPbCl1.5Br1.5',
  '?comp=FAPbI3',
  '?comp=PbS&sel=PbS&d=3',
  '?target=520nm',
  '?target=9eV',
  '?rA=2.5&radii=review&phase=cubic',
  '?comp=CsPbI3&vac=x3',
  '?system=PbS&facet=111',
  '?comp=CsSnI3',
];

describe('module splits keep every number', () => {
  for (const q of QUERIES) {
    const state = parseQuery(q).state;
    it(`latticeVerdictModel ⊂ latticeModel (${q || 'defaults'})`, () => {
      const light = latticeVerdictModel(state);
      const full = latticeModel(state);
      for (const [k, v] of Object.entries(light)) expect(full[k as keyof typeof full], k).toEqual(v);
    });
    it(`confinementMarker ⊂ confinementModel (${q || 'defaults'})`, () => {
      const marker = confinementMarker(state);
      const full = confinementModel(state);
      for (const [k, v] of Object.entries(marker)) expect(full[k as keyof typeof full], k).toEqual(v);
    });
    it(`chainModel = chainHead + chainTail (${q || 'defaults'})`, () => {
      const head = chainHead(state);
      expect(chainModel(state)).toEqual({ ...head, ...chainTail(state, head.gapEv) });
    });
  }
});
