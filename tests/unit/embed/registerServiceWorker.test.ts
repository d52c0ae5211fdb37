/** The service worker is feature-detected without throwing (sandboxed iframes: issue #14). */
import { describe, it, expect } from 'vitest';
import { serviceWorkerContainer } from '../../../src/embed/registerServiceWorker';

describe('serviceWorkerContainer', () => {
  it('returns null when reading navigator.serviceWorker throws (sandbox without allow-same-origin)', () => {
    const nav = {} as Navigator;
    Object.defineProperty(nav, 'serviceWorker', {
      get() {
        throw new DOMException("Failed to read the 'serviceWorker' property from 'Navigator': The document is sandboxed", 'SecurityError');
      },
    });
    expect(() => serviceWorkerContainer(nav)).not.toThrow();
    expect(serviceWorkerContainer(nav)).toBeNull();
  });

  it('returns null without a navigator or a service worker, and the container when there is one', () => {
    expect(serviceWorkerContainer(undefined)).toBeNull();
    expect(serviceWorkerContainer({} as Navigator)).toBeNull();
    const container = { controller: null } as unknown as ServiceWorkerContainer;
    expect(serviceWorkerContainer({ serviceWorker: container } as unknown as Navigator)).toBe(container);
  });
});
