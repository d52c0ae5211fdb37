/**
 * The shell with the site's lazy registry (issue #15): a view missing from VIEW_COMPONENTS is asked for once
 * and shown when it arrives; a dialog is loaded on its first opening and then shown open. The registry and
 * dialog modules are replaced here by lazy stand-ins, as the site build replaces them (lazyModules).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, cleanup, fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';

const calls = vi.hoisted(() => ({ views: [] as string[], dialogs: [] as string[] }));

vi.mock('../../../src/views/registry', async () => {
  const Stub = (await import('./fixtures/StubView.svelte')).default;
  const VIEW_COMPONENTS: Record<string, unknown> = {};
  return {
    VIEW_COMPONENTS,
    loadView: (v: string) => {
      calls.views.push(v);
      return new Promise((r) => setTimeout(() => r((VIEW_COMPONENTS[v] = Stub)), 5));
    },
  };
});
vi.mock('../../../src/components/dialogs', async () => {
  const Stub = (await import('./fixtures/StubDialog.svelte')).default;
  const DIALOGS: Record<string, unknown> = {};
  return {
    DIALOGS,
    loadDialog: (d: string) => {
      calls.dialogs.push(d);
      return new Promise((r) => setTimeout(() => r((DIALOGS[d] = Stub)), 5));
    },
  };
});

const { default: App } = await import('../../../src/App.svelte');
const { AppState } = await import('../../../src/lib/state/appState.svelte');

afterEach(() => cleanup());

describe('App with views and dialogs loaded on demand', () => {
  it('shows the view once it has loaded, asks for each view once, loads a dialog when first opened', async () => {
    const app = new AppState({ query: '?view=confinement' });
    render(App, { props: { app } });
    expect(screen.queryByTestId('stub-view')).toBeNull();
    expect(await screen.findByTestId('stub-view')).toBeTruthy();
    expect(calls.views).toEqual(['confinement']);

    app.set('view', 'ligands');
    await tick();
    expect(await screen.findByTestId('stub-view')).toBeTruthy();
    app.set('view', 'confinement');
    await tick();
    expect(calls.views).toEqual(['confinement', 'ligands']);

    expect(calls.dialogs).toEqual([]);
    await fireEvent.keyDown(window, { key: 's' });
    expect(await screen.findByTestId('stub-dialog')).toBeTruthy();
    expect(calls.dialogs).toEqual(['share']);
  });
});
