import { describe, expect, it } from 'vitest';
import type { CheckInput, ComponentName } from '../../../src/shared/checker/index';
import { checkOpener } from '../../../src/shared/checker/index';
import { SLOT_PARTS, slotParts } from '../../../src/shared/checker/slots';

/**
 * The five parts (identity, reason, insight, benefit, ask) written the many ways reps write them.
 * Each class has openers where the part is there (valid) and near-misses where it is not
 * (invalid); the wording is our own, not taken from any evaluation set.
 */
function has(part: ComponentName, input: CheckInput): boolean {
  return checkOpener(input).components[part].present;
}

const email = (text: string): CheckInput => ({
  text,
  mode: 'email',
  subject: 'your kiln schedule',
});

describe('identity', () => {
  it('an email signed with a bare name in its last paragraph says who wrote it', () => {
    const body =
      'Hi Oren,\n\nKilns fired overnight at the four potteries we audited used a third less gas.\n\nCould we take 20 minutes on Monday at 11?';
    expect(has('identity', email(`${body}\n\nTamsin`))).toBe(true);
    expect(has('identity', email(`${body}\n\nTamsin Greaves\nGlazeworks Advisory`))).toBe(true);
    // No signature at all, or a sign-off with no name after it.
    expect(has('identity', email(body))).toBe(false);
    expect(has('identity', email(`${body}\n\nThanks`))).toBe(false);
  });

  it('an all-lowercase email signs in lowercase', () => {
    const text =
      'hi oren,\n\nkilns fired overnight at the four potteries we audited used a third less gas.\n\ncould we take 20 minutes monday at 11?\n\ntamsin greaves\nglazeworks advisory';
    expect(has('identity', email(text))).toBe(true);
  });

  it('a lowercase "it\'s <name> from <company>" is a full identity, not a two-word name', () => {
    const text =
      "hey bruno, it's ines from copper kettle roasters. cafés near campus that added a cold-brew tap sold 30% more before noon. can we meet friday at 9?";
    expect(has('identity', { text })).toBe(true);
    // "from" with nothing after it places the caller nowhere.
    expect(has('identity', { text: "hey bruno, it's ines. can we meet friday at 9?" })).toBe(false);
  });

  it('a name, then a sentence placing the caller at a company by role', () => {
    const text =
      'Good morning, Ms. Duarte. Name’s Felix Brandt. I look after equipment leasing at Northgate Credit. Clinics that leased imaging gear before the rate change paid less per month. Let’s meet Tuesday at 3.';
    expect(has('identity', { text })).toBe(true);
    // A role without a company is still an identity by the label rule ("name and organisation
    // or role"); a name alone is not.
    const roleOnly =
      'Good morning, Ms. Duarte. Name’s Felix Brandt. I look after equipment leasing. Let’s meet Tuesday at 3.';
    expect(has('identity', { text: roleOnly })).toBe(true);
    const nameOnly =
      'Good morning, Ms. Duarte. Name’s Felix Brandt. Clinics paid less per month. Let’s meet Tuesday at 3.';
    expect(has('identity', { text: nameOnly })).toBe(false);
  });
});

describe('identity, introduced the ways reps introduce themselves', () => {
  const rest =
    'Bakeries on your street that proofed overnight opened with more loaves. Could we meet Thursday at 8?';
  it('name and company or role, in the forms of several Englishes', () => {
    for (const intro of [
      'Good afternoon Mr. Nils, myself Ruth Amsel, from Pellwood Services.',
      'Hello Mr. Nils, here speaking Ruth Amsel, from Pellwood Services.',
      'Hi Nils, Ruth Amsel, I run the bakery desk at Pellwood Services.',
      'Hi Nils, Ruth Amsel. I’m the flour buyer at the co-op mill.',
    ])
      expect(has('identity', { text: `${intro} ${rest}` }), intro).toBe(true);
    // A name alone, or a name and a role with no place, is half an identity.
    for (const intro of ['Hi Nils, Ruth Amsel.', 'Hi Nils, Ruth Amsel. I’m a big fan of bread.'])
      expect(has('identity', { text: `${intro} ${rest}` }), intro).toBe(false);
  });

  it('a lowercase word after "I\'m" or "this is" is no name where the writer uses capitals', () => {
    for (const text of [
      'I’m probably catching you at a bad time.',
      'You don’t know who I am and this is likely one of many emails from people at firms like ours.',
      'Hi Mrs. Oduya, it’s Gabriel. Your permit lapses in April. I can go through the form with you so it’s filed in one visit.',
    ])
      expect(has('identity', { text }), text).toBe(false);
  });

  it('an email pasted with its From line carries its sender', () => {
    const text =
      'From: Ruth Amsel\nSubject: your flour contract\nHi Nils,\nBakeries on your street that proofed overnight opened with more loaves. Could we meet Thursday at 8?';
    expect(has('identity', { text, mode: 'email' })).toBe(true);
    expect(has('identity', { text: text.replace('From: Ruth Amsel\n', ''), mode: 'email' })).toBe(
      false,
    );
  });

  it('an email signed off the formal way carries its sender', () => {
    const body = `Dear Mr. Nils,\n\n${rest}`;
    for (const signOff of ['With regards', 'Yours sincerely', 'Warm regards', 'Saludos'])
      expect(
        has('identity', email(`${body}\n\n${signOff},\nRuth Amsel\nPellwood Services`)),
        signOff,
      ).toBe(true);
  });
});

describe('identity in more of the forms reps use', () => {
  const rest =
    'Bakeries on your street that proofed overnight opened with more loaves. Could we meet Thursday at 8?';
  it('a call: "calling from", "I represent", "<name> here, <company>", a lowercase "its"', () => {
    for (const intro of [
      'Hi Nils, Ruth Amsel calling from Pellwood Services.',
      'Hi Nils, my name is Ruth Amsel and I represent Pellwood Services.',
      'Hey Nils — Ruth Amsel here, Pellwood Services.',
    ])
      expect(has('identity', { text: `${intro} ${rest}` }), intro).toBe(true);
    const lower =
      'hi nils, its ruth amsel with pellwood services. bakeries on your street that proofed overnight opened with more loaves. could we meet thursday at 8?';
    expect(has('identity', { text: lower })).toBe(true);
    // A name alone places the caller nowhere.
    expect(has('identity', { text: `Hi Nils, Ruth Amsel here. ${rest}` })).toBe(false);
  });

  it('a call: the person asked for, or a market rate, is no company; a role or a trade after the name is', () => {
    for (const intro of [
      'Hi, this is Ruth, calling for Mr. Osei about your flour contract.',
      'Hey Nils, it’s Ruth. I can show you three mills at market rate.',
      // The name after the greeting is the prospect's: the caller gave only a company.
      'Hi Nils, calling from Pellwood Services.',
      // A title and a name at the start address the prospect: the caller gave only a role.
      'Mr. Olsen, I’m a regional account manager for a commercial bakery supplier.',
    ])
      expect(has('identity', { text: `${intro} ${rest}` }), intro).toBe(false);
    for (const intro of [
      'Hi, my name is Ruth Amsel, and I’m a recruiter specializing in bakery staff.',
      'Hi Nils. It’s Ruth Amsel. I place financing for bakery equipment.',
      'Hey Nils, it’s Ruth! So, I’m at Pellwood Services now.',
    ])
      expect(has('identity', { text: `${intro} ${rest}` }), intro).toBe(true);
  });

  it('a call: the company or role after "here", and names the model reads as verbs', () => {
    for (const intro of [
      'Morning Nils. Tom Hale here, from Pellwood Services in Leeds.',
      'Hi Nils, Ross Perez here, I run Pellwood Services in Leeds.',
      'Hi Nils, Lynne Faulkner here, independent flour buyer for bakeries in Leeds.',
      'Hey Nils! Don here, Pellwood Services.',
      'Hi Nils, Don Morrison — I’m the founder of Pellwood Services.',
      'Dr. Ellis, this is Scott Madden — I build the Leeds bakery price index.',
    ])
      expect(has('identity', { text: `${intro} ${rest}` }), intro).toBe(true);
    // "Here" with nothing after it, or a stranger, still places the caller nowhere.
    for (const nameOnly of [
      'Hi Nils, Don here.',
      'Nils, it is Andrel Kleiman and I am an absolute stranger, so bear with me.',
    ])
      expect(has('identity', { text: `${nameOnly} ${rest}` }), nameOnly).toBe(false);
  });

  it('an email signed with the sign-off and the name on one line', () => {
    const body =
      'Hi Oren,\n\nKilns fired overnight at the four potteries we audited used a third less gas.\n\nCould we take 20 minutes on Monday at 11?';
    for (const signed of [
      'Cheers — Tamsin',
      'Thanks! Tamsin @ Glazeworks',
      'Best, Tamsin from Glazeworks',
      'Tamsin (Glazeworks Advisory)',
    ])
      expect(has('identity', email(`${body}\n\n${signed}`)), signed).toBe(true);
    expect(has('identity', email(`${body}\n\nCheers!`))).toBe(false);
  });

  it('a one-paragraph note signed at its end, and a lower-case note signed with a bare name', () => {
    const note =
      'Oren, kilns fired overnight at four potteries we audited used a third less gas. Worth comparing notes on yours? - [Your Name]';
    expect(has('identity', email(note))).toBe(true);
    const lower =
      'oren,\n\nkilns fired overnight at the four potteries we audited used a third less gas, about $2K a year.\n\nworth 20 minutes on monday at 11?\n\ntamsin';
    expect(has('identity', email(lower))).toBe(true);
    // A sign-off alone names nobody.
    expect(has('identity', email(lower.replace(/tamsin$/u, 'thanks')))).toBe(false);
  });
});

