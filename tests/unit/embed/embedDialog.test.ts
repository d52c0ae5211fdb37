// @vitest-environment jsdom
/**
 * The Embed dialog (src/components/EmbedDialog.svelte): shows both snippets for the current state, copies
 * them, is labelled, and closes through its callback.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, screen, fireEvent, cleanup } from '@testing-library/svelte';
import EmbedDialog from '../../../src/components/EmbedDialog.svelte';
import { AppState } from '../../../src/lib/state/appState.svelte';

afterEach(() => cleanup());

function setup(query = '?view=lattice&comp=CsPbI3&phase=orthorhombic') {
  const app = new AppState({ query });
  const onclose = vi.fn();
  const r = render(EmbedDialog, { props: { app, view: 'lattice', open: true, onclose, baseUrl: 'https://h.example/lab/' } });
  return { app, onclose, ...r };
}

describe('EmbedDialog', () => {
  it('is a dialog labelled by its title, with both snippets for the current state', () => {
    setup();
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog).toHaveAccessibleName('Embed this view');
    const iframe = screen.getByLabelText(/HTML code: as an iframe/i) as HTMLTextAreaElement;
    expect(iframe.value).toContain('src="https://h.example/lab/?view=lattice&amp;embed=1&amp;comp=CsPbI3&amp;phase=orthorhombic"');
    const element = screen.getByLabelText(/HTML code: as a custom element/i) as HTMLTextAreaElement;
    expect(element.value).toContain('<pqd-lattice comp="CsPbI3" phase="orthorhombic"></pqd-lattice>');
  });

  it('follows state changes', async () => {
    const { app } = setup();
    app.set('comp', 'FAPbI3');
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    const element = screen.getByLabelText(/HTML code: as a custom element/i) as HTMLTextAreaElement;
    expect(element.value).toContain('comp="FAPbI3"');
  });

  it('copies a snippet and says so in a live region', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    setup();
    await fireEvent.click(screen.getByRole('button', { name: /copy: as a custom element/i, hidden: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('<pqd-lattice'));
    expect(screen.getByRole('status', { hidden: true })).toHaveTextContent(/copied/i);
  });

  it('selects the code when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    setup();
    await fireEvent.click(screen.getByRole('button', { name: /copy: as an iframe/i, hidden: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByRole('status', { hidden: true })).toHaveTextContent(/ctrl\+c/i);
  });

  it('calls onclose from its close button', async () => {
    const { onclose } = setup();
    await fireEvent.click(screen.getByRole('button', { name: /close/i, hidden: true }));
    expect(onclose).toHaveBeenCalled();
  });
});
