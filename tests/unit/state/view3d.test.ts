/**
 * The `view3d` URL value (the rotated 3D camera that Share restores) and the share link without the theme.
 */
import { describe, expect, it } from 'vitest';
import { formatView3d, parseView3d } from '../../../src/lib/state/schema';
import { coerceValue, keysForView, parseQuery, serializeState } from '../../../src/lib/state/url';

describe('view3d', () => {
  it('reads azimuth,elevation,zoom and writes it back rounded', () => {
    expect(parseView3d('40,25,1.3')).toEqual({ azimuthDeg: 40, elevationDeg: 25, zoom: 1.3 });
    expect(parseView3d('-180,-89,0.2')).toEqual({ azimuthDeg: -180, elevationDeg: -89, zoom: 0.2 });
    expect(formatView3d({ azimuthDeg: 40.4, elevationDeg: 24.6, zoom: 1.2949 })).toBe('40,25,1.29');
    // Angles wrap into (−180, 180]; elevation and zoom are clamped; −0 is written as 0.
    expect(formatView3d({ azimuthDeg: 200, elevationDeg: 95, zoom: 9 })).toBe('-160,89,5');
    expect(formatView3d({ azimuthDeg: -0.2, elevationDeg: -0.3, zoom: 0.01 })).toBe('0,0,0.2');
  });

  it('refuses values out of range or malformed, with its own reason', () => {
    for (const bad of ['181,0,1', '0,90,1', '0,0,6', '0,0,0.1', '1,2', 'a,b,c', '1,2,3,4', '0,0,-1']) {
      expect(parseView3d(bad), bad).toBeNull();
      expect(coerceValue('view3d', bad), bad).toEqual({ ok: false, reason: { code: 'view3d' } });
    }
    expect(coerceValue('view3d', '')).toEqual({ ok: true, value: '' });
  });

  it('normalises and round-trips through the URL; an old link without it still opens the framed view', () => {
    expect(coerceValue('view3d', '40.2,25,1.300')).toEqual({ ok: true, value: '40,25,1.3' });
    const r = parseQuery('?view=lattice&view3d=-35,20,1.5');
    expect(r.warnings).toEqual([]);
    expect(r.state.view3d).toBe('-35,20,1.5');
    expect(serializeState(r.state)).toBe('view3d=-35,20,1.5');
    expect(parseQuery('?view=lattice&cam=a').state.view3d).toBe('');
    expect(parseQuery('?view3d=oops').warnings).toEqual([{ code: 'refused', key: 'view3d', value: 'oops', reason: { code: 'view3d' } }]);
  });

  it('belongs to the lattice view: share links of the other views do not carry it', () => {
    expect(keysForView('lattice')).toContain('view3d');
    expect(keysForView('confinement')).not.toContain('view3d');
  });
});
