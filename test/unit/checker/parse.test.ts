import { describe, expect, it } from 'vitest';
import { languageModel } from '../../../src/shared/checker/language/model';
import { checkOpener } from '../../../src/shared/checker/index';

describe('the language layer', () => {
  it('reads "I’m" as "I" and "’m", so the verb after it is a verb, at the offsets written', () => {
    // wink keeps "I'm" whole as a proper noun and reads "building" as a noun after it.
    checkOpener({ text: 'Hi.' }); // loads the model
    for (const text of [
      'Hi Ken. I’m building a tracker.',
      "Hi Ken. I'm building a tracker.",
      'I’M building it.',
    ]) {
      const { words } = languageModel().parse(text);
      const i = words.findIndex((w) => w.lower === 'i');
      expect(i, text).toBeGreaterThanOrEqual(0);
      const [me, am, verb] = [words[i]!, words[i + 1]!, words[i + 2]!];
      expect([me.pos, am.pos, am.lemma, verb.pos, verb.lemma], text).toEqual([
        'PRON',
        'AUX',
        'be',
        'VERB',
        'build',
      ]);
      expect(text.slice(me.start, me.end), text).toBe(me.text);
      expect(am.text, text).toMatch(/^'[mM]$/u);
      expect(text.slice(am.start, am.end), text).toMatch(/^['’][mM]$/u);
      expect(text.slice(verb.start, verb.end).toLowerCase(), text).toBe('building');
      expect(words.at(-1)!.end, text).toBe(text.length);
    }
  });

  it('keeps offsets right after several "I’m" and leaves other words alone', () => {
    const text = 'I’m Sam. I’m with Arden. Tim’s crew saw it; I’m sure.';
    const { words } = languageModel().parse(text);
    // Words are written with straight apostrophes (curly ones are read as straight).
    for (const w of words)
      expect(text.slice(w.start, w.end).replace(/’/gu, "'"), w.text).toBe(w.text);
    expect(words.filter((w) => w.lower === 'i')).toHaveLength(3);
    expect(words.some((w) => w.lower === 'tim' || w.lower === "tim's")).toBe(true);
  });
});
