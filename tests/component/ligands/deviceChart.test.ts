/**
 * DeviceChart in jsdom: metric switch, highlight, keyboard focus, hidden table.
 * Expected numbers: review Table 1 (src/lib/data/reviewTable1.ts) and PbS paper Fig. 5e (pbsDevices.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';

afterEach(() => cleanup());
import userEvent from '@testing-library/user-event';
import DeviceChart from '../../../src/views/ligands/DeviceChart.svelte';
import { DEVICE_POINTS } from '../../../src/lib/ligands/deviceLigands';

const row = (container: HTMLElement, key: string) => container.querySelector(`g.row[data-key="${key}"]`) as SVGGElement;
const barWidth = (container: HTMLElement, key: string) => Number(row(container, key).querySelector('rect.bar')?.getAttribute('width'));

describe('DeviceChart', () => {
  it('draws one focusable bar per device (review Table 1 + PbS paper), PCE first', () => {
    const { container } = render(DeviceChart);
    const rows = container.querySelectorAll('g.row');
    expect(rows.length).toBe(DEVICE_POINTS.length);
    expect(row(container, 'review-127').dataset.value).toBe('13.4'); // Table 1 FAI–EtOAc PCE 13.40 %
    expect(row(container, 'pbs-1.0-ba2pbi4').dataset.value).toBe('8.65'); // PbS paper Fig. 5e
    expect([...rows].filter((r) => r.getAttribute('tabindex') === '0').length).toBe(1);
    expect(row(container, 'review-127').getAttribute('aria-label')).toMatch(/CsPbI₃, FAI–EtOAc ligand exchange, solid-state exchange: PCE 13\.40 %, VOC 1\.20 V, JSC 14\.37 mA cm⁻², FF 78\.0 %/);
  });

  it('switching the metric changes the bars (V_OC: 1.20 V for FAI–EtOAc; PbS 1.3 eV: not given)', async () => {
    const user = userEvent.setup();
    const { container } = render(DeviceChart);
    const pceWidth = barWidth(container, 'review-127');
    await user.click(screen.getByRole('radio', { name: /^VOC$/ }));
    expect(row(container, 'review-127').dataset.value).toBe('1.2');
    expect(barWidth(container, 'review-127')).not.toBe(pceWidth);
    expect(row(container, 'pbs-1.3-ba2pbi4').dataset.value).toBe('');
    expect(within(row(container, 'pbs-1.3-ba2pbi4') as unknown as HTMLElement).getByText(/not given/)).toBeInTheDocument();
    expect(container.querySelector('svg title')?.textContent).toMatch(/Open-circuit voltage VOC \(V\)/);
    await user.click(screen.getByRole('radio', { name: /^FF$/ }));
    expect(row(container, 'review-164').dataset.value).toBe('56.9'); // Table 1 NaOAc–BuOAc FF 56.9 %
    await user.click(screen.getByRole('radio', { name: /^JSC$/ }));
    expect(row(container, 'review-141').dataset.value).toBe('17.66'); // Table 1 Glycine–EtOAc J_SC
  });

  it('highlights exactly the devices whose strategy involves the highlighted ligands', () => {
    const { container } = render(DeviceChart, { props: { highlightLigandIds: ['ga'] } });
    const hl = [...container.querySelectorAll('g.row[data-highlighted="true"]')].map((r) => (r as SVGGElement).dataset.key);
    expect(hl).toEqual(['review-151', 'review-165', 'review-135']); // GASCN–EtOAc, GASCN–acetone, GuaAc–MeOAc
    expect(container.querySelectorAll('g.row.dim').length).toBe(DEVICE_POINTS.length - 3);
    expect(screen.getByText('uses the selected ligand')).toBeInTheDocument();
  });

  it('updates the highlight when the prop changes, and shows none for an unmapped ligand', async () => {
    const { container, rerender } = render(DeviceChart, { props: { highlightLigandIds: ['ba'] } });
    const keys = () => [...container.querySelectorAll('g.row[data-highlighted="true"]')].map((r) => (r as SVGGElement).dataset.key);
    expect(keys()).toEqual(['pbs-1.0-ba2pbi4', 'pbs-1.3-ba2pbi4']);
    await rerender({ highlightLigandIds: ['top'] });
    expect(keys()).toEqual([]);
    expect(container.querySelectorAll('g.row.dim').length).toBe(0);
  });

  it('keyboard: Tab to the chart, ↓ moves to the next bar and the full row is announced', async () => {
    const user = userEvent.setup();
    const { container } = render(DeviceChart);
    const first = container.querySelector('g.row[tabindex="0"]') as SVGGElement;
    first.focus();
    expect(document.activeElement).toBe(first);
    await user.keyboard('{ArrowDown}');
    const second = container.querySelectorAll('g.row')[1] as SVGGElement;
    expect(document.activeElement).toBe(second);
    expect(second.getAttribute('tabindex')).toBe('0');
    const live = container.querySelector('.details') as HTMLElement;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toMatch(/NaOAc–MeOAc ligand exchange/);
    expect(live.textContent).toMatch(/review Table 1, ref\. 136/);
  });

  it('grouping by material reorders sections; a hidden table lists every device', async () => {
    const user = userEvent.setup();
    const { container } = render(DeviceChart);
    await user.click(screen.getByRole('radio', { name: 'material' }));
    const sections = [...container.querySelectorAll('text.section')].map((t) => t.textContent);
    expect(sections).toEqual(['CsPbI₃ dots', 'CsPbBr₃ dots', 'PbS dots']);
    const table = container.querySelector('.visually-hidden table') as HTMLTableElement;
    expect(table.tBodies[0].rows.length).toBe(DEVICE_POINTS.length);
    expect(within(table).getByText('TMSI + ACN/TL ligand exchange')).toBeInTheDocument();
  });
});
