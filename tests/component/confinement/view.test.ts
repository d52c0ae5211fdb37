/**
 * Confinement view in jsdom: keyboard on the size marker, the inverse-problem input, material toggles and
 * the CSV export. Expected numbers come from the core, formatted by lib/format.ts as the view does.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { renderConfinement } from './harness';
import { brusGap } from '../../../src/lib/physics/brus';
import { cubeBohrRadiusNm, cubeGap, cubeKineticEnergy } from '../../../src/lib/physics/cubeExciton';
import { moreelsDiameter, moreelsGap } from '../../../src/lib/physics/moreels';
import { gapFromWavelength, wavelengthFromGap } from '../../../src/lib/physics/units';
import { fixed, withUnit } from '../../../src/lib/format';

afterEach(() => cleanup());

const text = (id: string) => screen.getByTestId(id).textContent?.trim();

describe('ConfinementView', { timeout: 30_000 }, () => {
  it('shows the core readout for the default state (CsPbBr3 cube model, edge 8 nm)', () => {
    const { container } = renderConfinement();
    const gap = cubeGap('CsPbBr3', 8);
    expect(text('ro-d')).toBe(withUnit(8, 'nm', 2));
    expect(text('ro-gap')).toBe(withUnit(gap, 'eV', 3));
    expect(text('ro-lambda')).toBe(withUnit(wavelengthFromGap(gap), 'nm', 0));
    expect(text('ro-conf')).toBe(withUnit(cubeKineticEnergy('CsPbBr3', 8) * 1000, 'meV', 0));
    expect(text('ro-rab')).toBe(fixed(4 / cubeBohrRadiusNm('CsPbBr3'), 2));
    // Size as experiments report it: the CsPbX3 marker is an edge length.
    expect(screen.getByText('Edge length L')).toBeTruthy();
    // Brus is the thin textbook overlay; the area where it departs from the default is shaded on the plot.
    expect(container.querySelector('path.curve[data-material="CsPbBr3"][data-model="cube"]')).toBeTruthy();
    expect(container.querySelector('path.curve[data-material="CsPbBr3"][data-model="brus"]')).toBeTruthy();
    expect(screen.getByTestId('brus-departure')).toBeTruthy();
    // Measured ranges with their citation as accessible name.
    expect(screen.getByTestId('range-krieg2021').getAttribute('aria-label')).toMatch(/3\.5–16 nm emit at 479–518 nm.*Krieg/);
  });

  it('a 4 nm CsPbBr3 cube reads blue', () => {
    renderConfinement('&sel=CsPbBr3&d=4');
    const nm = wavelengthFromGap(cubeGap('CsPbBr3', 4));
    expect(nm).toBeGreaterThan(450);
    expect(nm).toBeLessThan(480);
    expect(text('ro-lambda')).toBe(withUnit(nm, 'nm', 0));
    expect(screen.getByTestId('swatch').nextElementSibling?.textContent?.trim()).toBe('blue');
  });

  it('the marker is a keyboard slider: arrows step 0.1 nm, PageUp 1 nm, Home/End the range; readout follows the core', async () => {
    const { app } = renderConfinement();
    const marker = screen.getByTestId('size-marker');
    expect(marker.getAttribute('role')).toBe('slider');
    expect(marker.getAttribute('tabindex')).toBe('0');
    marker.focus();
    await fireEvent.keyDown(marker, { key: 'ArrowRight' });
    await fireEvent.keyDown(marker, { key: 'ArrowRight' });
    await fireEvent.keyDown(marker, { key: 'ArrowUp' });
    expect(app.values.d).toBeCloseTo(8.3, 10);
    expect(text('ro-gap')).toBe(withUnit(cubeGap('CsPbBr3', 8.3), 'eV', 3));
    expect(marker.getAttribute('aria-valuenow')).toBe('8.3');
    expect(marker.getAttribute('aria-valuetext')).toContain(withUnit(cubeGap('CsPbBr3', 8.3), 'eV', 2));
    await fireEvent.keyDown(marker, { key: 'PageDown' });
    expect(app.values.d).toBeCloseTo(7.3, 10);
    await fireEvent.keyDown(marker, { key: 'ArrowLeft', shiftKey: true });
    expect(app.values.d).toBeCloseTo(6.3, 10);
    await fireEvent.keyDown(marker, { key: 'Home' });
    expect(app.values.d).toBe(2);
    await fireEvent.keyDown(marker, { key: 'End' });
    expect(app.values.d).toBe(20);
    expect(text('ro-gap')).toBe(withUnit(cubeGap('CsPbBr3', 20), 'eV', 3));
    // The live region carries the same numbers for screen readers.
    expect(text('live-readout')).toContain(withUnit(cubeGap('CsPbBr3', 20), 'eV', 2));
  });

  it('typing a target wavelength moves the marker to the inverse (PbS paper: 1180 nm → ≈ 4 nm, Moreels); d is not overwritten', async () => {
    const user = userEvent.setup();
    const { app } = renderConfinement('&sel=PbS');
    const input = screen.getByTestId('target-input');
    await user.type(input, '1180');
    await user.tab();
    expect(app.values.target).toBe('1180nm');
    const expected = moreelsDiameter(gapFromWavelength(1180));
    // One stored fact (issue #16): the size is derived from the target, `d` keeps its own value.
    expect(app.values.d).toBe(8);
    expect(text('ro-d')).toBe(withUnit(expected, 'nm', 2));
    expect(text('ro-gap')).toBe(withUnit(moreelsGap(expected), 'eV', 3));
    expect(text('target-message')).toContain(withUnit(expected, 'nm', 2));
  });

  it('a target no size can give shows the message and keeps the marker', async () => {
    const user = userEvent.setup();
    const { app } = renderConfinement('&sel=CsPbBr3&d=9');
    await user.type(screen.getByTestId('target-input'), '650');
    await user.tab();
    expect(app.values.target).toBe('650nm');
    expect(text('target-message')).toMatch(/No CsPbBr3 dot has a gap of 1\.9074 eV in the cube model/);
    expect(app.values.d).toBe(9);
    expect(text('ro-d')).toBe(withUnit(9, 'nm', 2));
  });

  it('moving the marker by key clears the target', async () => {
    const { app } = renderConfinement('&sel=PbS&target=1180nm');
    const marker = screen.getByTestId('size-marker');
    await fireEvent.keyDown(marker, { key: 'ArrowRight' });
    expect(app.values.target).toBe('');
    expect(app.values.d).toBeCloseTo(Math.round((moreelsDiameter(gapFromWavelength(1180)) + 0.1) * 100) / 100, 10);
  });

  it('toggling a material hides its curves and its bulk line, and the URL state follows', async () => {
    const user = userEvent.setup();
    const { app, container } = renderConfinement();
    const iodide = () => container.querySelectorAll('path.curve[data-material="CsPbI3"]').length;
    expect(iodide()).toBeGreaterThan(0);
    await user.click(screen.getByRole('checkbox', { name: 'Show CsPbI₃' }));
    expect(app.values.materials).toEqual(['CsPbCl3', 'CsPbBr3', 'PbS']);
    expect(iodide()).toBe(0);
    expect(screen.getByTestId('curves-summary').textContent).not.toContain('CsPbI₃');
    await user.click(screen.getByRole('checkbox', { name: 'Show CsPbI₃' }));
    expect(iodide()).toBeGreaterThan(0);
  });

  it('hiding the selected material moves the marker to a shown one', async () => {
    const user = userEvent.setup();
    const { app } = renderConfinement();
    await user.click(screen.getByRole('checkbox', { name: 'Show CsPbBr₃' }));
    expect(app.values.sel).toBe('CsPbCl3');
  });

  it('switching a model off removes its curves (Moreels is PbS only)', async () => {
    const user = userEvent.setup();
    const { container } = renderConfinement();
    expect(container.querySelectorAll('path.curve[data-model="moreels"]').length).toBe(1);
    expect(container.querySelector('path.curve[data-model="moreels"]')?.getAttribute('data-material')).toBe('PbS');
    await user.click(screen.getByRole('checkbox', { name: /Moreels/ }));
    expect(container.querySelectorAll('path.curve[data-model="moreels"]').length).toBe(0);
  });

  it('σ > 0 shows the ensemble FWHM in nm and meV', () => {
    renderConfinement('&sel=PbS&d=4.1&sigma=0.5');
    expect(text('fwhm')).toMatch(/FWHM \d+(\.\d)?\u202fnm = \d+\u202fmeV/);
  });

  it('near-infrared dots get a hatched swatch labelled as not visible', () => {
    renderConfinement('&sel=PbS&d=4.1');
    expect(screen.getByTestId('swatch').classList.contains('hatched')).toBe(true);
    expect(screen.getByText('NIR (not visible)')).toBeTruthy();
  });

  it('the hidden data table lists every shown curve at whole nanometres', () => {
    renderConfinement('&materials=CsPbBr3&models=brus&dmin=2&dmax=20');
    const table = screen.getByTestId('curves-table');
    expect(table.querySelectorAll('tbody tr').length).toBe(19);
    const row8 = Array.from(table.querySelectorAll('tbody tr')).find((r) => r.querySelector('th')?.textContent === '8');
    expect(row8?.querySelector('td')?.textContent).toBe(fixed(brusGap('CsPbBr3', 8), 3));
  });

  it('exports the curves as CSV through a blob URL', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:test';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderConfinement('&materials=PbS&models=moreels');
    await fireEvent.click(screen.getByRole('button', { name: 'Curves (CSV)' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    const csv = await created[0].text();
    const lines = csv.split('\r\n');
    const header = lines.findIndex((l) => l.startsWith('material,'));
    expect(lines[header]).toBe('material,model,size_nm,gap_eV,wavelength_nm');
    const first = lines[header + 1].split(',');
    expect(first[0]).toBe('PbS');
    expect(first[1]).toBe('moreels');
    expect(Number(first[3])).toBeCloseTo(moreelsGap(Number(first[2])), 8);
    click.mockRestore();
  });
});