describe('reason', () => {
  it('a purpose said as what I want or need from this contact', () => {
    for (const purpose of [
      'I’d like to walk your plant manager through the compressor logs.',
      'We wanted to flag a change in how the county inspects grease traps.',
      'We’re reaching out to bakery owners on your street to share the new permit dates.',
      'I just wanted to pass on what the county inspectors told us.',
      'I was wondering whether your ovens are on the new gas tariff.',
      'I’d like to talk to you about the new permit dates.',
    ])
      expect(has('reason', { text: `This is Ruth Amsel with Pellwood Services. ${purpose}` })).toBe(
        true,
      );
  });

  it('asking whether I caught them is no trigger I noticed; saying what I saw is', () => {
    const base = 'This is Ruth Amsel with Pellwood Services.';
    for (const asked of ['Did I catch you at a bad moment?', 'Have I caught you mid-shift?'])
      expect(has('reason', { text: `${base} ${asked}` }), asked).toBe(false);
    expect(
      has('reason', {
        text: `${base} I saw you're opening a second kitchen on the quay. Could we meet Thursday at 8?`,
      }),
    ).toBe(true);
  });

  it('what someone told me about them is a reason; that someone sent me is not', () => {
    const base = 'This is Ruth Amsel with Pellwood Services.';
    for (const told of [
      'Omar Haddad mentioned you’re moving the bakery to Kirkgate in spring.',
      'Lena at the guild suggested I ring you about the new proofing rules.',
    ])
      expect(has('reason', { text: `${base} ${told}` }), told).toBe(true);
    expect(
      has('reason', { text: `${base} Lena at the guild suggested I get in touch with you.` }),
    ).toBe(false);
  });

  it('asking for a person is not a purpose', () => {
    expect(
      has('reason', {
        text: 'This is Ruth Amsel with Pellwood Services. I need to speak with whoever runs your kitchen.',
      }),
    ).toBe(false);
  });

  it('a trigger event in the prospect’s own world is why this call, now', () => {
    const text =
      'Hi Nils, Ruth Amsel with Pellwood Services. Your bakery’s grease-trap permit expires in May. Could we meet Thursday at 8?';
    expect(has('reason', { text })).toBe(true);
    // A question about their world states no reason.
    const question =
      'Hi Nils, Ruth Amsel with Pellwood Services. Is your grease-trap permit up to date? Could we meet Thursday at 8?';
    expect(has('reason', { text: question })).toBe(false);
  });
});

describe('reason, said without "I\'m calling because"', () => {
  it('what the rep contacts them for, said outright, is the reason', () => {
    for (const purpose of [
      'I’m interested in buying the bakery building on Mill Lane.',
      'We’re offering you a fixed flour price for the whole winter.',
      'I’m seeking a night baker for a Wellington bakery.',
    ])
      expect(
        has('reason', { text: `Hi Nils, Ruth Amsel with Pellwood Services. ${purpose}` }),
        purpose,
      ).toBe(true);
  });
  it('a dated event in the prospect’s world, or what we saw of it, is why this call now', () => {
    for (const trigger of [
      'Your bakery reopens after the refit next month.',
      'Saw your post about the second shop on Mill Lane.',
    ])
      expect(
        has('reason', {
          text: `Hi Nils, Ruth Amsel with Pellwood Services. ${trigger} Could we meet Thursday at 8?`,
        }),
        trigger,
      ).toBe(true);
    // Small talk about their week is no trigger.
    expect(
      has('reason', {
        text: 'Hi Nils, Ruth Amsel with Pellwood Services. I hope your week has been kind. Could we meet Thursday at 8?',
      }),
    ).toBe(false);
  });

  it('a move of theirs the rep noticed, with them as the subject, is why this call now', () => {
    const at = (line: string): string =>
      `Hi Nils, Ruth Amsel with Pellwood Services. ${line} Could we meet Thursday at 8?`;
    for (const trigger of [
      'You’ve had a head-baker role open for two months.',
      'I understand you’re opening a second shop in the spring.',
      'You just hired three new bakers for the night shift.',
      'Every morning your bakers are shaping loaves by hand.',
      'I wondered whether your ovens are due for their service.',
    ])
      expect(has('reason', { text: at(trigger) }), trigger).toBe(true);
    // How they are, or a question about them, is no move of theirs.
    for (const notATrigger of ['Hope you’re well.', 'Are you hiring for the night shift?'])
      expect(has('reason', { text: at(notATrigger) }), notATrigger).toBe(false);
  });

  it('a pitch says why we call, however weak; the habit findings judge it', () => {
    const result = checkOpener({
      text: 'Hi Nils, Ruth Amsel with Pellwood Services. We are the leading provider of bakery ovens in the county. Could we meet Thursday at 8?',
    });
    expect(result.components.reason.present).toBe(true);
    expect(result.findings.map((f) => f.category)).toContain('self_focus');
    // A weak form of the ask is no purpose.
    expect(
      has('reason', {
        text: 'Hi Nils, Ruth Amsel with Pellwood Services. Could we set up a demo?',
      }),
    ).toBe(false);
  });
});

