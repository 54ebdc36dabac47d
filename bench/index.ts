import { backgroundSection } from './background.bench';
import { checkerSection } from './checker.bench';
import { coldStartSection } from './coldstart.bench';
import { concurrencySection } from './concurrency.bench';
import { importEdgesSection } from './import-edges.bench';
import { importSection } from './import.bench';
import { runSections, type BenchSection } from './lib/report';
import { reviewSection } from './review.bench';
import { searchSection } from './search.bench';
import { uiSection } from './ui.bench';
import { upgradeSection } from './upgrade.bench';

/**
 * `npm run bench [-- section…]`: the machine, then each section between two load readings with
 * its targets judged met / NOT met / UNRELIABLE, then a summary of every target. Benchmarks print
 * figures; they never fail the build.
 */
const SECTIONS: readonly BenchSection[] = [
  searchSection,
  upgradeSection,
  reviewSection,
  checkerSection,
  importSection,
  importEdgesSection,
  backgroundSection,
  concurrencySection,
  uiSection,
  coldStartSection,
];

function usage(): string {
  return [
    'usage: npm run bench [-- <section>…]   (no section: all of them, in this order)',
    '',
    ...SECTIONS.map((s) => `  ${s.name.padEnd(9)} ${s.about}`),
    '',
    'Each target is printed beside its floor from the same run and judged met / NOT met, or',
    'UNRELIABLE when the 1-minute load average before or after its section exceeded the core count.',
  ].join('\n');
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage());
} else {
  const unknown = args.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length) {
    console.error(`bench: no section named ${unknown.join(', ')}\n\n${usage()}`);
    process.exit(2);
  }
  await runSections(args.length ? SECTIONS.filter((s) => args.includes(s.name)) : SECTIONS);
}
