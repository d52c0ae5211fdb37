import { describe, expect, it } from 'vitest';
import { parseIdList, parsePlacementList, serializeIdList, serializePlacementList } from '../../../src/lib/surface/tokens';

describe('vac / lig tokens', () => {
  it('round-trips', () => {
    expect(parseIdList('x3,a5').items).toEqual(['x3', 'a5']);
    expect(serializeIdList(parseIdList('x3,a5').items)).toBe('x3,a5');
    const p = parsePlacementList('oam@p3,oa@x7');
    expect(p.items).toEqual([
      { ligandId: 'oam', siteId: 'p3' },
      { ligandId: 'oa', siteId: 'x7' },
    ]);
    expect(serializePlacementList(p.items)).toBe('oam@p3,oa@x7');
  });
  it('empty is empty; malformed tokens are dropped with a reason', () => {
    expect(parseIdList('').items).toEqual([]);
    expect(parsePlacementList('').items).toEqual([]);
    const p = parsePlacementList('oam@p3,oam,@x1,a@b@c,ok@x2');
    expect(p.items.map((i) => i.siteId)).toEqual(['p3', 'x2']);
    expect(p.dropped.map((d) => d.token)).toEqual(['oam', '@x1', 'a@b@c']);
    expect(parseIdList('x1,,x-2').dropped).toEqual([{ token: 'x-2', reason: expect.any(String) }]);
  });
});
