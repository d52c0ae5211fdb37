// Shared Vitest setup: jest-dom matchers for component tests (harmless in node tests).
import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver (Svelte's bind:clientWidth and the charts use it): a no-op stand-in, so sizes
// stay at their defaults. Tests that need resizes stub their own.
if (typeof window !== 'undefined' && !('ResizeObserver' in globalThis)) {
  (globalThis as Record<string, unknown>).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
