/** `npm run docs:rules`: writes docs/checker-rules.md from the checker's rule catalog. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderRuleDocs } from '../src/shared/checker/rule-docs';

const target = resolve('docs/checker-rules.md');
writeFileSync(target, renderRuleDocs());
process.stdout.write(`wrote ${target}\n`);
