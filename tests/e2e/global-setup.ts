/**
 * Fails loudly when Chromium does not render WebGL through SwiftShader (then every 3D test would be
 * meaningless): launches the browser once and reads the unmasked renderer string.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export default async function globalSetup(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL 2';
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
    if (!/swiftshader/i.test(renderer)) {
      throw new Error(`Chromium does not render WebGL through SwiftShader (renderer: ${renderer}). See tests/e2e/chromium.ts.`);
    }
  } finally {
    await browser.close();
  }
}
