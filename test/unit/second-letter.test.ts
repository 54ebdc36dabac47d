import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/main/db/fts-query';
import { awaitsSecondLetter } from '../../src/shared/domain/search-box';

describe('search boxes wait for a second letter', () => {
  it('holds a lone letter or digit still being typed, with or without an accent', () => {
    for (const text of ['p', ' p', 'é', 'e\u0301', '7'])
      expect(awaitsSecondLetter(text), text).toBe(true);
    for (const text of ['', 'pr', 'p ', 'a b', '-', '🙂'])
      expect(awaitsSecondLetter(text), text).toBe(false);
  });

  it('agrees with the backend, which leaves that letter out of the query', () => {
    for (const text of ['p', ' p', 'é', '7']) expect(searchTerms(text), text).toBeNull();
    expect(searchTerms('pr')).toEqual({ words: ['pr'], lastIsPrefix: true });
  });
});
