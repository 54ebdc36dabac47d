import { MATCH_END, MATCH_START } from '../../../../shared/domain/match-marks';

/** Splits backend-marked text (matches between \u0002 and \u0003) into plain and matched runs. */
export function splitMarked(text: string): { text: string; match: boolean }[] {
  const runs: { text: string; match: boolean }[] = [];
  let match = false;
  let current = '';
  for (const char of text) {
    if (char === MATCH_START || char === MATCH_END) {
      if (current) runs.push({ text: current, match });
      current = '';
      match = char === MATCH_START;
    } else {
      current += char;
    }
  }
  if (current) runs.push({ text: current, match });
  return runs;
}

/** Renders marked text with <mark> around the matches; the text stays text (never parsed as HTML). */
export function Marked({ text }: { text: string }) {
  return (
    <>
      {splitMarked(text).map((run, index) =>
        run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
      )}
    </>
  );
}
