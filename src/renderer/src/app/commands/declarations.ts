// The app's command declarations are shared with the Electron menu: src/shared/commands/.
export { appCommands, navigationCommands } from '../../../../shared/commands/declarations';

/** Navigation first, then the sections of the screen on view, then the app's general commands. */
export function sectionRank(section: string): number {
  if (section === 'Navigation') return 0;
  if (section === 'General') return 2;
  return 1;
}
