/**
 * DeviceChart, V_OC deficit read as a PLQY (issue #18): hover/focus of a cell gives "V_OC deficit … mV ≈
 * PLQY …"; the V_OC metric draws V_OC against the gap with the SQ and PLQY lines and the cells as points.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DeviceChart from '../../../src/views/ligands/DeviceChart.svelte';
import { DEVICE_POINTS } from '../../../src/lib/ligands/deviceLigands';
import { cellDeficit, plqyText } from '../../../src/views/ligands/deviceChart';
import { sqLimit } from '../../../src/lib/physics/sq';
import { withUnit } from '../../../src/lib/format';

afterEach(() => cleanup());
const row = (container: HTMLElement, key: string) => container.querySelector(`g.row[data-key="${key}"]`) as SVGGElement;

describe('DeviceChart: V_OC deficit as a PLQY', () => {
  it('focus on the FAI–EtOAc cell: deficit in mV and the PLQY it means, with the gap used', async () => {
    const { container } = render(DeviceChart, { props: { metric: 'voc' } });
    await fireEvent.focus(row(container, 'review-127'));
    const c = cellDeficit(DEVICE_POINTS.find((d) => d.key === 'review-127')!)!;
    const text = screen.getByTestId('deficit').textContent ?? '';
    expect(text).toContain(`V_OC deficit ${withUnit(c.deficitV * 1000, 'mV', 0)} ≈ PLQY ${plqyText(c.plqy)}`);
    expect(text).toContain(withUnit(sqLimit(1.73)!.vocV, 'V', 2));
    expect(text).toMatch(/bulk CsPbI₃.*review Table 1 gives no gap/);
    // the bar's accessible name carries the same sentence with the V_OC metric
    expect(row(container, 'review-127').getAttribute('aria-label')).toContain(`≈ PLQY ${plqyText(c.plqy)}`);
  });

  it('V_OC metric: SQ line, PLQY 10 %…0.01 % lines and one point per cell with a V_OC; hover a point', async () => {
    const user = userEvent.setup();
    const { container } = render(DeviceChart);
    expect(screen.queryByTestId('voc-plot')).toBeNull(); // PCE first: no V_OC plot
    await user.click(screen.getByRole('radio', { name: /^VOC$/ }));
    const plot = screen.getByTestId('voc-plot');
    expect([...plot.querySelectorAll('path.voc-line')].map((p) => p.getAttribute('data-plqy'))).toEqual(['1', '0.1', '0.01', '0.001', '0.0001']);
    expect(plot.textContent).toMatch(/SQ limit.*PLQY 10\s%.*PLQY 1\s%.*PLQY 0\.1\s%.*PLQY 0\.01\s%/);
    const withVoc = DEVICE_POINTS.filter((d) => d.vocV !== null);
    expect(plot.querySelectorAll('path.cell').length).toBe(withVoc.length);
    expect(plot.querySelector('path.cell[data-key="pbs-1.3-pbi2"]')).toBeNull(); // no V_OC in the text
    expect(plot.textContent).toMatch(/CsPbI₃ 1\.73\seV.*primary source not checked/);
    await fireEvent.pointerEnter(plot.querySelector('path.cell[data-key="pbs-1.0-ba2pbi4"]')!);
    expect(screen.getByTestId('deficit').textContent).toMatch(/V_OC deficit \d+\smV ≈ PLQY .*Gap 1\.0\seV: the PbS paper’s dots/);
    expect(container.querySelector('path.cell.on')?.getAttribute('data-key')).toBe('pbs-1.0-ba2pbi4');
  });
});
