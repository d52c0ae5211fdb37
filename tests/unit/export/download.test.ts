// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_MIME, chartSize, chartSvgText, downloadBlob, downloadText, fileStem } from '../../../src/lib/export/download';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Captures what a download click would save: the object URL's blob and the link's file name. */
function captureDownloads(): { saved: { name: string; blob: Blob }[]; revoked: string[] } {
  const saved: { name: string; blob: Blob }[] = [];
  const revoked: string[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = vi.fn((b: Blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, b);
    return url;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn((u: string) => void revoked.push(u)) as typeof URL.revokeObjectURL;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`clicked a link to an unknown URL ${this.href}`);
    saved.push({ name: this.download, blob });
  });
  return { saved, revoked };
}

describe('downloadBlob', () => {
  it('clicks a hidden link to the blob with the file name, removes it and revokes the URL a second later', () => {
    vi.useFakeTimers();
    const { saved, revoked } = captureDownloads();
    const blob = new Blob(['a,b\r\n'], { type: EXPORT_MIME.csv });
    downloadBlob(blob, 'x.csv');
    expect(saved).toEqual([{ name: 'x.csv', blob }]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(revoked).toEqual(['blob:test/0']);
  });

  it('downloadText names the file by kind and sets its media type', async () => {
    const { saved } = captureDownloads();
    downloadText('h\r\n1\r\n', 'csv', 'curves');
    downloadText('<svg/>', 'svg', 'plot');
    downloadText('data_x', 'cif', 'CsPbBr3');
    expect(saved.map((s) => [s.name, s.blob.type])).toEqual([
      ['curves.csv', 'text/csv;charset=utf-8'],
      ['plot.svg', 'image/svg+xml'],
      ['CsPbBr3.cif', 'chemical/x-cif'],
    ]);
    expect(await saved[0].blob.text()).toBe('h\r\n1\r\n');
  });
});

describe('fileStem', () => {
  it('keeps only file-name-safe characters', () => {
    expect(fileStem('Cs0.5FA0.5PbI3')).toBe('Cs0.5FA0.5PbI3');
    expect(fileStem('CsPb(Br/I)₃ dot')).toBe('CsPbBrIdot');
  });
  it('falls back when nothing is left', () => {
    expect(fileStem('₃ /')).toBe('structure');
    expect(fileStem('', 'chart')).toBe('chart');
  });
});

describe('chartSize / chartSvgText', () => {
  function svgEl(w: string | null, h: string | null): SVGSVGElement {
    const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    if (w !== null) el.setAttribute('width', w);
    if (h !== null) el.setAttribute('height', h);
    el.innerHTML = '<path d="M0,0L1,1"/>';
    return el;
  }
  it('reads the width and height attributes', () => {
    expect(chartSize(svgEl('640', '400.5'))).toEqual({ width: 640, height: 400.5 });
  });
  it('refuses a chart without a positive size', () => {
    expect(() => chartSize(svgEl(null, '400'))).toThrow(RangeError);
    expect(() => chartSize(svgEl('0', '400'))).toThrow(RangeError);
    expect(() => chartSize(svgEl('abc', '400'))).toThrow(RangeError);
  });
  it('serialises a standalone SVG on a white background when the theme names no surface', () => {
    const el = svgEl('200', '100');
    document.body.append(el);
    const text = chartSvgText(el);
    el.remove();
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toMatch(/<rect x="0" y="0" width="200" height="100" fill="#ffffff"/);
    expect(text).toContain('<path d="M0,0L1,1"');
  });
});