describe('insight and the benefit it carries', () => {
  it('a comparison or a pattern with no percent is still a finding about the world', () => {
    for (const finding of [
      'Bakeries that proof overnight typically open the doors with twice the loaves.',
      'Franchisees who renegotiated before the audit settled their disputes far sooner.',
      'Applicants who attached a site plan scored twelve points higher with the review board.',
    ]) {
      const text = `Hi Nils, Ruth Amsel with Pellwood Services. ${finding} Could we meet Thursday at 8?`;
      expect(has('insight', { text })).toBe(true);
      expect(has('benefit', { text })).toBe(true);
    }
  });

  it('peers set apart by what they did, then what it got them, is a finding with no number', () => {
    for (const finding of [
      'Bakeries on your street that proofed overnight opened with more loaves.',
      'Cafés near the station that did the same found their milk lasting longer.',
      'Owners who moved their ovens to night tariffs kept their gas bills flat.',
      'The ones that signed before the price change got the old rate through spring.',
      'Two bakeries on your street went to night proofing and kept their ovens full.',
      'Rye flour prices have split sharply this year between the mills and the co-ops.',
      'Chains whose stores proof overnight kept their shelves full past noon.',
      'Rye prices are going up after this week because the mills are shut for repairs.',
    ]) {
      const text = `Hi Nils, Ruth Amsel with Pellwood Services. ${finding} Could we meet Thursday at 8?`;
      expect(has('insight', { text }), finding).toBe(true);
      expect(has('benefit', { text }), finding).toBe(true);
    }
    // What peers want is no finding, nor is a span of time ("a few weeks ago").
    for (const notFinding of [
      'Bakeries that want to grow need a partner like us.',
      'Bakeries that sell bread need good flour.',
      'When we spoke a few weeks ago, you asked me to call back.',
    ]) {
      const text = `Hi Nils, Ruth Amsel with Pellwood Services. ${notFinding} Could we meet Thursday at 8?`;
      expect(has('insight', { text }), notFinding).toBe(false);
    }
  });

  it('a quote or a proposal we hand over is our offer, not their outcome', () => {
    const base = 'Hi Janet, Phil Rhodes with Gateway Insurance Group.';
    const ask = 'Can we meet Tuesday at 3 to go over your current policies?';
    expect(
      has('benefit', { text: `${base} I’d like to give you a competitive quote. ${ask}` }),
    ).toBe(false);
    expect(
      has('benefit', {
        text: `${base} I’d like to give you back the 12% your fleet overpays. ${ask}`,
      }),
    ).toBe(true);
  });

  it('boilerplate is no benefit (the label rule), a specific outcome for them is', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    const ask = 'Could we meet Thursday at 8?';
    for (const boilerplate of [
      'I’m calling because Pellwood can save your bakery time and money.',
      'I think we can save you money on flour.',
      'We can come by your bakery and clean the ovens.',
      'I’d like to show you how Pellwood can help you.',
      'You can reach me at the shop until 5.',
      'I have something that could benefit you.',
    ]) {
      const text = `${base} ${boilerplate} ${ask}`;
      expect(has('benefit', { text }), boilerplate).toBe(false);
    }
    for (const outcome of [
      'I’m calling because moving your proofing to night tariff would cut your gas bill before winter.',
      'I’m calling because we can cut your flour cost 8% on the spring contract.',
    ]) {
      const text = `${base} ${outcome} ${ask}`;
      expect(has('benefit', { text }), outcome).toBe(true);
    }
  });

  it('help offered with no outcome, or a question about what they did, promises nothing', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    const ask = 'Could we meet Thursday at 8?';
    for (const nothing of [
      'I want to help you choose the right flour for winter.',
      'Our mill should be able to help you with that.',
      'Did you get the price list I posted in June?',
    ])
      expect(has('benefit', { text: `${base} ${nothing} ${ask}` }), nothing).toBe(false);
    for (const outcome of [
      'The new rye blend would help your night shift finish two hours earlier.',
      'It will help you cut flour waste by 9% before the spring contract.',
    ])
      expect(has('benefit', { text: `${base} ${outcome} ${ask}` }), outcome).toBe(true);
  });

  it('vague help, a promise about our thing, or "you know that" promises nothing', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    const ask = 'Could we meet Thursday at 8?';
    for (const nothing of [
      'I have an idea that might help.',
      'Let us help you take your bakery to the next level.',
      'I’d like to talk about how Pellwood can increase your margins.',
      'As you know that flour prices move, you can let me know if you want the list.',
      'Happy to share what we have seen work for bakeries at your stage.',
    ])
      expect(has('benefit', { text: `${base} ${nothing} ${ask}` }), nothing).toBe(false);
    for (const outcome of [
      'Moving proofing to nights would let you cover the early orders without a second oven.',
      'Bakeries that moved proofing to nights cut their gas bill 14%; that might help your winter budget.',
      'You’ll know where your rye price stands against six bakeries your size.',
      'Happy to share the rye price table from six bakeries your size.',
    ])
      expect(has('benefit', { text: `${base} ${outcome} ${ask}` }), outcome).toBe(true);
  });

  it('a dated change in the prospect’s own world is an insight, and carries the benefit', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    const ask = 'Could we meet Thursday at 8?';
    for (const change of [
      'Your oven warranty ends on 30 June.',
      'Your flour contract with the mill expires on 1 July.',
      // the model tags "stops" here as a noun; its place says it is the verb
      'Your bank stops accepting payments from the 2019 card readers on 1 July.',
      'Your roof is in the grid area where the operator stops new connections from next year.',
    ]) {
      expect(has('insight', { text: `${base} ${change} ${ask}` }), change).toBe(true);
      expect(has('benefit', { text: `${base} ${change} ${ask}` }), change).toBe(true);
    }
    // A term that runs out has its deadline on any day.
    expect(
      has('insight', {
        text: `${base} Your bid list for the school addition closes Friday. ${ask}`,
      }),
    ).toBe(true);
    // A halving is a measure: "would cut that overtime bill roughly in half".
    expect(
      has('insight', {
        text: `${base} Your night shift runs short every Monday and the line posts overtime for it three weeks out of four. Two trained bakers on Mondays only would cut that overtime bill roughly in half. ${ask}`,
      }),
    ).toBe(true);
    // A date with no change in it is the ask's, not a finding.
    expect(has('insight', { text: `${base} Your bakery opens on 30 June. ${ask}` })).toBe(false);
    // "stops" as a noun stays one: "bus stops on Main Street" names places, not a change.
    expect(
      has('insight', { text: `${base} Your bakery has two bus stops on 30 June Street. ${ask}` }),
    ).toBe(false);
  });

  it('a dated change in the market’s prices or rules is an insight; our own dates are not', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    const ask = 'Could we meet Thursday at 8?';
    for (const change of [
      // the model tags "reset" here as a noun; its place between subject and day says verb
      'IV fluid contract prices in the Midwest reset in March.',
      'The new international limit on antifouling biocides starts in January.',
      'The reason I’m calling: freight rates on the Gulf lanes reset in March.',
      // a supplier the market buys from that stops, and a rule that comes in, in any words of time
      'The last mill in Surat that dyed this cotton stopped exporting in April.',
      'The new emissions rule for tractors begins next year.',
    ])
      expect(has('insight', { text: `${base} ${change} ${ask}` }), change).toBe(true);
    for (const news of [
      'The conference starts in March.',
      'Our new pricing starts in January.',
      'We reset our prices in March.',
    ])
      expect(has('insight', { text: `${base} ${news} ${ask}` }), news).toBe(false);
  });

  it('a window that closes on a day is a deadline in their world; our own offer window is not', () => {
    const opener = (claim: string) =>
      `Hi Mr. Grant, this is Elise Moreau with Castleton Trademark Counsel. ${claim} I’d like 20 minutes with you Thursday to explain the options.`;
    expect(
      has('insight', {
        text: opener(
          'A company in Ohio filed a trademark close to your brand name, and the objection window closes on June 12.',
        ),
      }),
    ).toBe(true);
    expect(has('insight', { text: opener('Our offer window closes on Friday.') })).toBe(false);
  });

  it('a group placed somewhere, then its verb, is still a group of peers: "three offices in Edison were down"', () => {
    const opener = (claim: string) =>
      `Dr. Patel, it’s Aaron Gold from Molar IT. ${claim} Can we do 15 minutes Wednesday at 8?`;
    expect(
      has('insight', {
        text: opener('Three offices in Edison were down a full morning last month.'),
      }),
    ).toBe(true);
    expect(has('insight', { text: opener('We visited three offices in Edison last month.') })).toBe(
      false,
    );
  });

  it('a percentage in words is the same finding as one in figures', () => {
    const opener = (claim: string) =>
      `Jenna, it’s Marco Villa from Tri-County Electrical Supply. ${claim} Fifteen minutes tomorrow at eight?`;
    for (const figure of ['11%', 'eleven percent', 'forty-five per cent'])
      expect(
        has('insight', { text: opener(`Copper’s up ${figure} since your last switchgear quote.`) }),
        figure,
      ).toBe(true);
    expect(has('insight', { text: opener('Copper’s up since your last switchgear quote.') })).toBe(
      false,
    );
  });

  it('a supply that is short, and peers that are "the ones that" get somewhere, are findings', () => {
    const opener = (claim: string) =>
      `Hi Ana, Pete Lin from Harbor Drayage. ${claim} Let’s set 15 minutes Monday to go over your Shanghai bookings.`;
    expect(has('insight', { text: opener('Oakland chassis are short again this month.') })).toBe(
      true,
    );
    expect(has('insight', { text: opener('Our quote is short and simple.') })).toBe(false);
    expect(
      has('insight', {
        text: opener(
          'Small importers that team up before peak are the ones that get their boxes out first.',
        ),
      }),
    ).toBe(true);
  });

  it('what goes wrong for the prospect, measured, is an insight; a date of theirs alone is not', () => {
    const base = 'Hi Mrs. Greene, Tony Russo at Lakeside Ford service.';
    const ask = 'Can we meet Thursday at 8?';
    for (const risk of [
      'Your Escape has been on the recall list for the fuel pump since March.',
      'Your reefer containers out of Rotterdam sat an extra two days last month because the pre-lodgement was filed late.',
      'Your combines reach the 500-hour service in the middle of harvest, and the dealer’s queue is already three weeks.',
      'The glass for your tower ships from a mill that just announced a six-week shutdown in August.',
      'Two break-ins on the next street this spring came through the same gate model you have.',
    ]) {
      expect(has('insight', { text: `${base} ${risk} ${ask}` }), risk).toBe(true);
      expect(has('benefit', { text: `${base} ${risk} ${ask}` }), risk).toBe(true);
    }
    for (const plain of [
      'Your health plan renews in April.',
      'I was late for our last call on Tuesday, sorry about your wait.',
      'Your team is behind the new building.',
    ])
      expect(has('insight', { text: `${base} ${plain} ${ask}` }), plain).toBe(false);
  });

  it('"let me … tomorrow at 7", "you ran dry" and peers that "lifted" their rates are read as parts', () => {
    expect(
      has('ask', {
        text: 'Hi Tom, Lisa Grant from Grant Pest Control. The restaurant two doors down had rats from the shared drain last week. Let me check it tomorrow at 7 before you open.',
      }),
    ).toBe(true);
    const pub =
      'Tom, it’s Ellie from Severn Valley Brewers. The bank holiday’s Monday and last year you ran dry of the Gold by Sunday lunch. Want me to add an extra nine to Thursday’s drop?';
    expect(has('insight', { text: pub })).toBe(true);
    expect(
      has('insight', {
        text: 'Hi Ana, Nikolai Georgiev from Varna Hotel Revenue. Hotels on Golden Sands already lifted their June rates. Can we meet Monday at 10?',
      }),
    ).toBe(true);
    // "you" as the object of our verb is no risk of theirs.
    expect(
      has('insight', {
        text: 'Hi Ana, Nikolai Georgiev from Varna Hotel Revenue. I’ll call you back late on Monday. Can we meet Monday at 10?',
      }),
    ).toBe(false);
  });

  it('time the prospect lost ("an extra two days") is a risk of theirs; extra time given is not', () => {
    const opener = (claim: string) =>
      `Hi Anna, this is Marco with Porto Customs. ${claim} Can we talk Tuesday at 9 for 20 minutes?`;
    expect(
      has('insight', { text: opener('Your reefer containers sat an extra two days last month.') }),
    ).toBe(true);
    expect(has('insight', { text: opener('Your team gets an extra two days of support.') })).toBe(
      false,
    );
    expect(has('insight', { text: opener('Your containers sat in Rotterdam last month.') })).toBe(
      false,
    );
  });

  it('what a group of peers does, with its own times, is a finding and no ask', () => {
    const text =
      'Subject: night shifts\n\nHi Renee — warehouses that order temps 72 hours ahead fill night shifts far more reliably than same-day orders, because the good pickers book early. Something to think about as peak season comes up.';
    expect(has('insight', { text, mode: 'email' })).toBe(true);
    expect(has('ask', { text, mode: 'email' })).toBe(false);
    // The rep's own proposal with a time is still an ask.
    expect(
      has('ask', {
        text: `${text} Let me book you a call with our planner for Thursday at 10?`,
        mode: 'email',
      }),
    ).toBe(true);
  });

  it('a market short of something is an insight, with no number; our own or their bookings are not', () => {
    const base = 'Hi Ms. Baptiste, Irene Cho with Clearwater Process Chemicals.';
    const ask = 'Could we meet Monday at 10?';
    for (const state of [
      'I’m calling because chlorine supply on the Gulf Coast is tight after the plant outage.',
      'Towns without a second supplier are being put on allocation.',
      'With three big pours downtown in June, pump trucks are already booked three weeks out.',
      'Carriers out of Laredo are running short on drivers this month.',
      // pushed out, extended: a change said without a number
      'Mills have pushed lead times out on the coated stock you used last year.',
      // goods on backorder, whatever the goods, and read apart from the prospect's own part
      'Your last delivery was in March, and dosing pumps are on a six-week backorder before summer.',
    ]) {
      expect(has('insight', { text: `${base} ${state} ${ask}` }), state).toBe(true);
      expect(has('benefit', { text: `${base} ${state} ${ask}` }), state).toBe(true);
    }
    for (const notMarket of [
      'Our calendar is booked three weeks out.',
      'You are booked solid in June.',
      'We have a tight schedule this week.',
      'I’ll keep it short.',
      'Your order is on backorder with us until May.',
    ])
      expect(has('insight', { text: `${base} ${notMarket} ${ask}` }), notMarket).toBe(false);
  });

  it('a slot verb after a new subject is not the slot working: the finding beside it still counts', () => {
    const base = 'Hi Mr. Olsen, Aiko Tanaka from Kaiyo Marine Coatings.';
    const text = `${base} The new limit starts in January, and two yards we work with had to strip hulls again after using old stock.`;
    expect(has('ask', { text })).toBe(false);
    expect(has('insight', { text })).toBe(true);
    expect(has('ask', { text: `${base} Wednesday at 9 works on my side.` })).toBe(true);
  });

  it('a slot said to be free for the rep is an ask without a request verb', () => {
    const base =
      'Hi Mr. Kowalski, Marta Zielinska from Aeroparts Pool. Shops that pooled spare parts with a neighbour cut stock value by 30 percent.';
    expect(has('ask', { text: `${base} Thursday 11:00 Warsaw time is good for me.` })).toBe(true);
    expect(has('ask', { text: `${base} Tuesday at 2 is open on my end.` })).toBe(true);
    // The slot is good for someone else, or the day is news, not a proposal.
    expect(has('ask', { text: `${base} Thursday is good for the crews.` })).toBe(false);
    expect(has('ask', { text: `${base} May was a good month for my team.` })).toBe(false);
  });

  it('a question by word order inside a run-on with no punctuation is an ask', () => {
    const runOn =
      'hi jordan its mel ortiz from brightfield roofing your warehouse roof is twenty two years old and roofs that age in your area leak at the seams after heavy hail we found that on six buildings on your street this spring';
    expect(has('ask', { text: `${runOn} can i come by friday at eight to check yours` })).toBe(
      true,
    );
    expect(has('ask', { text: `${runOn} and we can come by any day` })).toBe(false);
  });

  it('what a rival does, measured, is a finding', () => {
    const base = 'Hi Aisha, Tom Reid from Quarry Data.';
    const ask = 'I can show you how they did it on Tuesday at 2. Shall I book it?';
    expect(
      has('insight', {
        text: `${base} Your nearest competitor now turns quotes around in one day; yours take five. ${ask}`,
      }),
    ).toBe(true);
    expect(has('insight', { text: `${base} Your competitors are busy. ${ask}` })).toBe(false);
    expect(has('insight', { text: `${base} Your nearest competitor opened in 2019. ${ask}` })).toBe(
      false,
    );
  });

  it('research said as a noun ("we finished a review of 25 lobbies") is ours, not a pitch', () => {
    const base = 'Hi Nadia, Callum Reid from Stonebridge Security.';
    const ask = 'I’d like to share that with you on a 20-minute call Tuesday at 1.';
    for (const research of [
      'We’ve just finished a review of 25 hospital lobbies, and the after-hours gap is the same in almost all of them.',
      'We ran a study of 40 clinic front desks last spring.',
    ])
      expect(has('insight', { text: `${base} ${research} ${ask}` }), research).toBe(true);
    // A review of our own product finds nothing about their world.
    expect(
      has('insight', {
        text: `${base} We just completed a review of our own security platform. ${ask}`,
      }),
    ).toBe(false);
  });

  it('what peers do and what it gets them, in the present, is a finding; what our users do is not', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    const ask = 'Could we meet Thursday at 8?';
    for (const pattern of [
      'Foremen who capture as-builts on their phones get billing out the same day.',
      'Crews who file permits online get inspections booked a week sooner.',
    ])
      expect(has('insight', { text: `${base} ${pattern} ${ask}` }), pattern).toBe(true);
    expect(has('insight', { text: `${base} Bakers who use our app get more done. ${ask}` })).toBe(
      false,
    );
  });

  it('how the rep will reach them next, or sparing them a thought, is no benefit', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    const ask = 'Could we meet Thursday at 8?';
    for (const logistics of [
      'I’ll shoot you a note with two dates after this.',
      'I will wait while you find the right person.',
      'Decide now so you won’t have to think about flour again.',
    ])
      expect(has('benefit', { text: `${base} ${logistics} ${ask}` }), logistics).toBe(false);
    expect(
      has('benefit', {
        text: `${base} The spring contract would lock your rye price below this winter’s. ${ask}`,
      }),
    ).toBe(true);
  });

  it('"either way" in a thank-you is manners, not something they keep', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Could you point me to whoever runs purchasing?';
    expect(has('benefit', { text: `${base} Thanks either way.` })).toBe(false);
    // Nor is "either way" that lets them off or wishes them well.
    for (const manners of [
      'Either way is totally fine.',
      'Either way — good luck with the move.',
      'No pressure either way!',
    ])
      expect(has('benefit', { text: `${base} ${manners}` }), manners).toBe(false);
    expect(
      has('benefit', {
        text: `${base} Either way you keep the price sheet for the spring tender.`,
      }),
    ).toBe(true);
  });

  it('a result a client got, with its figure or a slot for it, is a benefit; our own growth is not', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    const ask = 'Could we meet Thursday at 8?';
    for (const proof of [
      'Last spring we helped two bakeries in Leeds cut their gas bills by 18%.',
      'Hollin Mills saved £9,000 on flour after moving to a spring contract.',
      'We got Brantwood Bakery down to a 6-hour proofing cycle.',
      'We have helped shops like [similar bakery] lower their [cost] by [result].',
    ])
      expect(has('benefit', { text: `${base} ${proof} ${ask}` }), proof).toBe(true);
    for (const notTheirs of [
      'We have opened 3 new depots since May.',
      'We saved our own bakery 20 hours a week with it.',
    ])
      expect(has('benefit', { text: `${base} ${notTheirs} ${ask}` }), notTheirs).toBe(false);
  });

  it('research into the prospect alone is no insight: they know their own website', () => {
    for (const looked of [
      'I looked at what you are up to, and it’s really great.',
      'I noticed you are in the bakery business, so I wanted to offer a partnership.',
    ]) {
      const text = `Hi Nils, Ruth Amsel with Pellwood Services. ${looked} Could we meet Thursday at 8?`;
      expect(has('insight', { text }), looked).toBe(false);
    }
    // Research across their peers still is.
    expect(
      has('insight', {
        text: 'Hi Nils, Ruth Amsel with Pellwood Services. We looked at 40 bakeries in the county and most overpaid for flour. Could we meet Thursday at 8?',
      }),
    ).toBe(true);
  });

  it('our own price, or the hour of the meeting, is no finding; a price in their market is', () => {
    const at = (line: string): string =>
      `Hi Nils, Ruth Amsel with Pellwood Services. ${line} Could we meet Thursday at 8?`;
    for (const ours of [
      'I build ordering sites for bakeries (from £350), with menus, maps and forms.',
      'I am taking on 2-3 bakery projects this month ($500-1.5K range).',
      'Our crews can take this on for just £90 a visit.',
      'Let’s set up a time on Friday at 10 so I can show you why everyone is switching to us.',
      // A subscription price stands alone, or is the plan's: nobody in the sentence pays it.
      '$20 a month.',
      'If it’s useful, Standard is $19/month.',
      'It’s €29 per seat, cancel anytime.',
    ])
      expect(has('insight', { text: at(ours) }), ours).toBe(false);
    for (const theirs of [
      'I recently sold the bakery on Mill Lane for £875,000, well above the asking price.',
      'Bakeries in the county paid $4,200 a month more for flour since the spring contracts reset.',
      'Across 40 bakeries we audited, most overpaid for flour.',
      'Bakeries your size lose $1,200 a month to no-shows.',
    ])
      expect(has('insight', { text: at(theirs) }), theirs).toBe(true);
  });

  it('our own price is no figure about their world, so a pitch with only a price blocks', () => {
    const at = (line: string): string =>
      `Hi Nils, Ruth Amsel with Pellwood Services. ${line} Fancy a quick 10-min chat?`;
    for (const ours of [
      'A site like the one on Bridge Street starts from £350.',
      'I help bakeries get online from £350, with menus and maps.',
      'Our ordering page runs itself. $40/month.',
    ]) {
      const result = checkOpener({ text: at(ours) });
      expect(result.verdict, ours).toBe('blocked');
      expect(result.findings.map((f) => f.ruleId)).toContain('missing_benefit.benefit');
    }
    const theirs = 'The bakery on Bridge Street lost £350 a week to missed phone orders.';
    expect(checkOpener({ text: at(theirs) }).verdict).not.toBe('blocked');
  });

  it('a greeting with no claim about anything has no insight', () => {
    const text =
      'Hi Nils, Ruth Amsel with Pellwood Services. I hope the spring menu is going well. Could we meet Thursday at 8?';
    expect(has('insight', { text })).toBe(false);
  });
});

