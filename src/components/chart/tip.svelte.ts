/**
 * A chart's tooltip state, shared by the marks that show one (published points, measured ranges, device
 * cells): shown on hover and focus, toggled by Enter/Space, hidden by Escape, blur or leaving. Drawn by
 * ChartTip.svelte in the chart's overlay.
 */
export interface TipState {
  x: number;
  y: number;
  text: string;
}

export class ChartTipState {
  current = $state<TipState | null>(null);

  show(x: number, y: number, text: string): void {
    this.current = { x, y, text };
  }

  hide(): void {
    this.current = null;
  }

  /** Enter/Space show the text again (or hide it), Escape hides it. */
  key(e: KeyboardEvent, x: number, y: number, text: string): void {
    if (e.key === 'Escape') this.hide();
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (this.current) this.hide();
      else this.show(x, y, text);
    }
  }

  /** Event handlers of a mark whose tooltip sits at (x, y): focus, blur, pointer enter/leave, keys. */
  handlers(x: number, y: number, text: string) {
    return {
      onkeydown: (e: KeyboardEvent) => this.key(e, x, y, text),
      onfocus: () => this.show(x, y, text),
      onblur: () => this.hide(),
      onpointerenter: () => this.show(x, y, text),
      onpointerleave: () => this.hide(),
    };
  }
}
