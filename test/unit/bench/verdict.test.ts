import { describe, expect, it } from 'vitest';
import { peakLoad, targetVerdict } from '../../../bench/lib/verdict';

describe('a bench target verdict', () => {
  it('follows the figure while the load average stays within the core count', () => {
    expect(targetVerdict(true, { before: 0.5, after: 2 }, 2)).toBe('met');
    expect(targetVerdict(false, { before: 0.5, after: 1.2 }, 2)).toBe('NOT met');
  });

  it('is never met when the load average before or after the section exceeded the core count', () => {
    expect(targetVerdict(true, { before: 2.01, after: 0.3 }, 2)).toBe(
      'UNRELIABLE (load 2.0 > cores 2)',
    );
    expect(targetVerdict(true, { before: 0.3, after: 9.83 }, 2)).toBe(
      'UNRELIABLE (load 9.8 > cores 2)',
    );
    expect(targetVerdict(false, { before: 5, after: 4 }, 4)).toBe(
      'UNRELIABLE (load 5.0 > cores 4)',
    );
  });

  it('takes the higher of the two readings as the load the section ran under', () => {
    expect(peakLoad({ before: 1.5, after: 3.25 })).toBe(3.25);
  });
});
