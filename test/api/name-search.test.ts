import { describe, expect, it } from 'vitest';
import { apiHarness } from '../helpers/api';

describe('finding a prospect by a name with an elided article', () => {
  it('finds O’Brien and D’Angelo typed as one word, whole or as a prefix, in the list and the palette', async () => {
    const { call } = apiHarness();
    for (const name of ["Aoife O'Brien", 'Marco D’Angelo', 'Olivia Brennan', 'Dara Obi'])
      await call('prospects:create', { name, company: 'Harbor Co' });
    const list = async (query: string) =>
      (await call('prospects:list', { query, limit: 50 })).items.map((p) => p.name).sort();

    expect(await list('obrien')).toEqual(["Aoife O'Brien"]);
    expect(await list('obri')).toEqual(["Aoife O'Brien"]);
    expect(await list("o'brien")).toEqual(["Aoife O'Brien"]);
    expect(await list('dangelo')).toEqual(['Marco D’Angelo']);
    // Beside other words, before them or after.
    expect(await list('aoife obrien')).toEqual(["Aoife O'Brien"]);
    expect(await list('obrien harbor')).toEqual(["Aoife O'Brien"]);
    // A word that only looks like one is still itself.
    expect(await list('olivia')).toEqual(['Olivia Brennan']);
    expect(await list('brennan obi')).toEqual([]);
    // Hostile input stays inert.
    expect(await list('o" OR "x')).toEqual([]);

    const palette = await call('search:global', { query: 'obrien', limit: 5 });
    expect(palette.prospects.map((hit) => hit.id)).toHaveLength(1);
  });
});
