import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../src/shared/checker/index';
import { checkOpener } from '../../../src/shared/checker/index';

const READY =
  'Hi Priya, this is Dana Whitfield with Tidewater Freight. I’m calling because we benchmarked 60 distributors, and the ones that re-bid LTL lanes quarterly cut freight cost 11%. That would let your team lock lower rates before your Q3 contract. Could we take 20 minutes Thursday at 10 for a briefing on what we found?';

function severities(input: CheckInput, category: string): string[] {
  return checkOpener(input)
    .findings.filter((f) => f.category === category)
    .map((f) => f.severity);
}

describe('context changes the judgement', () => {
  it('familiar phrases block without prior contact and only inform with it', () => {
    for (const phrase of [
      'How have you been?',
      'Great to reconnect!',
      'As we discussed,',
      'I’m following up on our conversation.',
    ]) {
      const text = READY.replace('I’m calling because', `${phrase} I’m calling because`);
      expect(severities({ text }, 'deception'), phrase).toContain('block');
      const withHistory = { text, context: { priorContact: true } };
      expect(severities(withHistory, 'deception'), phrase).toEqual(
        expect.arrayContaining(['info']),
      );
      expect(severities(withHistory, 'deception'), phrase).not.toContain('block');
      expect(checkOpener(withHistory).verdict, phrase).toBe('ready');
    }
  });

  it('"X suggested I call" blocks when the plan has no referral on record', () => {
    const text = READY.replace(
      'I’m calling because',
      'Maria Lopez suggested I call. I’m calling because',
    );
    const noReferral = { referralOnRecord: false, priorContact: true };
    expect(severities({ text, context: noReferral }, 'deception')).toEqual(['block']);
    expect(severities({ text, context: { referralOnRecord: true } }, 'deception')).toEqual([
      'info',
    ]);
  });

  it('with no plan, a referral that names its source is not called invented; one by role only is', () => {
    // The label rule calls an invented referral deception; from the text alone a named referrer
    // is as likely real, and a plan says which it is.
    for (const named of ['Maria Lopez suggested I call.', '[Referrer Name] suggested I call.']) {
      const text = READY.replace('I’m calling because', `${named} I’m calling because`);
      expect(severities({ text }, 'deception'), named).toEqual([]);
    }
    for (const role of ['Your CFO suggested I call.', 'A colleague of yours told me to call.']) {
      const text = READY.replace('I’m calling because', `${role} I’m calling because`);
      expect(severities({ text }, 'deception'), role).toEqual(['block']);
    }
  });

  it('a Re: or Fwd: subject blocks an email unless there was a thread', () => {
    const body =
      'Hi Priya,\n\nOne in four distributors we benchmarked overpay 11% on LTL. That would let your team lock lower rates.\n\nCould we take 20 minutes Thursday at 10?\n\nDana';
    for (const subject of ['Re: LTL rates', 'Fwd: LTL rates', 'RE:LTL rates']) {
      const result = checkOpener({ text: body, subject, mode: 'email' });
      const fake = result.findings.find((f) => f.ruleId === 'deception.fake_reply_subject');
      expect(fake?.severity, subject).toBe('block');
      expect(fake && subject.slice(fake.start, fake.end).toLowerCase(), subject).toMatch(
        /^(re|fwd):$/,
      );
      expect(fake?.field).toBe('subject');
      expect(
        severities(
          { text: body, subject, mode: 'email', context: { priorContact: true } },
          'deception',
        ),
      ).toEqual(['info']);
    }
    // The same subject written as the text's first line.
    const inline = checkOpener({ text: `Subject: Re: LTL rates\n${body}` });
    expect(inline.mode).toBe('email');
    const fake = inline.findings.find((f) => f.ruleId === 'deception.fake_reply_subject');
    expect(fake?.field).toBe('text');
    expect(
      fake && inline.subject && `Subject: Re: LTL rates\n${body}`.slice(fake.start, fake.end),
    ).toBe('Re:');
  });

  it('a transactional plan does not need an insight', () => {
    const text =
      'Hi Tomás, this is Lee Chang with Harbor Supply. I’m calling because your pallet-wrap contract renews on the 30th, and renewing now keeps your current price. Could we take 10 minutes on Wednesday at 9?';
    // Without the flag a missing insight warns; it blocks only when the opener is a pitch about us.
    expect(severities({ text }, 'missing_insight')).toEqual(['warn']);
    expect(severities({ text, context: { transactional: true } }, 'missing_insight')).toEqual([]);
    expect(checkOpener({ text, context: { transactional: true } }).verdict).toBe('ready');
  });

  it('the plan’s insights make the insight reliable to find', () => {
    const text =
      'Hi Priya, this is Dana with Tidewater. I’m calling about quarterly LTL re-bids, so your team could lock lower rates. Could we take 20 minutes Thursday at 10?';
    expect(checkOpener({ text }).components.insight.present).toBe(false);
    const insights = [{ headline: 'Quarterly LTL re-bids cut freight cost 11%' }];
    const result = checkOpener({ text, context: { insights } });
    expect(result.components.insight.present).toBe(true);
    expect(severities({ text, context: { insights } }, 'missing_insight')).toEqual([]);
  });

  it('the rep’s name and company identify them even in an unusual wording', () => {
    const text = READY.replace(
      'this is Dana Whitfield with Tidewater Freight',
      'Dana here — Tidewater Freight, the LTL people',
    );
    expect(
      checkOpener({ text, context: { repName: 'Dana Whitfield', repCompany: 'Tidewater Freight' } })
        .components.identity.present,
    ).toBe(true);
    const anonymous = READY.replace(
      'this is Dana Whitfield with Tidewater Freight',
      'I’m with Tidewater Freight',
    );
    // A missing name warns; with the reason missing too, two of who/why/ask are gone and it blocks.
    expect(severities({ text: anonymous }, 'missing_identity')).toEqual(['warn']);
    const noReason =
      'Hi Priya. I’m with Tidewater Freight. Could we take 20 minutes Thursday at 10?';
    expect(severities({ text: noReason }, 'missing_identity')).toEqual(['block']);
  });

  it('the rep’s pace sets the speaking time and the 30-second limit', () => {
    const long = `${READY} ${'Distributors in Ohio and Indiana saw the largest gap between contract and spot rates this spring.'.repeat(3)}`;
    const normal = checkOpener({ text: long });
    expect(normal.stats.wpm).toBe(150);
    expect(normal.stats.seconds).toBeCloseTo((normal.stats.words / 150) * 60, 1);
    expect(severities({ text: long }, 'length')).toContain('warn');
    const fast = checkOpener({ text: long, context: { wpm: 260 } });
    expect(fast.stats.seconds).toBeLessThan(normal.stats.seconds);
    expect(fast.findings.filter((f) => f.ruleId === 'length.too_long')).toEqual([]);
  });

  it('an email needs no spoken identity, and an insight with an ask carries the reason and benefit', () => {
    const text =
      'Hi Priya,\n\nOne in four distributors we benchmarked overpay 11% on LTL.\n\nCould we take 20 minutes Thursday at 10?\n\nDana';
    const email = checkOpener({ text, subject: 'LTL overpayment', mode: 'email' });
    expect(email.findings.filter((f) => f.category === 'missing_identity')).toEqual([]);
    expect(email.components.reason.present).toBe(true);
    expect(email.components.benefit.present).toBe(true);
    expect(email.verdict).toBe('ready');
    const bare = checkOpener({
      text: 'Hi Priya,\n\nHope all is well.\n\nCould we take 20 minutes Thursday at 10?\n\nDana',
      subject: 'Quick question',
      mode: 'email',
    });
    expect(bare.findings.find((f) => f.category === 'missing_reason')?.severity).toBe('warn');
    const call = checkOpener({ text, mode: 'call' });
    expect(call.findings.find((f) => f.category === 'missing_identity')?.severity).toBe('warn');
  });
});

