/**
 * The lattice poster renders under svelte/server (the lead prerenders the first screen at build time): no
 * window or document at init, the SVG with one circle per atom and the visible hint, all in the markup.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import LatticePoster from '../../../src/views/lattice/stage/LatticePoster.svelte';
import { PosterBuilder } from '../../../src/views/lattice/stage/poster';
import { legendRows } from '../../../src/views/lattice/canvasText';

describe('LatticePoster under svelte/server', () => {
  it('renders the SVG, the hint and the legend without a DOM', () => {
    expect(typeof document).toBe('undefined');
    const labels = { A: 'Cs', B: 'Pb', X: 'Br' };
    const radii = { rA: 1.88, rB: 1.19, rX: 1.96 };
    const built = new PosterBuilder().build(
      { kind: 'cubic', cells: [1, 1, 1], shape: 'cells', edgeNm: 6, aPseudoCubicAngstrom: 5.874, tiltDeg: 0 },
      { style: 'poly', radii, cam: 'free', orbit: null, showCell: true, width: 600, height: 600 },
    )!;
    const { body } = render(LatticePoster, {
      props: {
        poster: built.poster,
        measured: false,
        info: built.info,
        legend: legendRows('poly', radii, labels, false),
        style: 'poly',
        labels,
        pbs: false,
        formula: 'CsPbBr₃',
        description: 'A cubic CsPbBr₃ cell.',
        showAxes: true,
        starting: false,
      },
    });
    expect(body).toContain('data-testid="lattice-poster"');
    expect(body).toContain('preserveAspectRatio="xMidYMid meet"');
    expect(body.match(/<circle /g)?.length).toBe(built.info.total);
    expect(body.match(/<polygon class="face/g)?.length).toBe(built.poster.primitives.filter((p) => p.data.what === 'face').length);
    expect(body).toContain('Tap, point at or tab to the drawing to turn it in 3D');
    expect(body).toContain('role="application"');
    expect(body).toContain('3D model of CsPbBr₃');
    // Atoms are painted with the per-instance gradients defined in the same SVG.
    const ref = body.match(/fill="url\(#([^)]+)\)"/)![1];
    expect(body).toContain(`id="${ref}"`);
  });
});
