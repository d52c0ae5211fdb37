/**
 * Which keys reach the shortcuts (issue #13): suspended only while a text field has focus (every key) or a
 * control that needs the key itself (arrows on a slider, radio, tab or the 3D view; Space/Enter on a
 * button); never after a click on a button, chip, radio, checkbox or slider for letters and digits.
 */
import { describe, expect, it, vi } from 'vitest';
import { ShortcutRegistry, isTextEntry, keyIsForControl } from '../../../src/components/shortcuts.svelte';

function el(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
}

describe('keyIsForControl', () => {
  it('gives every key to text fields, text areas, selects and editable regions', () => {
    for (const html of ['<input>', '<input type="text">', '<input type="number">', '<input type="search">', '<textarea></textarea>', '<select></select>', '<div contenteditable="true"></div>', '<div role="textbox"></div>']) {
      const t = el(html);
      expect(isTextEntry(t), html).toBe(true);
      for (const key of ['s', 'f', '1', '?', 'ArrowLeft']) expect(keyIsForControl(key, t), `${html} ${key}`).toBe(true);
    }
  });

  it('lets letters, digits and ? through after a click on a button, chip, radio, checkbox or slider', () => {
    for (const html of ['<button>chip</button>', '<input type="radio">', '<input type="checkbox">', '<input type="range">', '<div role="slider" tabindex="0"></div>', '<div role="application" tabindex="0"></div>']) {
      const t = el(html);
      expect(isTextEntry(t), html).toBe(false);
      for (const key of ['s', 'f', 'p', '1', '2', '3', '?', ']']) expect(keyIsForControl(key, t), `${html} ${key}`).toBe(false);
    }
  });

  it('keeps the navigation keys for sliders, radios, tabs and the 3D view, and Space/Enter for buttons', () => {
    for (const html of ['<input type="range">', '<input type="radio">', '<div role="slider"></div>', '<button role="tab"></button>', '<div role="application"></div>']) {
      for (const key of ['ArrowLeft', 'ArrowDown', 'Home', 'End', 'PageDown']) expect(keyIsForControl(key, el(html)), `${html} ${key}`).toBe(true);
    }
    expect(keyIsForControl('ArrowDown', el('<button>plain</button>'))).toBe(false);
    expect(keyIsForControl(' ', el('<button>b</button>'))).toBe(true);
    expect(keyIsForControl('Enter', el('<input type="checkbox">'))).toBe(true);
    expect(keyIsForControl(' ', document.body)).toBe(false);
    expect(keyIsForControl('s', null)).toBe(false);
  });
});

describe('ShortcutRegistry.handle', () => {
  function press(key: string, target: Element): KeyboardEvent {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    Object.defineProperty(e, 'target', { value: target });
    return e;
  }
  it('runs a shortcut after a checkbox click but not while typing', () => {
    const r = new ShortcutRegistry();
    const run = vi.fn();
    r.register([{ key: 's', description: 'share', group: 'g', run }]);
    expect(r.handle(press('s', el('<input type="checkbox">')))).toBe(true);
    expect(r.handle(press('S', el('<button>x</button>')))).toBe(true);
    expect(r.handle(press('s', el('<input type="text">')))).toBe(false);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
