import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../src/shared/checker/index';
import { checkOpener } from '../../../src/shared/checker/index';

/**
 * Bad habits read by intent, as the label rule (shared/OPENER-LABELS.md) reads them. Each case is a
 * class of wording, not one sentence: the rule examples in the catalog cover the phrasings.
 */
const INTRO = 'Hi Priya, this is Dana Whitfield with Tidewater Freight.';
const ASK = 'Could we take 20 minutes Thursday at 10?';

function ruleIds(input: CheckInput): string[] {
  return checkOpener(input).findings.map((f) => f.ruleId);
}

function categories(input: CheckInput): string[] {
  return checkOpener(input).findings.map((f) => f.category);
}

describe('boilerplate value', () => {
  const boilerplate = `${INTRO} I’m calling because we help you save time and money on freight. ${ASK}`;

  it('is a missing benefit, not a weak offer, and it blocks when nothing else is for the contact', () => {
    const result = checkOpener({ text: boilerplate });
    expect(result.findings.map((f) => f.ruleId)).toContain('missing_benefit.boilerplate');
    expect(result.findings.some((f) => f.category === 'weak_value')).toBe(false);
    expect(result.verdict).toBe('blocked');
  });

  it('is not flagged when an insight carries the number', () => {
    const text = `${INTRO} Shippers your size who re-bid LTL lanes paid 11% less last quarter, so re-bidding would save you money. ${ASK}`;
    expect(ruleIds({ text })).not.toContain('missing_benefit.boilerplate');
  });

  it('is not flagged on a transactional call, which is not asked for an insight', () => {
    expect(ruleIds({ text: boilerplate, context: { transactional: true } })).not.toContain(
      'missing_benefit.boilerplate',
    );
  });
});

describe('a habit inside a blocking phrase', () => {
  it('keeps its own finding: the block does not fix it', () => {
    const minimiser = checkOpener({ text: `${INTRO} Do you have just a quick minute? ${ASK}` });
    expect(minimiser.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['permission.have_a_minute', 'hedging.just']),
    );
    const filler = checkOpener({
      text: 'Hi, Ms. Grant? This is Officer, uh, Dan Lewis with the Fire Safety Compliance division. We’re calling about extinguisher inspections.',
    });
    expect(filler.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['deception.official_pose', 'hedging.filler']),
    );
  });

  it('reports the block once where the lesser words are the same problem', () => {
    const result = checkOpener({ text: `${INTRO} Do you have a few minutes? ${ASK}` });
    const block = result.findings.find((f) => f.ruleId === 'permission.have_a_minute');
    expect(block).toBeDefined();
    const inside = result.findings.filter((f) => f.start >= block!.start && f.end <= block!.end);
    expect(inside).toEqual([block]);
  });
});

describe('time right now', () => {
  it('blocks a request for seconds or a few minutes, however it is asked', () => {
    for (const ask of [
      'Is now okay?',
      'You able to talk for a moment?',
      'Can you spare me a moment before your next patient?',
      'Can we talk for two minutes?',
      'I was hoping we could have twenty-three seconds of your time.',
    ]) {
      const result = checkOpener({ text: `${INTRO} ${ask}` });
      expect(categories({ text: `${INTRO} ${ask}` }), ask).toContain('permission');
      expect(result.verdict, ask).toBe('blocked');
    }
  });

  it('leaves a meeting-sized or later request to the ask rules', () => {
    for (const ask of [
      'Do you have 15 minutes for a call this week?',
      'Can we talk for twenty minutes on Friday?',
      'Are you free to talk on Thursday at 10 about your lanes?',
    ]) {
      expect(categories({ text: `${INTRO} ${ask}` }), ask).not.toContain('permission');
    }
  });
});

