/**
 * The surface drawing's screen layout (src/views/ligands/drawingLayout.ts): padding, the one scale, which
 * ligand of each kind is labelled and how labels are lifted apart, trap status, SVG helpers.
 */
import { describe, expect, it } from 'vitest';
import {
  LABEL_CLEARANCE_PX,
  drawingPadding,
  drawingScale,
  elementClass,
  hexagonPoints,
  labelLifts,
  labelledLigands,
  maxDrawingHeightPx,
  siteStatus,
  subscripts,
  vacancyRadiusAngstrom,
} from '../../../../src/views/ligands/drawingLayout';
import { explorerModel } from '../../../../src/lib/surface/explorer';
import { stepKeys } from '../../../../src/lib/surface/scenarioState';
import { scenarioById } from '../../../../src/lib/ligands/scenarios';
import { elementRadiusAngstrom } from '../../../../src/lib/surface/radii';

/** A drawn ligand as the label functions read it. */
function lig(id: string, site: string, u: number, fullTailNm: number | null = 1.2) {
  return { ligand: { id }, placement: { ligandId: id, siteId: site }, head: { u, v: 0 }, fullTailNm } as never;
}

describe('padding and scale', () => {
  it('leaves room for layer labels on the right of the side view and a label line on top when ligands crowd', () => {
    expect(drawingPadding(false, true, 2)).toEqual({ l: 10, r: 74, t: 30, b: 34 });
    expect(drawingPadding(true, true, 1)).toEqual({ l: 4, r: 46, t: 10, b: 34 });
    expect(drawingPadding(false, false, 5)).toEqual({ l: 10, r: 10, t: 10, b: 34 });
  });
  it('keeps the drawing inside the first screen, 260–760 px', () => {
    expect(maxDrawingHeightPx(800, 300)).toBe(488);
    expect(maxDrawingHeightPx(500, 400)).toBe(260);
    expect(maxDrawingHeightPx(2000, 100)).toBe(760);
  });
  it('takes the smaller of the width and height scales, never below 3 px/Å', () => {
    const pad = { l: 10, r: 10, t: 10, b: 30 };
    expect(drawingScale(620, 1000, pad, 60, 20)).toBe(10); // width-bound: 600/60
    expect(drawingScale(2000, 240, pad, 60, 20)).toBe(10); // height-bound: 200/20
    expect(drawingScale(100, 100, pad, 600, 600)).toBe(3);
  });
});

describe('labels', () => {
  it('labels the first instance of the first kind, then the instance of each kind farthest from those placed', () => {
    const ligands = [lig('oa', 'x1', 0), lig('oa', 'x3', 10), lig('oamh', 'a1', 2), lig('oamh', 'a3', 30), lig('oamh', 'a5', 12)];
    expect([...labelledLigands(ligands)]).toEqual(['oa@x1', 'oamh@a3']);
  });
  it('lifts a label closer than the clearance to one on the same line; 26 px with a tail length, 14 without', () => {
    const k = 10;
    const near = (LABEL_CLEARANCE_PX / k) * 0.5;
    const ligands = [lig('a', 's1', 0), lig('b', 's2', near), lig('c', 's3', 1.5 * near, null), lig('d', 's4', 100)];
    const labelled = new Set(['a@s1', 'b@s2', 'c@s3', 'd@s4']);
    const lifts = labelLifts(ligands, labelled, k);
    expect(Object.fromEntries(lifts)).toEqual({ 'a@s1': 0, 'b@s2': 26, 'c@s3': 28, 'd@s4': 0 });
  });
  it('lifts nothing that is not labelled', () => {
    expect(labelLifts([lig('a', 's1', 0)], new Set(), 10).size).toBe(0);
  });
});

describe('site status', () => {
  it('marks traps and healed sites as the ledger counts them', () => {
    const keys = stepKeys(scenarioById('native-purify')!.steps[2]);
    const model = explorerModel(keys);
    const ids = model.surface.sites.map((x) => x.id);
    const traps = ids.filter((id) => siteStatus(model, id).trap);
    expect(traps.length).toBe(model.trapSiteIds.size);
    for (const id of ids) {
      const st = siteStatus(model, id);
      if (st.healed) expect(model.healedSiteIds.has(id)).toBe(true);
    }
  });
});

describe('helpers', () => {
  it('vacancies have the missing ion’s radius (the same radii as the atoms)', () => {
    for (const el of ['Cs', 'Pb', 'Cl', 'Br', 'I', 'S'] as const) expect(vacancyRadiusAngstrom(el)).toBe(elementRadiusAngstrom(el));
  });
  it('subscripts, element classes and hexagons', () => {
    expect(subscripts('PbBr2')).toBe('PbBr₂');
    expect(['Cs', 'Pb', 'S', 'Br'].map(elementClass)).toEqual(['el-a', 'el-b', 'el-s', 'el-x']);
    const pts = hexagonPoints(10, 20, 5).split(' ');
    expect(pts).toHaveLength(6);
    expect(pts[0]).toBe('15.0,20.0');
    expect(pts[3]).toBe('5.0,20.0');
  });
});
