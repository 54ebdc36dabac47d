import type { CommandDeclaration } from './types';

/**
 * The app's own commands: where they are listed and which keys run them. What they do is bound
 * in AppCommands.tsx; feature screens declare theirs next to their state with useCommands.
 */
export const appCommands = {
  goToday: {
    id: 'go.today',
    title: 'Go to Today',
    section: 'Navigation',
    shortcut: 'g t',
    keywords: ['who to call', 'follow-ups', 'queue', 'next', 'callbacks'],
  },
  goProspects: {
    id: 'go.prospects',
    title: 'Go to Prospects',
    section: 'Navigation',
    shortcut: 'g p',
    keywords: ['people', 'contacts', 'list'],
  },
  goInsights: {
    id: 'go.insights',
    title: 'Go to Insights',
    section: 'Navigation',
    shortcut: 'g i',
    keywords: ['library'],
  },
  goBriefings: {
    id: 'go.briefings',
    title: 'Go to Briefings',
    section: 'Navigation',
    shortcut: 'g b',
    keywords: ['executive', 'meeting'],
  },
  goReview: {
    id: 'go.review',
    title: 'Go to Review',
    section: 'Navigation',
    shortcut: 'g r',
    keywords: ['past calls', 'openers', 'analytics', 'outcomes'],
  },
  goData: {
    id: 'go.data',
    title: 'Go to Import & export',
    section: 'Navigation',
    shortcut: 'g d',
    keywords: ['csv', 'import', 'export', 'backup', 'hubspot', 'salesforce', 'apollo', 'json'],
  },
  goSettings: {
    id: 'go.settings',
    title: 'Go to Settings',
    section: 'Navigation',
    shortcut: 'g s',
    keywords: ['preferences', 'theme', 'name'],
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
} as const satisfies Record<string, CommandDeclaration>;

/** Navigation first, then the sections of the screen on view, then the app's general commands. */
export function sectionRank(section: string): number {
  if (section === 'Navigation') return 0;
  if (section === 'General') return 2;
  return 1;
}