describe('deception', () => {
  it('a follow-up to a named, real meeting is honest; a vague one is not', () => {
    const honest = `${INTRO} When we met at the Reno Packaging Expo, you asked me to call once the audit closed. ${ASK}`;
    const phantom = `${INTRO} As you requested, here are the rates. ${ASK}`;
    expect(categories({ text: honest })).not.toContain('deception');
    expect(categories({ text: phantom })).toContain('deception');
  });

  it('a call renamed as one that sells nothing, or a trap question, blocks like the plain denial', () => {
    for (const line of [
      'Oh, this is purely an educational call about your boiler.',
      'So you don’t want to lower your heating costs?',
      'I gather someone, perhaps you, was asking about a quote.',
    ]) {
      const result = checkOpener({ text: `${INTRO} ${line} ${ASK}` });
      expect(
        result.findings.map((f) => f.category),
        line,
      ).toContain('deception');
      expect(result.verdict, line).toBe('blocked');
    }
    // The same words as advice or as a finding are not a trap.
    const advice = `${INTRO} You don’t want to lower your heating costs by cutting insulation. ${ASK}`;
    expect(categories({ text: advice })).not.toContain('deception');
  });

  it('prior contact on record turns fake familiarity into a note', () => {
    const text = `${INTRO} I’ve been meaning to call you. ${ASK}`;
    const finding = checkOpener({ text, context: { priorContact: true } }).findings.find(
      (f) => f.category === 'deception',
    );
    expect(finding?.severity).toBe('info');
  });
});

describe('weak value', () => {
  const insight = 'Shippers your size overpaid 9% on fuel tables this year.';

  it('a short call or a demo that carries the briefing is an ask, not a weak offer', () => {
    for (const ask of [
      'Could we set a quick call Thursday at 10 to go through your lanes?',
      'I’ll demo the audit on your own invoices Thursday at 10, 20 minutes?',
    ]) {
      const text = `${INTRO} ${insight} ${ask}`;
      expect(categories({ text }), ask).not.toContain('weak_value');
    }
  });

  it('the same format with nothing for the prospect in it is still weak', () => {
    const demo = 'I’d love to show you a demo Thursday at 10.';
    expect(categories({ text: `${INTRO} ${insight} ${demo}` })).toContain('weak_value');
    for (const ask of ['Could we set a quick call Thursday at 10?', demo])
      expect(categories({ text: `${INTRO} ${ask}` }), ask).toContain('weak_value');
  });

  it('a quick call after an insight is a meeting request, not a weak offer (OPENER-LABELS.md)', () => {
    // The label rule's weak value is an offer of only us; "Worth a quick chat?" after a finding
    // is its own example of a meeting request.
    const ask = 'Could we set a quick call Thursday at 10?';
    expect(categories({ text: `${INTRO} ${insight} ${ask}` })).not.toContain('weak_value');
  });

  it('what our product can do, shown or handed over as a trial, is a product tour', () => {
    for (const offer of [
      'I’d love to set 30 minutes on Thursday at 10 to show you how Tidewater Cloud can transform your invoicing.',
      'Sounds too good? Try it yourself, it’s free: tidewater.example.',
    ])
      expect(categories({ text: `${INTRO} ${insight} ${offer}` }), offer).toContain('weak_value');
    const peers =
      'I’d like 20 minutes on Thursday at 10 to show you how two shippers cut that gap.';
    expect(categories({ text: `${INTRO} ${insight} ${peers}` })).not.toContain('weak_value');
  });
});

