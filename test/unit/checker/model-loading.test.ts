import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The checker's language model (wink-nlp and its ~3.8 MB English model) must never be part of the
 * first screen's JavaScript: the renderer loads it with the plan screen through a dynamic import.
 * This follows the renderer's static imports from its entry, as the bundler does when it builds
 * the entry chunk, and fails if any of them reaches the model. Type-only imports are erased by the
 * compiler and are not followed; `import()` starts a chunk of its own and is followed separately.
 */
const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const ENTRY = join(ROOT, 'src/renderer/src/main.tsx');
const MODEL_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'];

interface Graph {
  /** Project files reached by static imports. */
  files: Set<string>;
  /** Packages imported statically by those files. */
  packages: Set<string>;
  /** Specifiers of `import()` calls found in those files, resolved where they are files. */
  dynamic: Set<string>;
}

const STATIC_IMPORT =
  /^\s*(?:import|export)\s+(type\s+)?(?:([\s\S]*?)\s+from\s+)?['"]([^'"]+)['"]/gmu;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu;

function resolveFile(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ])
    if (
      existsSync(candidate) &&
      !candidate.endsWith('/') &&
      /\.[cm]?[tj]sx?$|\.css$/u.test(candidate)
    )
      return candidate;
  return null;
}

/** `import { type A, type B } from` and `export type { … } from` bring in no code. */
function typeOnly(typeKeyword: string | undefined, clause: string | undefined): boolean {
  if (typeKeyword) return true;
  if (!clause) return false;
  const braces = /^\{([\s\S]*)\}$/u.exec(clause.trim());
  if (!braces?.[1]) return false;
  const names = braces[1]
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

function staticGraph(entry: string): Graph {
  const graph: Graph = { files: new Set(), packages: new Set(), dynamic: new Set() };
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (!file || graph.files.has(file)) continue;
    graph.files.add(file);
    if (file.endsWith('.css')) continue;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const [, typeKeyword, clause, specifier = ''] = match;
      if (typeOnly(typeKeyword, clause)) continue;
      if (specifier.startsWith('.')) {
        const target = resolveFile(file, specifier);
        if (target) queue.push(target);
      } else graph.packages.add(specifier);
    }
    for (const match of source.matchAll(DYNAMIC_IMPORT)) {
      const specifier = match[1] ?? '';
      graph.dynamic.add(
        specifier.startsWith('.') ? (resolveFile(file, specifier) ?? specifier) : specifier,
      );
    }
  }
  return graph;
}

describe('the language model stays out of the first screen', () => {
  it('no static import from the renderer entry reaches wink-nlp or its model', () => {
    const entry = staticGraph(ENTRY);
    // The walk really covers the first screen (the app shell and the checker's shared types).
    expect(entry.files.has(join(ROOT, 'src/renderer/src/app/App.tsx'))).toBe(true);
    for (const name of MODEL_PACKAGES) expect(entry.packages).not.toContain(name);
  });

  it('the plan screen reaches the model only through a dynamic import', () => {
    const planScreen = join(ROOT, 'src/renderer/src/features/plans/PlanScreen.tsx');
    // The app shell opens the plan screen lazily…
    expect(staticGraph(ENTRY).dynamic).toContain(planScreen);
    const plan = staticGraph(planScreen);
    // …the plan screen runs the checker…
    expect(plan.files.has(join(ROOT, 'src/shared/checker/check.ts'))).toBe(true);
    // …and the checker loads the model with import(), never with a static import.
    for (const name of MODEL_PACKAGES) {
      expect(plan.packages).not.toContain(name);
      expect(plan.dynamic).toContain(name);
    }
  });

  it('the walker sees a static import of the model where there is one', () => {
    // The Node loader imports the model's types only and loads it with require at run time, so
    // to prove the walker would catch a real import, read a file that has one.
    const graph = staticGraph(join(ROOT, 'src/shared/checker/language/parse.ts'));
    expect(graph.packages).not.toContain('wink-nlp');
    const probe = staticGraph(join(ROOT, 'test/unit/checker/fixtures/imports-model.ts'));
    expect(probe.packages).toContain('wink-nlp');
  });
});
