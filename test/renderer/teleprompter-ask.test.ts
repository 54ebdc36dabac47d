import { describe, expect, it } from 'vitest';
import { askOf } from '../../src/renderer/src/features/calls/Teleprompter';
import { checkOpener } from '../../src/shared/checker';

/** The ask the live call marks, from the checker's result on the opener as dialed. */
const ask = (opener: string) => askOf({ opener, checkResult: checkOpener({ text: opener }) });

describe('the ask marked on the live call', () => {
  it('is the asking sentence alone, whether the sentence before ends with a space or a line break', () => {
    const lines =
      'Hi Dana, this is Sam Ortiz with Lanewise. Shippers your size recover 7% of accessorial spend.\nFor Harbor Freight Partners that is likely six figures a year.\nCould we take 20 minutes on Thursday at 10 so I can walk you through it?';
    expect(ask(lines)).toBe(
      'Could we take 20 minutes on Thursday at 10 so I can walk you through it?',
    );
    expect(ask(lines.replaceAll('\n', ' '))).toBe(
      'Could we take 20 minutes on Thursday at 10 so I can walk you through it?',
    );
  });
});