describe('self-focus', () => {
  it('the rep’s own company as the subject of what it makes is a company pitch', () => {
    const text = `${INTRO} Tidewater provides freight audits for shippers across Ohio. ${ASK}`;
    expect(ruleIds({ text })).toContain('self_focus.product_subject');
  });

  it('a product described before the offer to show it is a pitch, whoever the offer is for', () => {
    const text = `${INTRO} We’ve built a rate portal for shippers and I’d like to show you around it. ${ASK}`;
    expect(ruleIds({ text })).toContain('self_focus.company_pitch');
  });

  it('what we do for a living in the present is a pitch; a past result with its number is not', () => {
    const living = `${INTRO} We help regional shippers recover overbilled fuel charges. ${ASK}`;
    const proof = `${INTRO} We helped nine regional shippers recover 4% of fuel charges last year. ${ASK}`;
    expect(categories({ text: living })).toContain('self_focus');
    // The number in a product's name is no result anyone got.
    expect(
      categories({
        text: `${INTRO} We help shippers with Microsoft 365 and freight audits. ${ASK}`,
      }),
    ).toContain('self_focus');
    expect(categories({ text: proof })).not.toContain('self_focus');
  });

  it('our company named as the subject of what it does, in the present, is a pitch', () => {
    const signed = (body: string) =>
      `Subject: your fuel table\n\nHi Sam,\n\n${body} The May fuel table on your lanes is 9% over the index.\n\nCould we take 20 minutes Thursday at 10?\n\nDana Lee\nTidewater Freight Audit`;
    expect(
      ruleIds({
        text: signed(
          'Tidewater audits freight bills, negotiates rates and manages claims for shippers.',
        ),
        mode: 'email',
      }),
    ).toContain('self_focus.company_pitch');
    // What it found, in the past, is research; its clients as the subject are someone else.
    for (const body of [
      'Tidewater audited 60 shippers in Ohio last spring.',
      'Tidewater clients saved 9% on fuel last year.',
    ])
      expect(categories({ text: signed(body), mode: 'email' }), body).not.toContain('self_focus');
  });

  it('a product the rep built is a pitch, however it is described or whichever verb comes first', () => {
    for (const built of [
      'I built a white-label freight audit portal that brokers resell to shippers.',
      'I used to run lanes for Maersk and built a quick AI rate agent for shippers.',
    ])
      expect(ruleIds({ text: `${INTRO} ${built} ${ASK}` }), built).toContain(
        'self_focus.company_pitch',
      );
    // What the rep made for this prospect is work done for them.
    expect(
      categories({ text: `${INTRO} I built a white-label model of your Ohio lanes. ${ASK}` }),
    ).not.toContain('self_focus');
  });

  it('"I work with X to help them Y" is what we do for a living; "I work with X" alone says who calls', () => {
    expect(
      categories({
        text: `${INTRO} I work with regional shippers to help them recover overbilled fuel charges. ${ASK}`,
      }),
    ).toContain('self_focus');
    expect(
      categories({
        text: `${INTRO} I work with regional shippers in Ohio, and their fuel table changed in May. ${ASK}`,
      }),
    ).not.toContain('self_focus');
  });

  it('a company description after a label and a colon is still one', () => {
    expect(
      categories({
        text: `${INTRO} Quick background: we’re a third-generation freight audit firm with 85 analysts and our own rate index. ${ASK}`,
      }),
    ).toContain('self_focus');
  });

  it('a voicemail signed off with our name and company is not a company description', () => {
    // The model reads "Implement" as a verb; a sign-off of names alone is who called.
    const text =
      "Hi Wes, Kara Lund at Valley Implement. Your combine's last service was 400 hours ago. I'll call Monday at 8 to lock the date, or reach me at 555-0150. Kara Lund, Valley Implement.";
    expect(categories({ text, mode: 'voicemail' })).not.toContain('self_focus');
  });

  it('a clause about the contact between us is not a company description', () => {
    const text = `${INTRO} We haven’t met before, so here is why I’m calling: the fuel table changed in May. ${ASK}`;
    expect(categories({ text })).not.toContain('self_focus');
  });

  it('another company as the subject is not', () => {
    const text = `${INTRO} Parkside Foods cut freight spend by a fifth after re-bidding. ${ASK}`;
    expect(categories({ text })).not.toContain('self_focus');
  });
});

describe('weak value: what is offered, not the word', () => {
  it('demos counted in the prospect’s own funnel are a finding, not an offer', () => {
    for (const insight of [
      'Agencies your size lose a third of their pipeline between demo and signature.',
      'Teams that added a second reminder booked 25% more demos from the same leads.',
    ]) {
      expect(categories({ text: `${INTRO} ${insight} ${ASK}` }), insight).not.toContain(
        'weak_value',
      );
    }
    expect(categories({ text: `${INTRO} Could I book you in for a demo of our app?` })).toContain(
      'weak_value',
    );
  });

  it('introducing the prospect to someone they may want is the value; introducing us is not', () => {
    const recruiter =
      'Hi Omar, Lena Fisk at Northbeam Talent. You are hiring a payroll lead. I’d like to introduce you to a candidate who ran payroll for 900 staff. Could I set up a short call between you and the candidate on Tuesday at 11?';
    expect(categories({ text: recruiter })).not.toContain('weak_value');
    expect(
      categories({ text: `${INTRO} I’d like to introduce you to our new routing software.` }),
    ).toContain('weak_value');
  });
});

