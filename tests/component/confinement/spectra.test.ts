/**
 * Spectra panel of the confinement view (issue #17) in jsdom: its readouts are the core's
 * (lib/physics/spectra.ts through lib/readouts/confinement.ts), formatted as the view does; the axis toggle
 * and the σ slider write the URL state; the notes say where the model has no source (Stokes shift, borrowed
 * single-dot width) and compare with the measured values; CSV export holds the curves.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { renderConfinement } from './harness';
import { confinementReadouts } from '../../../src/lib/readouts/confinement';
import { parseQuery } from '../../../src/lib/state/url';
import { withUnit } from '../../../src/lib/format';
import { SPECTRA_CSV_HEADER } from '../../../src/views/confinement/spectra/spectraCsv';

afterEach(() => cleanup());
const text = (id: string) => screen.getByTestId(id).textContent?.trim() ?? '';
const readouts = (q: string) => confinementReadouts(parseQuery(`?view=confinement${q}`).state);

describe('SpectraPanel', { timeout: 30_000 }, () => {
  it('default CsPbBr3 8 nm: peaks and width are the core readouts; the Stokes shift has its source range', () => {
    renderConfinement();
    const r = readouts('');
    expect(text('spec-abs')).toContain(withUnit(r.absorptionPeakNm, 'nm', 0));
    expect(text('spec-em')).toContain(withUnit(r.emissionPeakNm, 'nm', 0));
    expect(text('fwhm')).toBe(`FWHM ${withUnit(r.emissionFwhmNm, 'nm', 1)} = ${withUnit(r.emissionFwhmMeV, 'meV', 0)}`);
    expect(r.stokesShiftMeV).not.toBeNull();
    expect(text('spec-stokes')).toBe(withUnit(r.stokesShiftMeV, 'meV', 0));
    expect(text('spectra-notes')).toMatch(/Stokes shift measured for CsPbBr₃ dots absorbing between 482\u202fnm and 510\u202fnm/);
    expect(text('spectra-compare')).toMatch(/emit at 518 nm; the model gives 518\u202fnm, by construction/);
    // chart: absorption and emission paths drawn
    expect(screen.getByTestId('spec-abs-path').getAttribute('d')).toMatch(/^M/);
    expect(screen.getByTestId('spec-em-path').getAttribute('d')).toMatch(/^M/);
  });

  it('PbS 4.1 ± 0.5 nm: compares with the PbS paper (1180 nm, 66 nm PL) and draws no Stokes shift', () => {
    renderConfinement('&sel=PbS&d=4.1&sigma=0.5');
    const r = readouts('&sel=PbS&d=4.1&sigma=0.5');
    expect(text('spec-stokes')).toBe('none drawn');
    expect(text('spectra-notes')).toMatch(/none was found measured for PbS dots/);
    expect(text('spectra-compare')).toContain(`the model gives ${withUnit(r.absorptionPeakNm, 'nm', 0)} for the same size and spread`);
    expect(text('spectra-compare')).toContain('66 nm wide');
    expect(screen.getByText(/measured on single PbS dots/)).toBeTruthy();
  });

  it('CsPbI3 says its single-dot width is borrowed from CsPbBr3', () => {
    renderConfinement('&sel=CsPbI3&d=8');
    expect(text('spectra-notes')).toMatch(/No single-dot linewidth of CsPbI₃ was found; the CsPbBr₃ value \(70\u202fmeV\) stands in/);
  });

  it('the axis toggle writes spaxis and puts energies first; σ moves the width', async () => {
    const user = userEvent.setup();
    const { app } = renderConfinement('&d=6');
    const before = text('fwhm');
    await user.click(screen.getByRole('radio', { name: 'Energy' }));
    expect(app.values.spaxis).toBe('ev');
    expect(text('spec-abs')).toMatch(/^\d\.\d{3}\u202feV \(\d+\u202fnm\)$/);
    expect(screen.getByText('Photon energy E (eV)')).toBeTruthy();
    const sigma = screen.getByLabelText('Size spread σ in nm');
    await fireEvent.change(sigma, { target: { value: '1' } });
    await fireEvent.keyDown(sigma, { key: 'Enter' });
    expect(app.values.sigma).toBe(1);
    expect(text('fwhm')).not.toBe(before);
  });

  it('exports the spectra as CSV with its header and comments', async () => {
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => (created.push(b), 'blob:test')), revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderConfinement('&sel=PbS&d=4.1&sigma=0.5');
    await fireEvent.click(screen.getByRole('button', { name: 'Spectra (CSV)' }));
    const csv = await created[0].text();
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^# Ensemble spectra of PbS dots: size 4\.100 nm, spread σ = 0\.500 nm/);
    const h = lines.findIndex((l) => l.startsWith('energy_eV'));
    expect(lines[h]).toBe(SPECTRA_CSV_HEADER.join(','));
    const row = lines[h + 1].split(',').map(Number);
    expect(row[1]).toBeCloseTo(1239.841984 / row[0], 6);
    click.mockRestore();
  });
});

describe('SpectraPanel for a mixed-halide dot (issue #18)', { timeout: 30_000 }, () => {
  it('CsPbBr1.5I1.5: its own name, no Stokes shift, the borrowed width said, nothing measured to compare', () => {
    const q = '&comp=CsPbBr1.5I1.5&d=8';
    renderConfinement(q);
    const r = readouts(q);
    expect(r.stokesShiftMeV).toBeNull();
    expect(text('spec-em')).toContain(withUnit(r.emissionPeakNm, 'nm', 0));
    expect(text('spec-stokes')).toBe('none drawn');
    expect(text('spectra-notes')).toMatch(/none was found measured for CsPbBr₁\.₅I₁\.₅ dots/);
    expect(text('spectra-notes')).toMatch(/No single-dot linewidth of CsPbBr₁\.₅I₁\.₅ was found/);
    expect(text('spectra-compare')).toMatch(/No measured spectra of CsPbBr₁\.₅I₁\.₅ dots/);
  });
});
