/**
 * The app's own commands as plain data: id, title, section, shortcut. The renderer binds them to
 * what they do (src/renderer/src/app/commands/AppCommands.tsx) and lists them in the palette, the
 * shortcuts overlay and the sidebar; the Electron main process builds the menu bar from the same
 * entries (src/main/electron/menu.ts). Pure data, no imports: the preload bundles it too.
 */

/**
 * A command is declared once — id, title, section, shortcut, the screen it applies to — and bound
 * to what it does at runtime (Joplin's declaration/runtime split). The palette, the keyboard
 * handler, the shortcuts overlay and the menu bar all read the same declarations.
 */
export interface CommandDeclaration {
  /** Unique and stable, `area.action`: `go.settings`, `prospects.new`. */
  id: string;
  title: string;
  /** Heading the command is listed under in the palette and the shortcuts overlay. */
  section: string;
  /**
   * Steps separated by spaces, each step `modifier+key`: `mod+k` (Cmd on macOS, Ctrl elsewhere),
   * `g p` (g, then p), `?`, `enter`. Single characters are matched as typed; named keys in
   * lower case.
   */
  shortcut?: string;
  /** Only active on this screen: the first segment of the route (`prospects`, `settings`). */
  when?: string;
  /** Extra words the palette matches, e.g. "preferences" for Settings. */
  keywords?: readonly string[];
  /** False for shortcuts that make no sense as a palette entry (move the selection down). */
  palette?: boolean;
}

/** A command that opens a screen: the sidebar and the menu bar's Go menu list these, in order. */
export interface NavigationDeclaration extends CommandDeclaration {
  section: 'Navigation';
  /** The screen's route, and its name in the sidebar and the Go menu. */
  route: string;
  label: string;
}

export const appCommands = {
  goToday: {
    id: 'go.today',
    title: 'Go to Today',
    section: 'Navigation',
    shortcut: 'g t',
    keywords: ['who to call', 'follow-ups', 'queue', 'next', 'callbacks'],
    route: '/today',
    label: 'Today',
  },
  goProspects: {
    id: 'go.prospects',
    title: 'Go to Prospects',
    section: 'Navigation',
    shortcut: 'g p',
    keywords: ['people', 'contacts', 'list'],
    route: '/prospects',
    label: 'Prospects',
  },
  goInsights: {
    id: 'go.insights',
    title: 'Go to Insights',
    section: 'Navigation',
    shortcut: 'g i',
    keywords: ['library'],
    route: '/insights',
    label: 'Insights',
  },
  goBriefings: {
    id: 'go.briefings',
    title: 'Go to Briefings',
    section: 'Navigation',
    shortcut: 'g b',
    keywords: ['executive', 'meeting'],
    route: '/briefings',
    label: 'Briefings',
  },
  goReview: {
    id: 'go.review',
    title: 'Go to Review',
    section: 'Navigation',
    shortcut: 'g r',
    keywords: ['past calls', 'openers', 'analytics', 'outcomes'],
    route: '/review',
    label: 'Review',
  },
  goData: {
    id: 'go.data',
    title: 'Go to Import & export',
    section: 'Navigation',
    shortcut: 'g d',
    keywords: ['csv', 'import', 'export', 'backup', 'hubspot', 'salesforce', 'apollo', 'json'],
    route: '/data',
    label: 'Import & export',
  },
  goSettings: {
    id: 'go.settings',
    title: 'Go to Settings',
    section: 'Navigation',
    shortcut: 'g s',
    keywords: ['preferences', 'theme', 'name'],
    route: '/settings',
    label: 'Settings',
  },
  newProspect: {
    id: 'app.new-prospect',
    title: 'New prospect',
    section: 'Actions',
    keywords: ['add', 'person', 'contact'],
  },
  newInsight: {
    id: 'app.new-insight',
    title: 'New insight',
    section: 'Actions',
    keywords: ['add', 'library'],
  },
  newBriefing: {
    id: 'app.new-briefing',
    title: 'New briefing',
    section: 'Actions',
    keywords: ['add', 'executive', 'meeting'],
  },
  logCall: {
    id: 'app.log-call',
    title: 'Log a call… (pick the prospect)',
    section: 'Actions',
    keywords: ['record', 'phone', 'outcome', 'after'],
  },
  importFile: {
    id: 'app.import',
    title: 'Import a CSV or library file',
    section: 'Actions',
    keywords: ['hubspot', 'salesforce', 'apollo', 'csv', 'json', 'upload'],
  },
  exportData: {
    id: 'app.export',
    title: 'Export everything (CSV or JSON)',
    section: 'Actions',
    keywords: ['download', 'csv', 'json', 'backup'],
  },
  toggleTheme: {
    id: 'app.toggle-theme',
    title: 'Toggle light / dark theme',
    section: 'General',
    keywords: ['dark mode', 'light mode', 'appearance', 'colour', 'color'],
  },
  loadSample: {
    id: 'app.sample-load',
    title: 'Load sample data',
    section: 'General',
    keywords: ['demo', 'example', 'try'],
  },
  removeSample: {
    id: 'app.sample-remove',
    title: 'Remove sample data',
    section: 'General',
    keywords: ['demo', 'example', 'delete', 'clear'],
  },
  openPalette: {
    id: 'app.palette',
    title: 'Open the command palette',
    section: 'General',
    shortcut: 'mod+k',
    palette: false,
  },
  showShortcuts: {
    id: 'app.shortcuts',
    title: 'Show keyboard shortcuts',
    section: 'General',
    shortcut: '?',
    keywords: ['help', 'keys'],
  },
} as const satisfies Record<string, CommandDeclaration | NavigationDeclaration>;

export type AppCommandId = (typeof appCommands)[keyof typeof appCommands]['id'];

/** The screens of the sidebar and the Go menu, in their order. */
export const navigationCommands = Object.values(appCommands).filter(
  (
    command,
  ): command is Extract<(typeof appCommands)[keyof typeof appCommands], { route: string }> =>
    'route' in command,
);

/** Whether `id` names one of the app's commands: the preload forwards nothing else. */
export function isAppCommandId(id: unknown): id is AppCommandId {
  return typeof id === 'string' && Object.values(appCommands).some((command) => command.id === id);
}

/** The event the main process sends when a menu item runs a command: its one argument is the id. */
export const MENU_COMMAND_EVENT = 'oneup:menu-command';
