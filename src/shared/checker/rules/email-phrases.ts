import type { PhraseRule } from '../rule-types';
import { planInsight, prospectFirstName } from './suggest';
import { textBefore } from './helpers';

/** Email-only openings that spend the preview line on nothing. */
export const EMAIL_PHRASE_RULES: readonly PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'email.finds_you_well',
    category: 'email',
    severity: 'warn',
    modes: ['email'],
    pattern:
      "(?:i )?(?:hope|trust) (?:this|my|the)(?: email| e-mail| message| note| mail| letter)? (?:finds|reaches) you(?: well| in good (?:health|spirits)| doing well)?|(?:i )?hope (?:you're|you are|all is|everything is|this week is|your week is|you had|you're having|you are having|you've had|your (?:day|week|quarter) is) (?:doing )?(?:well|good|great|a great|a good|going well|treating you well|off to a (?:great|good) start)",
    message: 'Opens with “I hope this email finds you well”.',
    why: 'The first line is the preview the prospect decides on; a stock pleasantry there reads as a mass email and says nothing about them.',
    suggestion: 'Make the first line the insight, addressed to them by name.',
    suggestFor: (_match, analysis) => {
      const insight = planInsight(analysis);
      const name = prospectFirstName(analysis);
      return insight
        ? `Make the first line the insight: "${name ? `${name} — ` : ''}${insight}."`
        : null;
    },
    examples: ['Hi Sam,\nI hope this email finds you well.'],
  },
  {
    kind: 'phrase',
    id: 'email.generic_greeting',
    category: 'email',
    severity: 'warn',
    modes: ['email'],
    pattern:
      'dear (?:sir|madam|sir or madam|sir/madam|customer|valued customer|friend|team|colleague)|to whom it may concern|(?:hi|hello|hey|dear|greetings) (?:there|team|all|friend|folks|everyone|sir)|greetings',
    // Only the salutation counts: "greetings" later in a sentence is not the greeting.
    accept: (match, analysis) =>
      !/\S/u.test(textBefore(analysis, match, 200).split('\n').pop() ?? ''),
    message: 'Generic greeting.',
    why: 'A greeting that could go to anyone tells the prospect it went to everyone.',
    suggestion: 'Use their name.',
    suggestFor: (_match, analysis) => {
      const name = prospectFirstName(analysis);
      return name ? `Use their name: "${name} —".` : null;
    },
    examples: ['Dear Sir or Madam,\nWe benchmarked 60 distributors.'],
  },
];
