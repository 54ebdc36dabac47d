import { describe, expect, it } from 'vitest';
import { fuzzyScore } from '../../src/renderer/src/app/commands/fuzzy';
import { eventStep, parseShortcut, shortcutLabels } from '../../src/renderer/src/app/commands/keys';
import { CommandRegistry, isActive, screenOf } from '../../src/renderer/src/app/commands/registry';
import type { Command } from '../../src/renderer/src/app/commands/types';

/** A keydown as the browser reports it (these tests run off-Mac: mod is Ctrl). */
const press = (key: string, modifiers: Partial<KeyboardEvent> = {}) =>
  eventStep({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  } as KeyboardEvent);

describe('shortcuts', () => {
  it('matches what the keyboard sends to what a declaration says', () => {
    expect(parseShortcut('mod+k')).toEqual([press('k', { ctrlKey: true })]);
    expect(parseShortcut('mod+k')).toEqual([press('K', { ctrlKey: true, shiftKey: false })]);
    expect(parseShortcut('g p')).toEqual([press('g'), press('p')]);
    // "?" is Shift+/ on most layouts; the character is what counts.
    expect(parseShortcut('?')).toEqual([press('?', { shiftKey: true })]);
    expect(parseShortcut('enter')).toEqual([press('Enter')]);
  });

  it('keeps apart keys a user would not confuse', () => {
    expect(parseShortcut('n')).not.toEqual([press('N', { shiftKey: true })]);
    expect(parseShortcut('n')).not.toEqual([press('n', { ctrlKey: true })]);
    expect(parseShortcut('mod+k')).not.toEqual([press('k', { metaKey: true })]);
    expect(parseShortcut('enter')).not.toEqual([press('Enter', { shiftKey: true })]);
    expect(press('Shift', { shiftKey: true })).toBeNull();
  });

  it('shows keys as they are printed on the keyboard', () => {
    expect(shortcutLabels('mod+k')).toEqual([['Ctrl', 'K']]);
    expect(shortcutLabels('g p')).toEqual([['g'], ['p']]);
    expect(shortcutLabels('enter')).toEqual([['Enter']]);
    expect(shortcutLabels('mod++')).toEqual([['Ctrl', '+']]);
  });
});

describe('fuzzyScore', () => {
  const titles = [
    'Show keyboard shortcuts',
    'Go to Settings',
    'Go to Prospects',
    'Search prospects',
    'New prospect',
  ];
  const rank = (query: string) =>
    titles
      .map((title) => ({ title, score: fuzzyScore(query, title) }))
      .filter((entry) => entry.score !== null)
      .sort((a, b) => b.score! - a.score!)
      .map((entry) => entry.title);

  it('puts the command people mean first', () => {
    expect(rank('sett')[0]).toBe('Go to Settings');
    expect(rank('new')[0]).toBe('New prospect');
    expect(rank('search pro')[0]).toBe('Search prospects');
    expect(rank('gtp')[0]).toBe('Go to Prospects');
  });

  it('drops what does not contain the letters in order', () => {
    expect(fuzzyScore('xyz', 'Go to Settings')).toBeNull();
    expect(fuzzyScore('ttes', 'Go to Settings')).toBeNull();
    expect(fuzzyScore('', 'anything')).toBe(0);
  });
});

describe('CommandRegistry', () => {
  const command = (id: string, extra: Partial<Command> = {}): Command => ({
    id,
    title: id,
    section: 'Test',
    run: () => {},
    ...extra,
  });

  it('lists a screen’s commands only while they are registered, newest last', () => {
    const registry = new CommandRegistry();
    let notified = 0;
    registry.subscribe(() => notified++);
    registry.register([command('go.a'), command('go.b')]);
    const unregister = registry.register([command('screen.x'), command('go.a', { title: 'A2' })]);
    expect(registry.getSnapshot().map((c) => c.id)).toEqual(['go.b', 'screen.x', 'go.a']);
    expect(registry.getSnapshot().find((c) => c.id === 'go.a')!.title).toBe('A2');
    unregister();
    expect(registry.getSnapshot().map((c) => c.id)).toEqual(['go.a', 'go.b']);
    expect(registry.getSnapshot().find((c) => c.id === 'go.a')!.title).toBe('go.a');
    expect(notified).toBe(3);
  });

  it('applies `when` to the screen on view and `enabled` to the moment', () => {
    expect(screenOf('/prospects/12')).toBe('prospects');
    expect(screenOf('/')).toBe('');
    expect(isActive(command('a', { when: 'prospects' }), 'prospects')).toBe(true);
    expect(isActive(command('a', { when: 'prospects' }), 'settings')).toBe(false);
    expect(isActive(command('a', { enabled: false }), 'prospects')).toBe(false);
    expect(isActive(command('a'), 'anything')).toBe(true);
  });
});
