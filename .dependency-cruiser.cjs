/**
 * The backend's feature graph and the app's layering, checked by `npm run lint`
 * (`depcruise src`). The README's "Backend layout" shows the same graph.
 *
 * A feature is a folder of src/main. `db/` and `api/` are infrastructure every feature may use;
 * backend.ts, feature-handlers.ts, read-worker.ts, host/ and electron/ compose the features and
 * may import any of them.
 */

/** Which features each feature may import. It must stay acyclic: no-feature-cycles checks that. */
const FEATURE_GRAPH = {
  settings: [],
  prospects: [],
  backup: [],
  insights: ['prospects'],
  briefings: ['insights', 'prospects'],
  plans: ['briefings', 'insights', 'prospects', 'settings'],
  meetings: ['briefings', 'prospects', 'settings'],
  calls: ['briefings', 'insights', 'meetings', 'plans', 'prospects', 'settings'],
  review: ['calls', 'insights', 'plans', 'prospects', 'settings'],
  search: ['briefings', 'calls', 'insights', 'plans', 'prospects'],
  data: ['briefings', 'calls', 'insights', 'meetings', 'plans', 'prospects', 'sample'],
  sample: ['briefings', 'calls', 'insights', 'meetings', 'plans', 'prospects', 'settings'],
  today: ['settings'],
  recovery: ['backup'],
};

const FEATURES = Object.keys(FEATURE_GRAPH);
/** Folders of src/main that are not features: shared plumbing, and the code that composes. */
const INFRASTRUCTURE = ['db', 'api', 'jobs', 'security', 'host', 'electron'];
const anyOf = (names) => `^src/main/(${names.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'no-feature-cycles',
      comment:
        'Features of src/main do not import each other in a circle: one of them is a lower layer. Move the shared part down (db/, or the lower feature) or hand the use case in from backend.ts.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/main/[^/]+$' },
      to: { path: '^src/main/[^/]+$', circular: true },
    },
    ...FEATURES.map((feature) => ({
      name: `feature-graph-${feature}`,
      comment: `src/main/${feature}/ imports only the features FEATURE_GRAPH allows it (${FEATURE_GRAPH[feature].join(', ') || 'none'}).`,
      severity: 'error',
      from: { path: `^src/main/${feature}/` },
      to: {
        path: anyOf(FEATURES),
        pathNot: anyOf([feature, ...FEATURE_GRAPH[feature]]),
      },
    })),
    {
      name: 'declared-folders',
      comment:
        'Every folder of src/main is a feature in FEATURE_GRAPH or listed in INFRASTRUCTURE: a new folder is placed in the graph before anything imports it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/main/[^/]+/', pathNot: anyOf([...FEATURES, ...INFRASTRUCTURE]) },
    },
    {
      name: 'features-not-composition',
      comment:
        'Features do not import the code that composes them (backend, hosts, Electron, the reader thread).',
      severity: 'error',
      from: { path: anyOf(FEATURES) },
      to: {
        path: '^src/main/(backend\\.ts|feature-handlers\\.ts|read-worker\\.ts|index\\.ts|host/|electron/)',
      },
    },
    {
      name: 'main-not-renderer',
      comment: 'The backend never imports the renderer.',
      severity: 'error',
      from: { path: '^src/main/' },
      to: { path: '^src/renderer/' },
    },
    {
      name: 'renderer-not-main',
      comment: 'The renderer reaches the backend only through lib/api.ts and the API contract.',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: '^src/(main|preload)/' },
    },
    {
      name: 'shared-is-pure',
      comment: 'src/shared runs anywhere: it imports nothing from main, preload or the renderer.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/(main|preload|renderer)/' },
    },
    {
      name: 'only-electron-folder-imports-electron',
      comment:
        "Only src/main/electron/ (and the preload script, which runs in Electron) import 'electron'.",
      severity: 'error',
      from: { pathNot: '^src/(main/electron|preload)/' },
      to: { path: '^node_modules/electron/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
