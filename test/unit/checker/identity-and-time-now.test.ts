import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../src/shared/checker/index';
import { checkOpener } from '../../../src/shared/checker/index';

/**
 * Who is writing or calling, and requests for time right now, in wordings the cue lists do not
 * name. Each class pairs openers that have it with near misses that do not; the wording is our
 * own, not taken from any evaluation set.
 */
const email = (text: string): CheckInput => ({ text, mode: 'email', subject: 'your lane costs' });
const call = (text: string): CheckInput => ({ text, mode: 'call' });

const hasIdentity = (input: CheckInput): boolean => checkOpener(input).components.identity.present;
const asksTimeNow = (input: CheckInput): boolean =>
  checkOpener(input).findings.some((f) => f.category === 'permission');

const BODY =
  'Hi Dana,\nCarriers on your two busiest lanes raised detention 12% this quarter.\nCould we go through them Thursday at 10?';

describe('an email whose only signature is its sender’s address', () => {
  it('reads a person’s name at a company’s domain as who writes, and nothing else', () => {
    const body =
      'Hi Dana,\nCarriers on your two busiest lanes raised detention 12% this quarter. Email me at';
    expect(hasIdentity(email(`${body} sam@harbrookfreight.com to set up 20 minutes.`))).toBe(true);
    expect(hasIdentity(email(`${body} sam.lee@harbrook.co.uk to set up 20 minutes.`))).toBe(true);
    // A role names nobody; a free-mail domain names no company.
    expect(hasIdentity(email(`${body} sales@harbrookfreight.com to set up 20 minutes.`))).toBe(
      false,
    );
    expect(hasIdentity(email(`${body} samlee@gmail.com to set up 20 minutes.`))).toBe(false);
    // On a call the address is read aloud, not a signature.
    expect(hasIdentity(call(`${body} sam@harbrookfreight.com to set up 20 minutes.`))).toBe(false);
  });
});

describe('an email signed on its last line, with no sign-off word and no blank line', () => {
  it('reads a bare name, a name over a company, and a sender slot as the signature', () => {
    expect(hasIdentity(email(`${BODY}\nPriya`))).toBe(true);
    expect(hasIdentity(email(`${BODY}\nPriya Raman\nHarbrook Freight`))).toBe(true);
    expect(hasIdentity(email(`${BODY}\n{{sender_name}}\n{{sender_title}}`))).toBe(true);
    expect(hasIdentity(email(`${BODY}\n[Your name]\nP.S. The lane report is attached.`))).toBe(
      true,
    );
  });

  it('reads a first name the model takes for a verb, alone on its line, as the name', () => {
    expect(hasIdentity(email(`${BODY}\nRob\nHarbrook Freight`))).toBe(true);
    expect(hasIdentity(email(`${BODY}\nWill`))).toBe(true);
    // The line under it is then the sender's company: "Harbrook helps…" is about us.
    const pitch = email(
      'Hi Dana,\nHarbrook helps shippers audit detention invoices in plain English, without spreadsheets.\nCould we meet Thursday at 10?\nRob\nHarbrook',
    );
    expect(checkOpener(pitch).findings.some((f) => f.category === 'self_focus')).toBe(true);
  });

  it('reads a name followed by its title or company on the same line', () => {
    expect(hasIdentity(email(`${BODY}\nPriya Raman, Account Director`))).toBe(true);
    expect(hasIdentity(email(`${BODY}\nPriya Raman | Harbrook Freight`))).toBe(true);
  });

  it('does not read a closing question, a sentence, a sign-off or the recipient’s slot as a name', () => {
    expect(hasIdentity(email(`${BODY}\nKind Regards`))).toBe(false);
    expect(hasIdentity(email(`${BODY}\nThanks Again`))).toBe(false);
    expect(hasIdentity(email(`${BODY}\nWarm Regards`))).toBe(false);
    expect(hasIdentity(email(BODY))).toBe(false);
    expect(hasIdentity(email(`${BODY}\nInterested?`))).toBe(false);
    expect(hasIdentity(email(`${BODY}\nNo pressure either way.`))).toBe(false);
    expect(hasIdentity(email(`${BODY}\nCheers`))).toBe(false);
    expect(hasIdentity(email(`${BODY}\n[First Name]`))).toBe(false);
    expect(hasIdentity(email(`${BODY}\nBook a slot:\n{{calendar_link}}`))).toBe(false);
  });

  it('takes a name given in the text as enough in an email, but not on a call', () => {
    const text =
      'Hi Dana, this is Priya. Carriers raised detention 12% this quarter. Could we meet Thursday at 10?';
    expect(hasIdentity(email(text))).toBe(true);
    expect(hasIdentity(call(text))).toBe(false);
  });
});

