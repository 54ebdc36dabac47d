import { readFileSync } from 'node:fs';

/**
 * Prints what a V8 .cpuprofile spent its time on: the top functions by self time, the same by
 * file or package, and the top functions by total time (self plus what they call), each as a
 * share of all samples.
 *   npx tsx bench/profile-summary.ts <file.cpuprofile> [top]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes)
  for (const child of node.children ?? []) parentOf.set(child, node.id);

/** The package a script belongs to, or its path under the project. */
const placeOf = (url: string): string => {
  const modules = url.lastIndexOf('node_modules/');
  if (modules !== -1) return url.slice(modules + 'node_modules/'.length).split('/')[0] ?? url;
  const src = url.search(/\/(?:src|bench)\//);
  return src === -1 ? url || '(vm)' : url.slice(src + 1);
};
const nameOf = (node: ProfileNode): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName.length > 90 ? `${functionName.slice(0, 90)}…` : functionName;
  return `${name || '(anonymous)'} ${placeOf(url)}${url ? `:${lineNumber + 1}` : ''}`;
};

const self = new Map<string, number>();
const selfByPlace = new Map<string, number>();
const total = new Map<string, number>();
const add = (counts: Map<string, number>, key: string): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};
for (const id of profile.samples) {
  const node = byId.get(id);
  if (!node) continue;
  add(self, nameOf(node));
  add(selfByPlace, placeOf(node.callFrame.url));
  // Each function once per sample, however deep it recurses.
  const onStack = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = byId.get(at);
    if (frame) onStack.add(nameOf(frame));
  }
  for (const name of onStack) add(total, name);
}

const samples = profile.samples.length;
const print = (title: string, counts: Map<string, number>, rows: number): void => {
  console.log(`\n${title} (${samples} samples)`);
  for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, rows))
    console.log(`${((count / samples) * 100).toFixed(1).padStart(5)}%  ${name}`);
};
print('Self time by function', self, top);
print('Self time by file or package', selfByPlace, 20);
print('Total time by function', total, top);