describe('insight after a colon', () => {
  it('what follows a colon is read as a finding of its own, even after talk about us', () => {
    const text =
      'Hi Hannah, Reza Malik from Meridian Fuel Cards. We sell fuel cards, and we have just finished surveying 300 fleet managers: those with more than 20 vans overpay 6p a litre. Could we do 15 minutes Tuesday at 9?';
    expect(has('insight', { text })).toBe(true);
    // A colon before a list of what we sell adds no finding.
    const pitch =
      'Hi Hannah, Reza Malik from Meridian Fuel Cards. We offer three things: fuel cards, telematics and invoicing. Could we do 15 minutes Tuesday at 9?';
    expect(has('insight', { text: pitch })).toBe(false);
  });
});

describe('insight as a habit or a comparison across a group, with no number', () => {
  const at = (line: string): string =>
    `Hi Nils, Ruth Amsel with Pellwood Services. ${line} Could we meet Thursday at 8?`;
  it('what a group usually does, how it compares, or what we saw where we worked', () => {
    for (const finding of [
      'Bakeries that move to overnight proofing usually sell out before noon.',
      'Owners who wait for the inspector tend to pay for two repairs.',
      'Cafés on the high street that open at six are selling more pastries by nine.',
      'In the bakeries we’ve worked with, the ovens were the first thing to fail in winter.',
      'Family owners who restructure ownership early keep far more of the company.',
      // a counted group the model reads as a name
      'Three OEMs are buying presses right now.',
      // a change said with a particle
      'Terminals at the port are turning away unbooked trucks.',
      // a cause found across a group
      'On similar lines most scrap traces back to die drift in the first hour.',
      'Most late payroll runs stem from one approval step.',
    ])
      expect(has('insight', { text: at(finding) }), finding).toBe(true);
  });
  it('our own habits and theirs are not a finding about peers', () => {
    for (const notAFinding of [
      'Our bakers usually start at five.',
      'Your ovens usually run hot.',
      'I usually call on Tuesdays.',
      // what we would do for a group, not what the group got
      'I work with bakeries to sell more of the morning bake.',
    ])
      expect(has('insight', { text: at(notAFinding) }), notAFinding).toBe(false);
  });
});