describe('hedging and time-now questions in other wordings', () => {
  it('an apology after the fact, a promise of brevity and an elided "I wondered" are hedging', () => {
    for (const hedge of [
      'I know this call is out of nowhere, sorry about that.',
      'I will make this short and sweet.',
      'I sell fleet cards and wondered if your drivers still pay at the pump.',
    ]) {
      expect(categories({ text: `${INTRO} ${hedge} ${ASK}` }), hedge).toContain('hedging');
    }
    const plain = `${INTRO} Your peers were not sorry about that switch. ${ASK}`;
    expect(categories({ text: plain })).not.toContain('hedging');
  });

  it('asking to speak a moment now, or whether it is worth two minutes, asks for time now', () => {
    for (const ask of [
      'I wondered whether I could speak with you a moment about your fleet.',
      'Worth two minutes?',
    ]) {
      expect(categories({ text: `${INTRO} ${ask}` }), ask).toContain('permission');
    }
    for (const ask of [
      'Worth 20 minutes on Thursday?',
      'Could I speak with you for 20 minutes next Tuesday?',
    ]) {
      expect(categories({ text: `${INTRO} ${ask}` }), ask).not.toContain('permission');
    }
  });
});

describe('hedging precision: what is small is not always the call', () => {
  it('an email timing its product is not shrinking the message; timing the call is', () => {
    const product =
      'Subject: cash counts\n\nHi Dana, stores your size lose 6 hours a week to cash runs. The counter is free and takes two minutes to set up. Could we look at your stores Thursday at 10?\n\nMia Lorne, Tallyline';
    expect(categories({ text: product, mode: 'email' })).not.toContain('hedging');
    expect(categories({ text: `${INTRO} This will only take a minute.` })).toContain('hedging');
  });

  it('"literally" as emphasis is not filler; "um" and "honestly" still are', () => {
    const emphasis = `${INTRO} Your drivers are literally queueing an hour for fuel receipts. ${ASK}`;
    expect(categories({ text: emphasis })).not.toContain('hedging');
    expect(categories({ text: `${INTRO} Um, honestly, ${ASK}` })).toContain('hedging');
  });
});

describe('self-focus: a status or a pitch about us, not any ranking or any "we built"', () => {
  it('"#1" ranking the prospect’s problem is not a status claim; ranking us is', () => {
    const problem = `${INTRO} For fleets after a merger, the #1 cost surprise is fuel cards. ${ASK}`;
    expect(categories({ text: problem })).not.toContain('self_focus');
    const us = `${INTRO} We are the #1 fuel card provider in the Midwest. ${ASK}`;
    expect(categories({ text: us })).toContain('self_focus');
  });

  it('a paragraph of an email that says what we build is a pitch, like the same sentence in a call', () => {
    const email = (line: string): string =>
      `Subject: anchor checks\n\nHi Ken,\n\nThe anchor rule changed in May.\n\n${line}\n\nCould we talk Tuesday at 2?\n\nLisa Grant, Anvil Safety`;
    expect(
      categories({
        text: email('We build inspection software for roofing contractors.'),
        mode: 'email',
      }),
    ).toContain('self_focus');
    expect(
      categories({
        text: email('We benchmarked 40 contractors and most missed one check.'),
        mode: 'email',
      }),
    ).not.toContain('self_focus');
  });

  it('"we built X that helped a client get a measured result" is a proof point, not a pitch', () => {
    const proof = `${INTRO} We built a routing model that helped a shipper your size cut empty miles by 14%. ${ASK}`;
    expect(categories({ text: proof })).not.toContain('self_focus');
    const pitch = `${INTRO} We built a new routing platform for shippers. ${ASK}`;
    expect(categories({ text: pitch })).toContain('self_focus');
  });
});

