/**
 * Confinement view with a mixed-halide dot (issue #18): the marker readouts follow the dot's composition,
 * the plot draws the dot's own labelled curve beside the four end-member curves, and the chain strip shows
 * the same gap. Expected numbers from the core (cube model with mixedHalide.ts parameters).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/svelte';
import { renderConfinement } from './harness';
import { cubeGap } from '../../../src/lib/physics/cubeExciton';
import { interpolatedParameters } from '../../../src/lib/physics/mixedHalide';
import { wavelengthFromGap } from '../../../src/lib/physics/units';
import { withUnit } from '../../../src/lib/format';

afterEach(() => cleanup());
const text = (id: string) => screen.getByTestId(id).textContent?.trim();

describe('ConfinementView with a mixed-halide dot', { timeout: 30_000 }, () => {
  it('CsPbBr1.5I1.5: readouts, own curve and label, note; end-member curves stay', () => {
    const { container } = renderConfinement('&comp=CsPbBr1.5I1.5&d=8&materials=CsPbCl3,CsPbBr3,CsPbI3,PbS');
    const gap = cubeGap(interpolatedParameters('CsPbBr3', 'CsPbI3', 0.5, 'm'), 8);
    expect(text('ro-gap')).toBe(withUnit(gap, 'eV', 3));
    expect(text('ro-gap')).not.toBe(withUnit(cubeGap('CsPbI3', 8), 'eV', 3));
    expect(text('ro-lambda')).toBe(withUnit(wavelengthFromGap(gap), 'nm', 0));
    expect(screen.getByTestId('readout').textContent).toContain('CsPbBr₁.₅I₁.₅');
    expect(screen.getByTestId('dot-curve')).toBeTruthy();
    expect(container.querySelector('.dot-curve-label')?.textContent).toBe('CsPbBr₁.₅I₁.₅');
    for (const mat of ['CsPbCl3', 'CsPbBr3', 'CsPbI3']) {
      expect(container.querySelector(`path.curve[data-material="${mat}"][data-model="cube"]`), mat).toBeTruthy();
    }
    expect(text('curves-summary')).toContain('CsPbBr₁.₅I₁.₅ (this dot)');
    expect(text('dot-note')).toMatch(/50\s%.*linear between CsPbBr₃ and CsPbI₃.*Under light/);
    // The chain strip on the same page shows the same gap (one computation).
    const link = container.querySelector('[data-testid="chain-strip"] [data-link="gap"]');
    expect(Number(link?.getAttribute('data-value'))).toBe(gap);
  });

  it('an end member draws no extra curve and no note', () => {
    renderConfinement('&comp=CsPbI3&d=8');
    expect(screen.queryByTestId('dot-curve')).toBeNull();
    expect(screen.queryByTestId('dot-note')).toBeNull();
    expect(text('ro-gap')).toBe(withUnit(cubeGap('CsPbI3', 8), 'eV', 3));
  });

  it('a composition the app does not model says the marker shows the nearest end member', () => {
    renderConfinement('&comp=MAPbI3&d=8');
    expect(text('dot-note')).toMatch(/not modelled.*CsPbI₃/);
    expect(screen.queryByTestId('dot-curve')).toBeNull();
  });
});