describe('benefit wordings that promise the prospect nothing', () => {
  const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
  const ask = 'Could we meet Thursday at 8 for 20 minutes?';
  it('a shorter call, a need for our product, a guess about their past, a way to reach us', () => {
    for (const nothing of [
      'I’ll keep this short so you can get back to your ovens.',
      'It looks like your bakery could use our new proofing cabinets.',
      'You might have outsourced your ordering already.',
      'You can also stop by our showroom on the high street.',
    ])
      expect(has('benefit', { text: `${base} ${nothing} ${ask}` }), nothing).toBe(false);
  });

  it('a visit, our model pointed at, and an offer of information are no finding', () => {
    for (const nothing of [
      'I stopped by your bakery on Tuesday and left my card.',
      'This model allows bakeries to increase their output steadily while we handle the rest.',
      'If you have any questions or need more information, please reach out.',
    ])
      expect(has('insight', { text: `${base} ${nothing} ${ask}` }), nothing).toBe(false);
  });

  it('a request for time right now is no finding, whatever amount it names', () => {
    const text = `${base} Listen, you got a few minutes? I’d like to talk about your ovens.`;
    expect(has('insight', { text })).toBe(false);
    expect(has('benefit', { text })).toBe(false);
  });

  it('their thing kept for them, or a person who fits their need, is what they get', () => {
    for (const kept of [
      'Call me back by Friday noon so we hold your spot on the delivery run.',
      'I’d like to introduce you to a candidate who ran overnight proofing at two chains.',
      'I can connect you with two millers that still have rye to sell.',
    ])
      expect(has('benefit', { text: `${base} ${kept} ${ask}` }), kept).toBe(true);
    // Introducing ourselves gives them nothing.
    expect(
      has('benefit', { text: `${base} I’d like to introduce you to our bakery range. ${ask}` }),
    ).toBe(false);
  });

  it('an outcome for them, even hedged, is still a benefit', () => {
    for (const outcome of [
      'Switching the proofing schedule would cut your gas bill by a fifth, so you can open earlier.',
      'Hopefully we can find you a cheaper flour contract before the renewal.',
      'You could save two hours of kneading a day.',
    ])
      expect(has('benefit', { text: `${base} ${outcome} ${ask}` }), outcome).toBe(true);
  });
});

