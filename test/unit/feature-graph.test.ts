import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** Which features each feature may import, as `.dependency-cruiser.cjs` enforces it. */
function linted(): Record<string, string[]> {
  const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs')) as {
    forbidden: { name: string; to: { pathNot?: string } }[];
  };
  const graph: Record<string, string[]> = {};
  for (const rule of config.forbidden) {
    const feature = /^feature-graph-(.+)$/u.exec(rule.name)?.[1];
    if (!feature) continue;
    // pathNot is `^src/main/(feature|allowed|…)/`: the feature itself, then what it may import.
    const [, ...allowed] = /\(([^)]*)\)/u.exec(rule.to.pathNot ?? '')![1]!.split('|');
    graph[feature] = allowed.sort();
  }
  return graph;
}

/** The graph as the README's "Backend layout" draws it. */
function documented(): Record<string, string[]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('Features import each other only down this graph');
  const block = /```\n([\s\S]*?)```/u.exec(readme.slice(start))![1]!;
  const graph: Record<string, string[]> = {};
  for (const line of block.split('\n')) {
    const arrow = /^(\w+)\s+->\s+([\w, ]+?)\s*(?:\(.*\))?$/u.exec(line);
    if (arrow) {
      graph[arrow[1]!] = arrow[2]!
        .split(',')
        .map((name) => name.trim())
        .sort();
      continue;
    }
    const roots = /^([\w, ]+?)\s+\(no feature imports\)$/u.exec(line);
    for (const name of roots?.[1]!.split(',') ?? []) graph[name.trim()] = [];
  }
  return graph;
}

describe('the feature graph in the README', () => {
  it('is the graph the lint enforces, feature for feature', () => {
    expect(Object.keys(linted()).length).toBeGreaterThan(10);
    expect(documented()).toEqual(linted());
  });
});
