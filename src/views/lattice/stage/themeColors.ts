/**
 * The 3D view's colours, read from the theme's CSS custom properties on the canvas's element (the element
 * colours, the axis colours, background and accent), with the light theme's values as fallbacks; `dark`
 * when the background is dark (the scene then lightens its shading).
 */
import { Color } from 'three';
import type { ThemeColors } from './types';

export function readThemeColors(el: Element): ThemeColors {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string): Color => {
    const raw = cs.getPropertyValue(name).trim();
    const c = new Color();
    try {
      c.setStyle(raw || fallback);
    } catch {
      c.setStyle(fallback);
    }
    return c;
  };
  const background = v('--bg', '#f6f7f9');
  const hsl = { h: 0, s: 0, l: 0 };
  background.getHSL(hsl);
  const dark = hsl.l < 0.4;
  return {
    background,
    A: v('--el-a', '#8a63d2'),
    B: v('--el-b', '#3d4a5c'),
    X: v('--el-x', '#e69f00'),
    line: v('--muted', '#4d5561'),
    accent: v('--focus', '#c2410c'),
    axisA: v('--oi-vermillion', '#d55e00'),
    axisB: v('--oi-green', '#009e73'),
    axisC: v('--oi-blue', '#0072b2'),
    dark,
  };
}