describe('ask', () => {
  it('a call to action told as a step is the ask; "Interested? Reply YES" is an interest check', () => {
    const base = 'Your bakery is listed on BreadMap: hotel buyers use it to find overnight bakers.';
    for (const step of [
      'Claim your free listing to make sure your hours are right: breadmap.example/claim',
      '[Book a tasting slot → breadmap.example/book]',
    ])
      expect(
        has('ask', { text: `${base}\n\n${step}\n\nRuth Amsel, BreadMap`, mode: 'email' }),
        step,
      ).toBe(true);
    expect(
      has('ask', {
        text: `${base}\n\nInterested? Reply YES\n\nRuth Amsel, BreadMap`,
        mode: 'email',
      }),
    ).toBe(false);
  });
  it('a date written as a day of the month is concrete', () => {
    const text =
      'Hi Nils, Ruth Amsel with Pellwood Services. Bakeries that proof overnight open with twice the loaves. Could we meet on the 14th at 8?';
    const result = checkOpener({ text });
    expect(result.components.ask.present).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('vague_ask.no_time');
  });

  it('a next step the rep states, with its day, is an ask even without a request verb', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Bakeries on your street that proofed overnight opened with twice the loaves.';
    for (const step of [
      'I’ll come by the bakery on Tuesday at 6 with their proofing logs.',
      'I will drop the flour samples Friday morning.',
      'I’m going to walk your floor with the baker on the 12th at 5.',
      'Before the flour contract renews, let’s sit down with your baker — Monday the 9th at 6, at the shop.',
      'Let’s taste the two rye blends side by side — Thursday at 4, at your counter.',
      // What the rep brings may be dated in the past; the step is still Tuesday.
      'I’ll come by Tuesday the 2nd at 9 with last year’s proofing logs.',
      // "will" in full: the model reads the "do" after it as an auxiliary.
      'Thursday 7am before you open — I will do the oven check on site.',
    ]) {
      const result = checkOpener({ text: `${base} ${step}` });
      expect(result.components.ask.present, step).toBe(true);
      expect(result.verdict, step).not.toBe('blocked');
    }
    // News about us with a date, a step with no day, and a refusal are not asks.
    for (const notAsk of [
      'We’ll publish the full bakery report next week.',
      'I’ll bring their proofing logs.',
      'I won’t come by on Tuesday.',
      'I came by the bakery last Tuesday at 6.',
    ])
      expect(has('ask', { text: `${base} ${notAsk}` }), notAsk).toBe(false);
  });

  it('a day cut short as in a calendar line ("Tue", "Thu") is a day', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Bakeries on your street that proofed overnight opened with twice the loaves.';
    const offer = (day: string) =>
      checkOpener({
        text: `${base} I can test all four ovens on ${day} morning and tell you which two to replace first.`,
      }).verdict;
    expect(offer('Tuesday')).not.toBe('blocked');
    expect(offer('Tue')).not.toBe('blocked');
  });

  it('a hyphenated "fit-out" is no slot verb: a finding with a time span is not an ask', () => {
    const text =
      'Hi Nils, Ruth Amsel with Pellwood Services. Owners who financed their ovens separately from the fit-out kept their credit line free for the slow months after opening.';
    expect(has('ask', { text })).toBe(false);
    expect(has('insight', { text })).toBe(true);
  });

  it('a request to call back on a number is a concrete next step, unless left to them', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. I’m calling about your flour contract.';
    expect(has('ask', { text: `${base} Please call me back on 0161 555 0148.` })).toBe(true);
    for (const leftToThem of [
      'Please call 0161 555 0148 if you have any flour needs.',
      'Please call me at 0161 555 0148 at your earliest convenience.',
    ])
      expect(has('ask', { text: `${base} ${leftToThem}` }), leftToThem).toBe(false);
  });

  it('a yes-or-no question about their world asks about them, not for a meeting', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Rye flour goes up 6% on the 1st and most bakeries your size have not locked a price.';
    for (const discovery of [
      'Quick question: is your kitchen still proofing overnight by hand every single night?',
      'Is your team still ordering rye by phone each week?',
    ])
      expect(has('ask', { text: `${base} ${discovery}` }), discovery).toBe(false);
    for (const proposal of [
      'Are you free Thursday at 8 for 20 minutes?',
      'Are you open to a briefing on the rye numbers?',
    ])
      expect(has('ask', { text: `${base} ${proposal}` }), proposal).toBe(true);
  });

  it('a meeting proposed as whether it is worth it is an ask; a look at something is not', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Rye flour goes up 6% on the 1st and most bakeries your size have not locked a price.';
    for (const ask of [
      'Worth a conversation before it does?',
      'Would it make sense to sit down with your head baker next week?',
      'Worth a call?',
      'Worth comparing notes on your rye contract?',
      'Would it be worth swapping notes with our head miller on Tuesday?',
    ])
      expect(has('ask', { text: `${base} ${ask}` }), ask).toBe(true);
    for (const notAnAsk of ['Worth a quick look?', 'Does that make sense?', 'Worth noting.'])
      expect(has('ask', { text: `${base} ${notAnAsk}` }), notAnAsk).toBe(false);
  });

  it('a call-back told with a slot for the number, or none, is a next step; one left to them is not', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. I’m calling about your flour contract. My direct line is 0161 555 0148.';
    for (const told of [
      'Ring me back at [your direct line] before Friday.',
      'Please call me back.',
      'So, give me a call back and we will set the date.',
    ])
      expect(has('ask', { text: `${base} ${told}` }), told).toBe(true);
    // A vague ask before it does not hide the call-back that follows.
    expect(
      has('ask', {
        text: `${base} You might be interested in the rye figures. Call me on {{mobile}} today.`,
      }),
    ).toBe(true);
    for (const leftToThem of [
      'If that sounds useful, ring me back at [your direct line].',
      'Give me a call back when you get a chance.',
      'Could you call me back so we find a time that suits?',
    ])
      expect(has('ask', { text: `${base} ${leftToThem}` }), leftToThem).toBe(false);
  });

  it('an order close is concrete without a day: what is ordered is its detail', () => {
    const text =
      'Hi Nils, Ruth Amsel with Pellwood Services. Rye flour is going up 6% on the 1st, and your order comes up Friday. Should I put through the usual 12 sacks now?';
    const result = checkOpener({ text });
    expect(result.components.ask.present).toBe(true);
    expect(result.components.insight.present).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('vague_ask.no_time');
    // A meeting with no day still gets the finding.
    const meeting =
      'Hi Nils, Ruth Amsel with Pellwood Services. Rye flour is going up 6%. Could we meet to go over it?';
    expect(checkOpener({ text: meeting }).findings.map((f) => f.ruleId)).toContain(
      'vague_ask.no_time',
    );
  });

  it('a wish stated with no meeting and no day asks for nothing', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    for (const wish of [
      'I’d like to talk to you about your flour needs.',
      'I have a great opportunity I want to share with you.',
    ])
      expect(has('ask', { text: `${base} ${wish}` }), wish).toBe(false);
    for (const ask of [
      'I’d like to set up a short call to go over your flour contract.',
      'I’d like to show you the mill figures. Thursday at 8?',
    ])
      expect(has('ask', { text: `${base} ${ask}` }), ask).toBe(true);
  });

  it('a discovery question asks about them, not for a meeting', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Bakeries on your street that proofed overnight opened with more loaves.';
    for (const question of [
      'How are you handling proofing today?',
      'What are you paying for flour right now?',
      // A day as the topic of how they work is no proposed day.
      'How are you handling Saturday morning proofing right now?',
      'Curious how you’re approaching proofing this year?',
    ]) {
      const result = checkOpener({ text: `${base} ${question}` });
      expect(result.components.ask.present, question).toBe(false);
      // A question is there, so the missing ask warns rather than blocks.
      expect(result.verdict, question).toBe('needs_work');
    }
    // With a day in it, it proposes after all.
    expect(has('ask', { text: `${base} What do you think of Thursday at 8 at the bakery?` })).toBe(
      true,
    );
    expect(has('ask', { text: `${base} How are you fixed for Thursday at 8?` })).toBe(true);
  });

  it('a finding with its own day and length is no proposal; a day and length with us in it is', () => {
    const finding =
      'Dealers who moved oil changes to online check-in cut Saturday waits from 70 minutes to 25.';
    expect(has('ask', { text: `Hey Nils, Ruth Amsel with Pellwood Services. ${finding}` })).toBe(
      false,
    );
    expect(
      has('ask', {
        text: `Hey Nils, Ruth Amsel with Pellwood Services. ${finding} On Tuesday at 4 I come to the dealership, fifteen minutes.`,
      }),
    ).toBe(true);
  });

  it('time now with a later slot as the other choice: the now blocks, the later slot is the ask', () => {
    const result = checkOpener({
      text: 'Hi Nils, Ruth Amsel with Pellwood Services. Bakeries on your street that proofed overnight opened with more loaves. Could I get five minutes right now to go through it, or should we do Tuesday at 3?',
    });
    expect(result.verdict).toBe('blocked');
    expect(result.findings.some((f) => f.category === 'permission')).toBe(true);
    expect(result.components.ask.present).toBe(true);
  });

  it('a rhetorical question sets up a claim and asks for nothing', () => {
    const base = 'Hi Nils, Ruth Amsel with Pellwood Services.';
    for (const question of [
      'What if I told you I could get you 20% more loaves out of the oven starting this week?',
      'Did you know bakeries on your street opened with 12% more loaves this week?',
    ])
      expect(has('ask', { text: `${base} ${question}` }), question).toBe(false);
    expect(has('ask', { text: `${base} What if we met Thursday at 8 at the bakery?` })).toBe(true);
  });

  it('the details of a next step can sit in the sentence before the ask', () => {
    const text =
      'Hi Nils, Ruth Amsel with Pellwood Services. Six bakery owners from your district are comparing flour contracts with us at the guild hall on Tuesday at 7. Can I save you a seat?';
    const result = checkOpener({ text });
    expect(result.components.ask.present).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).not.toContain('vague_ask.no_time');
  });

  it('an ask that is only "sometime" or "let me know" is no clear ask, and says so once', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. I’m calling because bakeries that proof overnight open with twice the loaves.';
    for (const vague of ['Could we catch up sometime?', 'Let me know if that sounds useful.']) {
      const result = checkOpener({ text: `${base} ${vague}` });
      expect(result.components.ask.present).toBe(false);
      const categories = result.findings.map((f) => f.category);
      expect(categories).toContain('vague_ask');
      expect(categories).not.toContain('missing_ask');
    }
    // A vague word beside a real day is a proposal.
    expect(has('ask', { text: `${base} Could we grab a few minutes on Thursday at 8?` })).toBe(
      true,
    );
  });

  it('a question asking for time right now is a permission habit, not the meeting ask', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Rye flour goes up 6% on the 1st and most bakeries your size have not locked a price.';
    for (const timeNow of [
      'Do you have a moment to chat?',
      'Could I get 5 minutes of your time?',
      'Worth 2 minutes?',
    ]) {
      const result = checkOpener({ text: `${base} ${timeNow}` });
      expect(
        result.findings.map((f) => f.category),
        timeNow,
      ).toContain('permission');
      expect(result.components.ask.present, timeNow).toBe(false);
    }
    // A meeting asked for after the time-now question is still the ask, and is where it points.
    const text = `${base} Do you have a moment? Could we meet Thursday at 8 for 20 minutes?`;
    const result = checkOpener({ text });
    expect(result.components.ask.present).toBe(true);
    const span = result.components.ask.span;
    expect(span && text.slice(span.start, span.end)).toBe(
      'Could we meet Thursday at 8 for 20 minutes?',
    );
  });

  it('interest in a named meeting proposes it; interest in learning more is a vague check', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Rye flour goes up 6% on the 1st and most bakeries your size have not locked a price.';
    for (const proposal of [
      'Would you be interested in a quick call about it?',
      'Would you be interested in a 20-minute briefing?',
    ])
      expect(has('ask', { text: `${base} ${proposal}` }), proposal).toBe(true);
    for (const vague of ['Would you be interested in learning more?', 'Are you interested?'])
      expect(has('ask', { text: `${base} ${vague}` }), vague).toBe(false);
  });

  it('a question naming a discussion proposes it; a ${slot} is a template slot, dollar sign and all', () => {
    const text =
      '${FirstName}, Ruth Amsel with Pellwood Services. Rye flour goes up 6% on the 1st and most bakeries your size have not locked a price. Quick pricing discussion?';
    const result = checkOpener({ text });
    expect(result.components.ask.present).toBe(true);
    const slot = result.findings.find((f) => f.ruleId === 'placeholder.unfilled');
    expect(slot && text.slice(slot.start, slot.end)).toBe('${FirstName}');
  });

  it('a booking link the prospect can use now is an ask; a link to read is not', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Rye flour goes up 6% on the 1st and most bakeries your size have not locked a price.';
    for (const link of [
      'Book a free pricing call: https://cal.example.com/ruth',
      'Here is my calendar: https://cal.example.com/ruth',
    ])
      expect(has('ask', { text: `${base} ${link}` }), link).toBe(true);
    expect(has('ask', { text: `${base} The price list is at https://example.com/rye` })).toBe(
      false,
    );
  });

  it('the rep offering to take the next step for them is an ask', () => {
    const base =
      'Hi Nils, Ruth Amsel with Pellwood Services. Rye flour goes up 6% on the 1st and bakeries that bought ahead paid less last year. I can hold 40 sacks at today’s price.';
    for (const offer of [
      'Would you like me to reserve them?',
      'Want me to go ahead?',
      'Shall I send the contract over?',
      'Do you want me to hold them until Friday?',
    ])
      expect(has('ask', { text: `${base} ${offer}` }), offer).toBe(true);
    for (const notAnOffer of ['Should I call you back later?', 'Shall I tell you more about us?'])
      expect(has('ask', { text: `${base} ${notAnOffer}` }), notAnOffer).toBe(false);
  });

  it('small talk and asking for someone else are questions, not asks', () => {
    for (const text of [
      'Hi Nils, how’s your week shaping up?',
      'Morning, could I talk to whoever orders your flour?',
      'Hi Nils, are you the person who signs the oven leases?',
    ])
      expect(has('ask', { text })).toBe(false);
    // A discovery question is not small talk, and a real ask after small talk still counts.
    const text =
      'Hi Nils, Ruth Amsel with Pellwood Services. How are you doing today? Could we meet Thursday at 8?';
    expect(has('ask', { text })).toBe(true);
  });
});

