import { join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'depcruise');

/** The rules `npm run lint` applies (.dependency-cruiser.cjs), run over `src` under `baseDir`. */
async function violations(baseDir: string, tsConfigFile?: string) {
  const { tsConfig: _tsConfig, ...options } = await extractDepcruiseOptions(
    join(ROOT, '.dependency-cruiser.cjs'),
  );
  const result = await cruise(
    ['src'],
    { ...options, baseDir, validate: true },
    {},
    tsConfigFile ? { tsConfig: extractTSConfig(join(ROOT, tsConfigFile)) } : undefined,
  );
  return (result.output as ICruiseResult).summary.violations.map((violation) => ({
    rule: violation.rule.name,
    from: violation.from,
    to: violation.to,
  }));
}

describe('the feature graph lint (dependency-cruiser)', () => {
  it('fails on a cycle between two feature folders, and on shared code importing main', async () => {
    expect(await violations(FIXTURE)).toEqual(
      expect.arrayContaining([
        { rule: 'no-feature-cycles', from: 'src/main/alpha', to: 'src/main/beta' },
        { rule: 'no-feature-cycles', from: 'src/main/beta', to: 'src/main/alpha' },
        { rule: 'shared-is-pure', from: 'src/shared/pure.ts', to: 'src/main/alpha/a.ts' },
      ]),
    );
  });

  it('finds nothing to report in src/', { timeout: 120_000 }, async () => {
    expect(await violations(ROOT, 'tsconfig.node.json')).toEqual([]);
  });
});
