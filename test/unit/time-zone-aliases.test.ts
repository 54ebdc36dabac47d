import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../src/shared/domain/fields';
import { matchZones, resolveZone } from '../../src/shared/domain/time-zones';

describe('the time-zone picker understands what reps call a zone', () => {
  it('resolves regions, abbreviations and big cities with no zone of their own', () => {
    expect(resolveZone('Eastern')).toBe('America/New_York');
    expect(resolveZone('EST')).toBe('America/New_York');
    expect(resolveZone('cst')).toBe('America/Chicago');
    expect(resolveZone('Pacific time')).toBe('America/Los_Angeles');
    expect(resolveZone('Montréal')).toBe('America/Toronto');
    expect(resolveZone('Quebec')).toBe('America/Toronto');
    expect(resolveZone('Dallas')).toBe('America/Chicago');
    expect(['Asia/Kolkata', 'Asia/Calcutta']).toContain(resolveZone('Mumbai'));
    // A zone's own name and a city only one zone has still work; an unknown word does not.
    expect(resolveZone('america/chicago')).toBe('America/Chicago');
    expect(resolveZone('Chicago')).toBe('America/Chicago');
    expect(resolveZone('Atlantis')).toBeNull();
  });

  it('lists the aliased zone first while the rep types, and every alias names a real zone', () => {
    expect(matchZones('Eas')[0]).toBe('America/New_York');
    expect(matchZones('EST')[0]).toBe('America/New_York');
    expect(matchZones('montr')[0]).toBe('America/Toronto');
    for (const word of ['eastern', 'central', 'mountain', 'pacific', 'gmt', 'cet', 'ist', 'aest']) {
      const zone = resolveZone(word);
      expect(zone, word).not.toBeNull();
      expect(isValidTimeZone(zone!), word).toBe(true);
    }
  });
});
