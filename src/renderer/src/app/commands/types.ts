import type { CommandDeclaration } from '../../../../shared/commands/declarations';

export type { CommandDeclaration };

export interface Command extends CommandDeclaration {
  run: () => void;
  /** False while the command cannot run (nothing selected); it stays listed in the overlay. */
  enabled?: boolean;
}