describe('an email that names the company with no person', () => {
  it('reads "We are <Company>" and "I\'m with <Company>", not a description or a mood', () => {
    const ask = '\nCould we meet Thursday at 10?';
    expect(
      hasIdentity(email(`Hi Dana,\nWe are Harbrook Freight, a detention audit firm.${ask}`)),
    ).toBe(true);
    expect(
      hasIdentity(email(`Hi Dana,\nI’m with Harbrook Freight and we audit detention.${ask}`)),
    ).toBe(true);
    expect(hasIdentity(email(`Hi Dana,\nWe are a leading provider of freight audits.${ask}`))).toBe(
      false,
    );
    expect(hasIdentity(email(`Hi Dana,\nWe’re Excited to share our new report.${ask}`))).toBe(
      false,
    );
    expect(hasIdentity(email(`Hi Dana,\nI’m Curious how you handle detention.${ask}`))).toBe(false);
  });
});

describe('a caller who gives a role or the company apart from the name', () => {
  it('reads what the caller does for a living as the role', () => {
    expect(
      hasIdentity(
        call(
          'Hi Dana, I’m Priya Raman. I advise shippers on detention costs. Could we meet Thursday at 10?',
        ),
      ),
    ).toBe(true);
    // "I help you…" pitches to the prospect, and a past job is no present role.
    expect(
      hasIdentity(
        call('Hi Dana, this is Priya. I help you cut detention. Could we meet Thursday at 10?'),
      ),
    ).toBe(false);
    expect(
      hasIdentity(
        call(
          'Hi Dana, this is Priya. I saw your post. I helped a shipper cut detention last year.',
        ),
      ),
    ).toBe(false);
  });

  it('reads "I\'m a <role>" after the name as the role, but not a stranger or a fan', () => {
    expect(
      hasIdentity(call('Hi! My name is Priya Raman and I’m a freelance freight auditor.')),
    ).toBe(true);
    expect(
      hasIdentity(call('Dana, it is Priya Raman and I am a complete stranger, so bear with me.')),
    ).toBe(false);
    expect(hasIdentity(call('Hi Dana, I’m Priya Raman. I’m a big fan of your podcast.'))).toBe(
      false,
    );
  });

  it('reads the role as an apposition, a company set off by a dash, and "you\'re speaking with"', () => {
    expect(
      hasIdentity(
        call('Hi Dana, I’m Priya Raman, the freight auditor for your region. Rates rose.'),
      ),
    ).toBe(true);
    expect(hasIdentity(call('Dana? Hi, Priya Raman — Harbrook Freight. Rates rose 12%.'))).toBe(
      true,
    );
    expect(
      hasIdentity(call('Hi Dana, you’re speaking with Priya from Harbrook Freight. Rates rose.')),
    ).toBe(true);
    expect(
      hasIdentity(call('Hi Dana, it’s Priya Raman — I look after shipper accounts for the port.')),
    ).toBe(true);
    // A company that trails off is withheld, not given.
    expect(hasIdentity(call('Hi - this is Priya, from … Freight … . Rates rose 12%.'))).toBe(false);
  });

  it('reads a name and company after the prospect’s name with no comma between', () => {
    expect(hasIdentity(call('Hi Dana Priya Raman from Harbrook Freight. Rates rose 12%.'))).toBe(
      true,
    );
    // words that are no name do not become one for want of a comma
    expect(hasIdentity(call('Hi Dana we spoke with Harbrook Freight. Rates rose 12%.'))).toBe(
      false,
    );
  });

  it('reads a name and company that open a sentence of their own, but not the prospect’s name after a greeting', () => {
    const text =
      'mr. ibarra? sean walsh, cobalt fiber. your plant is on a copper line the carrier retires next spring.';
    expect(hasIdentity(call(text))).toBe(true);
    expect(hasIdentity(call('Dear Gary Mendell, since we talked last year our prices fell.'))).toBe(
      false,
    );
  });

  it('reads a name and company followed by the number to call back, in any case', () => {
    const voicemail = (intro: string): CheckInput => ({
      text: `${intro} Two break-ins on your park this spring came through your rear gate model. Let me show you on Friday at ten.`,
      mode: 'voicemail',
    });
    const intro = 'Hi Sam, Devon Clarke from Harbor Point Security, 555-0113.';
    expect(hasIdentity(voicemail(intro))).toBe(true);
    const { text } = voicemail(intro);
    expect(hasIdentity({ text: text.toLowerCase(), mode: 'voicemail' })).toBe(true);
    // The number alone places the caller nowhere.
    expect(hasIdentity(voicemail('Hi Sam, Devon Clarke, 555-0113.'))).toBe(false);
  });

  it('does not take a phone number or a filler for a company', () => {
    expect(
      hasIdentity(call('Hello, Dana. This is Priya Raman at 555-014-2222. I’m following up.')),
    ).toBe(false);
    expect(
      hasIdentity(call('Oh hey Dana, it’s just, uh… Priya Raman. Could we meet Thursday?')),
    ).toBe(false);
  });

  it('joins a name to the company said a turn later, a filler word and drawn blanks', () => {
    expect(
      hasIdentity(
        call(
          'Hi Dana, this is Priya. You weren’t expecting my call. … I’m calling from Harbrook Freight.',
        ),
      ),
    ).toBe(true);
    expect(hasIdentity(call('Hi Dana, it’s just Priya with Harbrook Freight.'))).toBe(true);
    expect(
      hasIdentity(call('Hello, this is __________ with ________. Carriers raised detention.')),
    ).toBe(true);
  });
});