describe('template slots named for a part', () => {
  it('each slot word list reads its valid names as the part and its invalid names as not', () => {
    for (const entry of SLOT_PARTS) {
      for (const name of entry.valid)
        expect(slotParts(`[${name}]`), `${entry.part}: ${name}`).toContain(entry.part);
      for (const name of entry.invalid)
        expect(slotParts(`{{${name}}}`), `${entry.part}: ${name}`).not.toContain(entry.part);
    }
  });

  it('a template whose result or value is a slot has its benefit, as the label rule reads a slot as filled', () => {
    const template =
      'Hi [First Name], this is [Your Name] with [Company]. We recently worked with [Client], a bakery like yours, and helped them [achieve result] in [time period]. Could we take 20 minutes on [day] at [time]?';
    const result = checkOpener({ text: template });
    expect(result.components.benefit.present).toBe(true);
    expect(result.verdict).not.toBe('blocked');
    expect(result.findings.map((f) => f.ruleId)).toContain('placeholder.unfilled');
    const email =
      'Hi {{first_name}},\n\n{{personalized_first_line}}\n\n{{value_prop_with_proof}}\n\nAre you free for 15 minutes on {{day}}?\n\n{{sender_signature}}';
    const parts = checkOpener({ text: email, mode: 'email' }).components;
    expect(parts.reason.present).toBe(true);
    expect(parts.benefit.present).toBe(true);
  });

  it('a slot that says it is empty, or the builder’s own prompt, stands in for nothing', () => {
    const base = 'Hi [First Name], this is [Your Name] with [Company].';
    const ask = 'Could we meet Thursday at 10 for 20 minutes?';
    expect(
      has('benefit', {
        text: `${base} At [Our Company], we help companies [vague benefit]. ${ask}`,
      }),
    ).toBe(false);
    expect(
      has('benefit', { text: `${base} I'm calling because (pick an insight on the left). ${ask}` }),
    ).toBe(false);
    expect(slotParts('(pick an insight on the left)')).toEqual([]);
  });
});

