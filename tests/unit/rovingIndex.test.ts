import { describe, it, expect } from 'vitest';
import { rovingIndex } from '../../src/components/rovingIndex';

describe('rovingIndex (WAI-ARIA roving tabindex)', () => {
  const down = ['ArrowDown', 'ArrowRight'] as const;
  it('moves forward and back with wrap-around', () => {
    expect(rovingIndex('ArrowDown', 0, 3, down)).toBe(1);
    expect(rovingIndex('ArrowRight', 2, 3, down)).toBe(0);
    expect(rovingIndex('ArrowUp', 0, 3, down)).toBe(2);
    expect(rovingIndex('ArrowLeft', 1, 3, down)).toBe(0);
  });
  it('honours the forward keys of a scatter (right and up)', () => {
    expect(rovingIndex('ArrowUp', 0, 3, ['ArrowRight', 'ArrowUp'])).toBe(1);
    expect(rovingIndex('ArrowDown', 0, 3, ['ArrowRight', 'ArrowUp'])).toBe(2);
  });
  it('Home, End, Escape and other keys', () => {
    expect(rovingIndex('Home', 2, 3, down)).toBe(0);
    expect(rovingIndex('End', 0, 3, down)).toBe(2);
    expect(rovingIndex('Escape', 1, 3, down)).toBe('blur');
    expect(rovingIndex('a', 1, 3, down)).toBeNull();
    expect(rovingIndex('ArrowDown', 0, 0, down)).toBeNull();
  });
});
