/**
 * The confinement view's code → sentence mapping (issue #7): every refusal code of the inverse problem
 * (lib/readouts/confinement.ts TargetError) renders the English it rendered before the catalogue, and the
 * slot helper cuts a message at its markup markers.
 */
import { describe, expect, it } from 'vitest';
import { targetErrorText } from '../../../../src/views/confinement/text';
import { slot, slotParts } from '../../../../src/components/slots';
import { solveTarget } from '../../../../src/lib/readouts/confinement';
import { m } from '../../../../src/paraglide/messages.js';

describe('targetErrorText', () => {
  it('words each refusal code with its numbers', () => {
    expect(targetErrorText({ code: 'outside-view', material: 'CsPbBr3', diameterNm: 144.123, minNm: 1, maxNm: 30 })).toBe(
      'That needs a CsPbBr₃ dot of 144.12 nm, outside the 1–30 nm this view covers.',
    );
    expect(targetErrorText({ code: 'outside-view', material: 'PbS', diameterNm: 0.0123, minNm: 1, maxNm: 30 })).toBe(
      'That needs a PbS dot of 1.2e-2 nm, outside the 1–30 nm this view covers.',
    );
    expect(
      targetErrorText({ code: 'below-brus-minimum', material: 'CsPbBr3', gapEv: 2.0664, minGapEv: 2.34712, turningPointNm: 40.11, bulkGapEv: 2.36 }),
    ).toBe("No CsPbBr3 dot has a Brus gap of 2.0664 eV: the Brus curve's lowest gap is 2.3471 eV (at d = 40.1 nm; bulk gap 2.36 eV).");
    expect(targetErrorText({ code: 'below-model-minimum', material: 'CsPbBr3', model: 'confinement', gapEv: 2.3, minGapEv: 2.36 })).toBe(
      'No CsPbBr3 dot has a gap of 2.3000 eV in the confinement model: gaps must be above 2.36 eV (the bulk gap).',
    );
    expect(targetErrorText({ code: 'below-model-minimum', material: 'PbS', model: 'moreels', gapEv: 0.35, minGapEv: 0.41 })).toBe(
      'No PbS dot has a gap of 0.3500 eV in the moreels model: gaps must be above 0.41 eV (the E∞ of the Moreels curve).',
    );
    expect(targetErrorText({ code: 'no-diameter' })).toBe('No size gives this target.');
    expect(targetErrorText({ code: 'below-model-minimum', material: 'CsPbBr3', model: 'cube', gapEv: 2.0664, minGapEv: 2.3795 })).toBe(
      "No CsPbBr3 dot has a gap of 2.0664 eV in the cube model: gaps must be above 2.3795 eV (E_g − E_b, the gap of a very large crystal's exciton).",
    );
  });
  it('words what solveTarget returns', () => {
    const e = solveTarget('600nm', 'CsPbBr3', 'brus')?.error;
    expect(e).toBeTruthy();
    expect(targetErrorText(e!)).toMatch(/^No CsPbBr3 dot has a Brus gap of 2\.0664 eV: the Brus curve's lowest gap is 2\.4015 eV \(at d = \d+\.\d nm; bulk gap 2\.412 eV\)\.$/);
  });
});

describe('slotParts', () => {
  it('cuts a rendered message at its markers, in order, keeping the text between', () => {
    const text = m.conf_sq_how_photons({ jsc: slot(0), j0: slot(1), voc: slot(2) });
    const parts = slotParts(text);
    expect(parts.filter((p) => typeof p === 'number')).toEqual([0, 1, 2]);
    expect(parts[0]).toBe('Every photon above the gap gives one electron (');
    expect(parts.filter((p) => typeof p === 'string').join('|')).not.toMatch(/[\uE000-\uE0FF]/u);
  });
  it('leaves a message without markers whole', () => {
    expect(slotParts('plain text')).toEqual(['plain text']);
    expect(slotParts('')).toEqual([]);
  });
});