describe('insight and benefit in clauses the first reading ran together', () => {
  const intro = 'Hi Nils, Ruth Amsel with Pellwood Services.';
  const ask = 'Could we meet Thursday at 8?';

  it('a finding joined to a sentence about us by ", and" is still a finding', () => {
    const text = `${intro} We mill for the two bakeries on Quay Street, and their returns fell from 40 loaves a week to 6 after the switch. ${ask}`;
    expect(has('insight', { text })).toBe(true);
    expect(has('benefit', { text })).toBe(true);
    // The same sentence about us with nothing after the comma states nothing about the world.
    const aboutUs = `${intro} We mill for the two bakeries on Quay Street, and we deliver every morning. ${ask}`;
    expect(has('insight', { text: aboutUs })).toBe(false);
  });

  it('a plural that opens the sentence is its subject, even where the model reads it as a name', () => {
    const text = `${intro} Florists near the station are losing weekend trade to kiosks. ${ask}`;
    expect(has('insight', { text })).toBe(true);
    // A plural named as what we sell, with no verb of its own, is no group doing anything.
    const list = `${intro} Breads, rolls and pastries for your counter. ${ask}`;
    expect(has('insight', { text: list })).toBe(false);
  });

  it('what happened to a group, then what they did that caused it, is a finding', () => {
    const text = `${intro} Shops on your parade sold out by noon once owners baked a second batch at ten. ${ask}`;
    expect(has('insight', { text })).toBe(true);
    // Two past verbs with no link between them are a story, not a cause.
    const story = `${intro} Shops on your parade opened late and closed early. ${ask}`;
    expect(has('insight', { text: story })).toBe(false);
  });
});

describe('the benefit carried by the briefing the rep offers', () => {
  const intro = 'Hi Nils, Ruth Amsel with Pellwood Services.';
  it('a piece of work prepared for this prospect (named by a slot), or what it would show, is a benefit', () => {
    for (const offer of [
      'I can run a free flour-cost baseline for {{ShopName}}.',
      'I’ll bring a breakdown of last quarter’s invoices for [Shop].',
      'I can run a free baseline for [Shop] and show what recovery would look like.',
    ]) {
      const text = `${intro} ${offer} Can we meet Thursday at 8?`;
      expect(has('benefit', { text }), offer).toBe(true);
    }
    // Our platform, a demo or "some information" is no work prepared for them.
    for (const offer of [
      'I can send you some information about our mill.',
      'I’d love to show you our ordering platform.',
      'We can run a demo of the app for your team.',
    ]) {
      const text = `${intro} ${offer} Can we meet Thursday at 8?`;
      expect(has('benefit', { text }), offer).toBe(false);
    }
  });
});

describe('ask: an offer to hand over something concrete, asked as a question', () => {
  const lead =
    'Hi Nils, Ruth Amsel with Pellwood Services. Bakeries on your street that proofed overnight opened with more loaves.';
  it('is a next step the prospect can take up', () => {
    for (const ask of [
      'May I send you the quote?',
      'Mind if I send over how they did it?',
      'Would it be useful if I shared the questions I’d ask?',
      'Want yours?',
      'Open to seeing what’s hiding in your flour bills?',
      'Worth discussing what you’d pay?',
    ])
      expect(has('ask', { text: `${lead} ${ask}` }), ask).toBe(true);
  });
  it('asking to talk now, to ask something, or whether they want an outcome is no such offer', () => {
    for (const ask of [
      'Mind if I share what I’m seeing?',
      'May I tell you why I called?',
      'Can I ask you a question?',
      'Do you want more customers?',
      'Would that be useful?',
    ])
      expect(has('ask', { text: `${lead} ${ask}` }), ask).toBe(false);
  });
});

describe('reason: an earlier touch and its topic, a trigger come upon, a trigger after the name', () => {
  const ask = 'Could we meet Thursday at 8?';
  it('says why the rep is in touch', () => {
    for (const text of [
      `Hi Nils, Ruth Amsel with Pellwood Services. Following up on my note last week about your rye order. ${ask}`,
      `Hi Nils, Ruth Amsel with Pellwood Services, returning your call about the oven quote. ${ask}`,
      `Hi Nils, I came across your post on sourdough starters. ${ask} - Ruth Amsel, Pellwood Services`,
      `Hi [First Name], I was reading [Company]'s menu and noticed the new brunch line. ${ask}`,
      `Nils, your bakery's lease shows a break clause in March. ${ask} - Ruth`,
    ])
      expect(has('reason', { text }), text).toBe(true);
  });
  it('a follow-up with no topic, or a name with no trigger after it, says nothing of why', () => {
    for (const text of [
      `Hi Nils, Ruth Amsel with Pellwood Services. Just following up. ${ask}`,
      `Nils, hope the week is going well. ${ask} - Ruth`,
    ])
      expect(has('reason', { text }), text).toBe(false);
  });
});

describe('insight: a client result measured after its verb, or a move between two figures', () => {
  const intro = 'Hi Nils, Ruth Amsel with Pellwood Services.';
  const ask = 'Could we meet Thursday at 8?';
  it('is what we learned across clients', () => {
    for (const finding of [
      'We helped [Client Bakery] scale from [X] to [Y] loaves a day.',
      'We set up the night shift for the Quay Street bakery -- they went from 2 orders a week to 11.',
    ]) {
      const text = `${intro} ${finding} ${ask}`;
      expect(has('insight', { text }), finding).toBe(true);
    }
  });
  it('how many clients we have is our size, not what anyone got', () => {
    const text = `${intro} We've helped over 500 bakeries grow their sales. ${ask}`;
    expect(has('insight', { text })).toBe(false);
  });
});

describe('a purpose that is only about the contact, and a length that is no group', () => {
  const intro = 'Hi Nils, Ruth Amsel with Pellwood Services.';
  it('checking whether they are free, got the email or are the right person gives no reason', () => {
    for (const purpose of [
      'I’m calling to see if you’re available to chat for a few minutes.',
      'Just following up to see if you had 15 minutes free on Tuesday.',
      'I’m just checking to see if you are the person who buys flour.',
    ]) {
      const result = checkOpener({ text: `${intro} ${purpose}` });
      expect(result.components.reason.present, purpose).toBe(false);
      expect(result.components.insight.present, purpose).toBe(false);
    }
    // A purpose with a topic of theirs is a reason.
    const topic = `${intro} I’m calling to see if your rye order is still due in March.`;
    expect(has('reason', { text: topic })).toBe(true);
  });
});

describe('benefit: a measured result clients got, even in a sentence about our product', () => {
  const intro = 'Hi Nils, Ruth Amsel with Pellwood Services.';
  const ask = 'Could we meet Thursday at 8?';
  it('is a specific outcome', () => {
    const text = `${intro} Our ordering app has helped bakeries cut waste from 40 loaves a week to 6. ${ask}`;
    expect(has('benefit', { text })).toBe(true);
  });
  it('an unmeasured result is not, nor is how many clients we have', () => {
    for (const claim of [
      'Our ordering app has helped bakeries grow.',
      'We’ve helped over 500 shops increase their sales.',
    ])
      expect(has('benefit', { text: `${intro} ${claim} ${ask}` }), claim).toBe(false);
  });
});

describe('identity: a slot is no person at a company; a greeting may follow the prospect’s name', () => {
  const rest =
    'Bakeries on your street that proofed overnight opened with more loaves. Could we meet Thursday at 8?';
  it('"Tuesday at 2:00" is a day and a time, not a name at a company', () => {
    const text = `I’d like to walk your bakery with you. Is Tuesday at 2:00 good, or is Friday at 9:00 better?`;
    expect(has('identity', { text, mode: 'email' })).toBe(false);
  });
  it('"Nils, hi, Ruth Amsel, I run the flour desk at Pellwood Services" introduces the caller', () => {
    const text = `Nils, hi, Ruth Amsel, I run the flour desk at Pellwood Services. ${rest}`;
    expect(has('identity', { text })).toBe(true);
  });
});
