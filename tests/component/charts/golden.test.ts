/**
 * Golden SVG tests of the charts (as Observable Plot tests its marks): each chart is rendered in jsdom at
 * its default size with fixed data (the app's own default state and data tables) and its SVG is compared
 * with a stored snapshot in tests/component/charts/__golden__/. A change to any chart shows as a diff of
 * that file; an intended change is accepted with `npx vitest run tests/component/charts -u`.
 *
 * jsdom measures nothing (no layout, getBBox absent): the snapshots hold the charts' own computed layout,
 * before the browser-only passes (axis label thinning, declutter) that need measured boxes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { renderConfinement } from '../confinement/harness';
import DeviceChart from '../../../src/views/ligands/DeviceChart.svelte';
import StabilityMap from '../../../src/views/lattice/StabilityMap.svelte';
import DiffractionChart from '../../../src/views/lattice/diffraction/DiffractionChart.svelte';
import { knownCompounds } from '../../../src/views/lattice/knownCompounds';
import { latticeModel } from '../../../src/lib/readouts/lattice';
import { parseQuery } from '../../../src/lib/state/url';
import { powderXrd, XRD_TWO_THETA_MAX_DEG, XRD_TWO_THETA_MIN_DEG } from '../../../src/lib/physics/xrd';
import { scherrerBroadenedCurve } from '../../../src/lib/physics/scherrer';
import { CURVE_STEP_DEG, LARGE_CRYSTAL_NM, drawnCrystal } from '../../../src/views/lattice/diffraction/diffraction';

afterEach(() => cleanup());

/**
 * The SVG as stable, diffable text: Svelte's empty anchor comments dropped, per-instance ids ($props.id())
 * renamed in order of first appearance, Svelte's style hashes and inter-element whitespace dropped, one
 * element per line.
 */
export function goldenSvg(svg: Element | null): string {
  if (!svg) throw new Error('chart SVG not found');
  let text = svg.outerHTML
    .replace(/<!--[\s\S]*?-->/g, '')
    // Svelte's scoped-style hashes change with any CSS edit: not part of the drawing.
    .replace(/ ?\bsvelte-[a-z0-9]+\b/g, '')
    .replace(/ class=""/g, '')
    // Whitespace between elements (component boundaries) draws nothing.
    .replace(/>\s+</g, '><');
  const ids = new Map<string, string>();
  text = text.replace(/\b([a-z]\d+)(?=-(?:title|desc|clip|spectrum|hatch|[a-z]+))/g, (id) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
    return ids.get(id) as string;
  });
  return `${text.replace(/></g, '>\n<')}\n`;
}

const golden = (name: string) => `./__golden__/${name}.svg`;

describe('chart golden SVGs', () => {
  it('confinement: size→gap plot, solar-cell limit, spectra (default state)', { timeout: 30_000 }, async () => {
    const { container } = renderConfinement();
    const plots = container.querySelectorAll('svg[aria-labelledby]');
    const byTitle = (re: RegExp) => [...plots].find((s) => re.test(s.querySelector('title')?.textContent ?? '')) ?? null;
    await expect(goldenSvg(container.querySelector('[data-testid="size-marker"]')?.closest('svg') ?? null)).toMatchFileSnapshot(golden('size-gap'));
    await expect(goldenSvg(byTitle(/Shockley|limit|efficiency/i))).toMatchFileSnapshot(golden('sq'));
    await expect(goldenSvg(container.querySelector('[data-testid="spectra-panel"] svg[aria-labelledby]'))).toMatchFileSnapshot(golden('spectra'));
  });

  it('confinement in the projector theme with PbS selected (other fonts, other regimes)', { timeout: 30_000 }, async () => {
    const { container } = renderConfinement('&theme=projector&sel=PbS&d=4');
    await expect(goldenSvg(container.querySelector('[data-testid="size-marker"]')?.closest('svg') ?? null)).toMatchFileSnapshot(
      golden('size-gap-projector-pbs'),
    );
  });

  it('ligands: device chart (PCE, grouped by exchange)', async () => {
    const { container } = render(DeviceChart);
    await expect(goldenSvg(container.querySelector('svg[aria-labelledby]'))).toMatchFileSnapshot(golden('device'));
  });

  it('ligands: device chart, V_OC metric, and its V_OC-vs-gap plot', async () => {
    const { container } = render(DeviceChart, { props: { metric: 'voc' } });
    const [bars, voc] = container.querySelectorAll('.device-chart svg[aria-labelledby]');
    await expect(goldenSvg(bars)).toMatchFileSnapshot(golden('device-voc'));
    await expect(goldenSvg(voc)).toMatchFileSnapshot(golden('device-voc-gap'));
  });

  it('lattice: stability map (CsPbBr₃ default)', async () => {
    const model = latticeModel(parseQuery('').state);
    const { container } = render(StabilityMap, {
      props: { compounds: knownCompounds(), current: { t: model.verdict.t, mu: model.verdict.mu, formula: model.formula } },
    });
    await expect(goldenSvg(container.querySelector('svg.plot'))).toMatchFileSnapshot(golden('stability'));
  });

  it('lattice: diffraction chart (default crystal, sqrt intensity, first peak selected)', async () => {
    const pattern = powderXrd(drawnCrystal(latticeModel(parseQuery('').state)));
    const large = scherrerBroadenedCurve(pattern.peaks, LARGE_CRYSTAL_NM, {
      twoThetaMinDeg: XRD_TWO_THETA_MIN_DEG,
      twoThetaMaxDeg: XRD_TWO_THETA_MAX_DEG,
      stepDeg: CURVE_STEP_DEG * 10,
    });
    const { container } = render(DiffractionChart, {
      props: {
        peaks: pattern.peaks.filter((p) => p.intensity >= 0.05),
        large,
        nano: null,
        twoThetaMinDeg: XRD_TWO_THETA_MIN_DEG,
        twoThetaMaxDeg: XRD_TWO_THETA_MAX_DEG,
        yScale: 'sqrt',
        title: 'Powder pattern',
        desc: 'Golden test',
        selected: 0,
        onselect: () => {},
      },
    });
    await expect(goldenSvg(container.querySelector('[data-testid="xrd-chart"]')?.closest('svg') ?? container.querySelector('svg'))).toMatchFileSnapshot(
      golden('diffraction'),
    );
  });
});
