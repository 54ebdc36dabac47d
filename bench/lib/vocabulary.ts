import { Random, ZipfSampler } from './random';

/**
 * The head of the vocabulary, most frequent first: what reps write in call notes and insights.
 * Function words stay in because unicode61 has no stop list, so they are in the index too.
 */
const HEAD = `
the to and we pricing a of they meeting for call is on budget in with it their next
said team q3 need our renewal contract this cost current vendor about week decision
approval procurement price proposal process follow up have not was are be that from
freight carrier shipping lanes quarter month year priority problem product project
probably pretty preferred provider pipeline demo trial timeline rollout onboarding
security review legal signoff stakeholder champion economic buyer cfo vp director
manager ops operations finance it integration api data reporting dashboard workflow
manual spreadsheet savings roi margin revenue growth churn retention expansion seats
license annual monthly discount terms payment invoice net30 quote rfp shortlist
competitor incumbent switching risk compliance audit hipaa soc2 gdpr policy claims
patients clinic hospital pharmacy distributor warehouse inventory stockouts orders
fulfillment returns dispatch drivers fleet routes fuel rates spot contract accessorial
detention demurrage tender capacity backlog hiring headcount turnover training support
tickets response sla uptime outage migration legacy upgrade implementation pilot
success metrics kpi baseline benchmark survey report study analysts industry peers
average percent million thousand hours days weeks minutes faster cheaper less more
voicemail gatekeeper assistant callback interested objection concern question answer
agenda slot tuesday wednesday thursday friday monday morning afternoon calendar invite
email sent reply referral intro warm cold dial opener insight headline evidence source
approve approved approval approach appreciate appropriate apply applied april
prefers pressure presented president prevent previous primary principal private
region national regional local global enterprise midmarket smb segment vertical account
territory quota forecast commit upside closed won lost stalled paused delayed pushed
board exec sponsor committee consensus rollout phased scope requirements wishlist
feature roadmap bug fix release version mobile desktop cloud onprem server network
`;

const FIRST_NAMES = `James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara
Richard Susan Joseph Jessica Thomas Sarah Charles Karen Chris Lisa Daniel Nancy Matthew Betty
Anthony Sandra Mark Ashley Donald Emily Steven Kimberly Andrew Donna Paul Michelle Joshua Carol
Kenneth Amanda Kevin Melissa Brian Deborah George Stephanie Timothy Rebecca Ronald Laura Jason
Sharon Edward Cynthia Jeffrey Kathleen Ryan Amy Jacob Angela Gary Shirley Nicholas Anna Eric
Brenda Jonathan Pamela Priya Wei Mateo Sofia Aisha Omar Yuki Hiro Lena Björn Zoë José Chloé`;

const LAST_NAMES = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez
Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Patel Kim Chen
Müller Schmidt O'Reilly O'Brien Dubois Rossi Kowalski Novak Sato Tanaka Okafor Haddad Larsen`;

export const TITLES = [
  'VP Operations',
  'Director of Logistics',
  'Head of Procurement',
  'CFO',
  'Controller',
  'Practice Manager',
  'Operations Manager',
  'IT Director',
  'VP Sales',
  'Supply Chain Manager',
  'Office Manager',
  'COO',
  'Fleet Manager',
  'Purchasing Lead',
  'Revenue Operations Manager',
  'Chief Medical Officer',
];

export const INDUSTRIES = [
  'Logistics',
  'Distribution',
  'Healthcare',
  'Dental',
  'Manufacturing',
  'Retail',
  'SaaS',
  'Construction',
  'Food & Beverage',
  'Insurance',
  'Education',
  'Hospitality',
  'Automotive',
  'Energy',
  'Legal',
  'Real Estate',
];

export const TAGS = [
  'freight',
  'pricing',
  'hot',
  'renewal',
  'q3',
  'q4',
  'referral',
  'champion',
  'cold',
  'inbound',
  'enterprise',
  'smb',
  'healthcare',
  'compliance',
  'expansion',
  'competitor',
  'follow-up',
  'budget',
  'security',
  'pilot',
];

export const SOURCES = [
  'Gartner',
  'Forrester',
  'McKinsey Quarterly',
  'Harvard Business Review',
  'FreightWaves',
  'Supply Chain Dive',
  'Modern Healthcare',
  'company 10-K',
  'earnings call',
  'LinkedIn post',
  'customer interview',
  'internal win study',
  'trade association survey',
  'Wall Street Journal',
];

const COMPANY_SUFFIXES = [
  'Logistics',
  'Supply',
  'Health',
  'Systems',
  'Partners',
  'Freight',
  'Dental',
  'Manufacturing',
  'Group',
  'Holdings',
  'Labs',
  'Foods',
  'Clinic',
  'Distribution',
];

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'cr',
  'dr',
  'gr',
  'pl',
  'st',
  'tr',
  'qu',
  'sh',
  'th',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'x', 'l', 'm', 'nd', 'rt'];

/**
 * The words text is drawn from: the sales head above, then a long tail of made-up product,
 * place and company words so that a rare term matches a few dozen rows, as a real one does.
 */
export class Vocabulary {
  readonly words: readonly string[];
  readonly firstNames = FIRST_NAMES.split(/\s+/).filter(Boolean);
  readonly lastNames = LAST_NAMES.split(/\s+/).filter(Boolean);
  private readonly zipf: ZipfSampler;

  constructor(size: number, exponent: number, seed: number) {
    const head = [...new Set(HEAD.split(/\s+/).filter(Boolean))];
    const seen = new Set(head);
    const words = [...head];
    const random = new Random(seed);
    while (words.length < size) {
      let word = '';
      const syllables = random.int(2, 4);
      for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS);
      word += random.pick(CODAS);
      if (!seen.has(word)) {
        seen.add(word);
        words.push(word);
      }
    }
    this.words = words;
    this.zipf = new ZipfSampler(size, exponent);
  }

  /** The word that appears `rank`-th most often (0 = most frequent). */
  wordAt(rank: number): string {
    return this.words[rank]!;
  }

  /** How often the word at `rank` is drawn, as a share of all drawn words. */
  share(rank: number): number {
    return this.zipf.probability(rank);
  }

  word(random: Random): string {
    return this.words[this.zipf.sample(random)]!;
  }

  /** A sentence-like run of `min`..`max` words, capitalised and ending in a full stop. */
  text(random: Random, min: number, max: number): string {
    const count = random.int(min, max);
    const parts: string[] = new Array<string>(count);
    for (let i = 0; i < count; i++) parts[i] = this.word(random);
    const first = parts[0]!;
    parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${parts.join(' ')}.`;
  }

  personName(random: Random): string {
    return `${random.pick(this.firstNames)} ${random.pick(this.lastNames)}`;
  }

  company(random: Random): string {
    const word = this.words[random.int(400, this.words.length - 1)]!;
    return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${random.pick(COMPANY_SUFFIXES)}`;
  }
}