describe('deception: a survey as the reason for the call', () => {
  it('calling with a survey is a pretext; calling about survey findings is research', () => {
    const pretext = `${INTRO} I’m calling with a short, two-question survey: are you moving offices this year?`;
    expect(categories({ text: pretext })).toContain('deception');
    const research = `${INTRO} I’m calling about a survey of 90 shippers we ran in March: 7 in 10 overpaid on fuel. ${ASK}`;
    expect(categories({ text: research })).not.toContain('deception');
  });
});

describe('self-focus: what kind of company we are, said as its own sentence', () => {
  it('"we are a provider of…" and "we do X for <customers>" describe us', () => {
    for (const pitch of [
      'We are a national supplier of safety gloves.',
      'We do bookkeeping for local restaurants.',
    ]) {
      expect(categories({ text: `${INTRO} ${pitch} ${ASK}` }), pitch).toContain('self_focus');
    }
    const finding = `${INTRO} We do audits for shippers your size, and 7 in 10 overpay on fuel. ${ASK}`;
    expect(categories({ text: finding })).not.toContain('self_focus');
  });
});

describe('permission: the prospect’s own minute for a call-back is not time now', () => {
  it('"when you get a minute, call me back" asks for a call-back; "got a minute now?" asks for time', () => {
    const callBack = `${INTRO} Whenever you get a minute, give me a call at 555-0142.`;
    expect(categories({ text: callBack })).not.toContain('permission');
    expect(categories({ text: `${INTRO} Have you got a minute right now?` })).toContain(
      'permission',
    );
  });
});

describe('hedging: softened requests', () => {
  it('"we were hoping to" and "I know I’m putting you on the spot" soften; "plants hoping to" does not', () => {
    for (const hedge of [
      'We were hoping to set a time with you this month.',
      'I know I’m putting you on the spot here.',
    ]) {
      expect(categories({ text: `${INTRO} ${hedge} ${ASK}` }), hedge).toContain('hedging');
    }
    const plain = `${INTRO} Shippers hoping to cut fuel costs moved to weekly tables. ${ASK}`;
    expect(categories({ text: plain })).not.toContain('hedging');
  });
});

describe('hedging: "just" as the rep’s softener, not the prospect’s "only"', () => {
  it('"just to see" after the prospect’s chore is literal; "I’m calling just to see" softens', () => {
    const chore = `${INTRO} Your planners open four portals every morning just to see rates. ${ASK}`;
    expect(categories({ text: chore })).not.toContain('hedging');
    const soft = `${INTRO} I’m calling just to see whether the tariff reached you. ${ASK}`;
    expect(categories({ text: soft })).toContain('hedging');
  });
});

describe('weak value: our things named without "our"', () => {
  it('"programs we have", "what we’re doing" and a visit to meet us offer only us', () => {
    for (const offer of [
      'I’m calling to tell you about some new services we offer for fleets.',
      'Sam said you might be interested in what we’re doing with route planning.',
      'Please call me back so we can find a time for me to visit with you.',
    ]) {
      expect(categories({ text: `${INTRO} ${offer}` }), offer).toContain('weak_value');
    }
    const theirs = `${INTRO} I can tell you about the two routes your peers dropped in May. ${ASK}`;
    expect(categories({ text: theirs })).not.toContain('weak_value');
  });
});

describe('deception: the reason held back as bait', () => {
  it('"call me back and I’ll explain" withholds why; "call me back and we can set a time" does not', () => {
    const bait = `${INTRO} I spotted something odd on your rate sheet. Call me back at 555-0142 and I’ll explain.`;
    expect(categories({ text: bait })).toContain('deception');
    const open = `${INTRO} Your rate sheet lists the old fuel table. Call me back at 555-0142 and we can set 20 minutes for Thursday.`;
    expect(categories({ text: open })).not.toContain('deception');
  });
});
