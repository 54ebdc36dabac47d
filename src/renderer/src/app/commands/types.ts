/**
 * A command is declared once — id, title, section, shortcut, the screen it applies to — and bound
 * to what it does at runtime (Joplin's declaration/runtime split). The palette, the keyboard
 * handler and the shortcuts overlay all read the same registry, so none of them can drift.
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

export interface Command extends CommandDeclaration {
  run: () => void;
  /** False while the command cannot run (nothing selected); it stays listed in the overlay. */
  enabled?: boolean;
}