describe('time right now, asked for without the listed phrases', () => {
  const intro = 'Hi Dana, Sam Lee from Arden Freight. ';
  it('finds help or attention for a moment, an indirect question, "that long" and a bare "OK?"', () => {
    for (const ask of [
      'Could you help me out for a second?',
      'I’m ringing to check whether you’re free to chat for a couple of minutes.',
      'Is this a decent time for a quick question?',
      'I’ll pitch you in 25 seconds. Do you have that long?',
      'I can say what we do in 20 seconds. OK?',
      'I wanted to see if you had a spare minute.',
      'Would you indulge me for thirty seconds?',
      'Want to hear why I called?',
      'Why don’t you talk to me about it now?',
      'Can I keep going?',
      'How’s your time right now?',
      'I’d love to grab 2 minutes of your time right now.',
      'Is right now okay for you?',
      'Do you have time for a quick chat right now?',
      'Can we chat for a bit?',
    ])
      expect(asksTimeNow(call(intro + ask)), ask).toBe(true);
  });

  it('leaves meetings, the market’s timing, descriptions and an email’s reply time alone', () => {
    for (const text of [
      'Could you help us for an hour on Tuesday at 10 to review the audit?',
      'Is this a good time for your team to lock in contract rates before May?',
      'Do you have a long list of carriers on that lane?',
      'Why don’t we talk about it Thursday at 10?',
      'I’m making a sales call, so I’ll understand if you want to hang up.',
      'I am certain I’m catching you at a bad time, but I’d like 20 minutes next week on your lanes.',
      'If you ever have a spare minute, the report is on our site.',
      'Could your team stop for a minute at each dock to scan? Could we meet Thursday at 10?',
      'I wondered whether your team had a minute-by-minute view of the docks.',
      'How much time do your drivers lose at the gate right now?',
      'We take 30 seconds per load to scan right now, and the data is yours.',
    ])
      expect(asksTimeNow(call(intro + text)), text).toBe(false);
    expect(
      asksTimeNow(
        email(`${BODY}\nIf you have 30 seconds to reply, tell me which lane hurts.\nSam`),
      ),
    ).toBe(false);
    expect(asksTimeNow(email(`${BODY}\nMind if I show you the lane data?\nSam`))).toBe(false);
    expect(
      asksTimeNow(email(`${BODY}\nCould you take a minute to look at the attached report?\nSam`)),
    ).toBe(false);
  });

  it('reads a bad-time statement that ends the turn as the question it is', () => {
    expect(asksTimeNow(call(`${intro}I’m probably catching you in the middle of something…`))).toBe(
      true,
    );
  });
});
