// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isOnControl, isTyping } from '../../src/renderer/src/app/commands/keys';

/** A key event as the dispatcher sees it, coming from `target`. */
function keyFrom(target: HTMLElement, key: string): KeyboardEvent {
  document.body.append(target);
  let seen: KeyboardEvent | null = null;
  target.addEventListener('keydown', (event) => (seen = event), { once: true });
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  target.remove();
  return seen!;
}

const input = (type: string) => Object.assign(document.createElement('input'), { type });

describe('where a plain key is a shortcut', () => {
  it('leaves letters to text fields, but not to a checkbox, which takes none', () => {
    expect(isTyping(keyFrom(input('text'), 'c'))).toBe(true);
    expect(isTyping(keyFrom(input('search'), 'c'))).toBe(true);
    expect(isTyping(keyFrom(document.createElement('textarea'), 'c'))).toBe(true);
    expect(isTyping(keyFrom(input('radio'), 'ArrowDown'))).toBe(true);
    expect(isTyping(keyFrom(input('checkbox'), 'c'))).toBe(false);
    expect(isTyping(keyFrom(document.createElement('button'), 'c'))).toBe(false);
  });

  it('leaves Space and Enter to a focused checkbox, button or link', () => {
    expect(isOnControl(keyFrom(input('checkbox'), ' '))).toBe(true);
    expect(isOnControl(keyFrom(document.createElement('button'), ' '))).toBe(true);
    expect(isOnControl(keyFrom(document.createElement('div'), ' '))).toBe(false);
  });
});
