// The Electron entry point. The browser host has its own entry (host/cli.ts) and never loads this.
import { startDesktopApp } from './electron/main';

startDesktopApp();