describe('stats, verdict and score', () => {
  it('counts words, pronouns and questions', () => {
    const stats = checkOpener({
      text: 'We think our tool helps. Do you see it? Your team would.',
    }).stats;
    expect(stats.words).toBe(12);
    expect(stats.iWeOur).toBe(2);
    expect(stats.youYour).toBe(2);
    expect(stats.questions).toBe(1);
    expect(stats.sentences).toBe(3);
    expect(stats.readingGrade).toBeGreaterThanOrEqual(0);
  });

  it('keeps the score consistent with the verdict', () => {
    const blocked = checkOpener({ text: 'Is now a good time?' });
    expect(blocked.verdict).toBe('blocked');
    expect(blocked.score).toBeLessThanOrEqual(49);
    const warned = checkOpener({
      text: READY.replace('I’m calling because', 'Honestly, I’m calling because'),
    });
    expect(warned.verdict).toBe('needs_work');
    expect(warned.score).toBeGreaterThan(49);
    expect(warned.score).toBeLessThanOrEqual(84);
    expect(checkOpener({ text: READY }).score).toBe(100);
  });

  it('is deterministic', () => {
    const input = { text: READY.replace('Hi Priya,', 'Hi Priya, is now a good time?') };
    expect(JSON.stringify(checkOpener(input))).toBe(JSON.stringify(checkOpener(input)));
  });
});
