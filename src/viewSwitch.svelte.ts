/**
 * Calls `onView` after the app's view changes (not for the view it starts with): src/main.ts uses it to hand
 * the page over to another view's bundle (issue #15). Returns a function that stops watching.
 */
import type { AppState } from './lib/state/appState.svelte';
import type { ViewId } from './lib/state/schema';

export function watchView(app: AppState, onView: (view: ViewId) => void): () => void {
  let last = app.values.view;
  return $effect.root(() => {
    $effect(() => {
      const view = app.values.view;
      if (view === last) return;
      last = view;
      onView(view);
    });
  });
}
