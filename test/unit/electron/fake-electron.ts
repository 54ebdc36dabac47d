import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of the `electron` module OneUp's main process touches. The real module
 * cannot load here (no Electron binary), and a fake lets tests drive events a user or a hostile
 * page would cause: navigations, window.open, permission prompts, IPC from other frames.
 */

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

export interface FakeEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url = ''): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

let nextRoutingId = 1;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly mainFrame: FakeFrame = {
    url: '',
    parent: null,
    processId: 7,
    routingId: nextRoutingId++,
  };

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** What Chromium would do when page script calls window.open(url). */
  tryWindowOpen(url: string): 'allow' | 'deny' {
    if (!this.windowOpenHandler) return 'allow';
    return this.windowOpenHandler({ url }).action;
  }

  /** Emits a cancellable navigation event; returns whether the navigation would proceed. */
  tryEvent(name: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url = ''): boolean {
    const event = fakeEvent(url);
    this.emit(name, event);
    return !event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  destroyed = false;
  minimized = false;
  maximized = false;
  focused = false;
  visible = false;
  /** What getNormalBounds() reports: the size the window has when not maximised. */
  normalBounds = { x: 0, y: 0, width: 0, height: 0 };

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    fake.app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.normalBounds };
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  name = 'oneup';
  paths = new Map<string, string>();
  appPath = '/opt/oneup';
  version = '0.1.0';
  aboutPanelOptions: Record<string, unknown> | null = null;
  quit = vi.fn();
  exit = vi.fn();
  getVersion(): string {
    return this.version;
  }
  setAboutPanelOptions(options: Record<string, unknown>): void {
    this.aboutPanelOptions = options;
  }
  setName(name: string): void {
    this.name = name;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getAppPath(): string {
    return this.appPath;
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  /** Set once whenReady() has resolved; some calls are only allowed before, some only after. */
  isReady = false;
  sandboxEnabled = false;
  enableSandbox(): void {
    if (this.isReady) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxEnabled = true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      this.isReady = true;
    });
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** Electron's `protocol` for the default session, with its before/after-ready rules. */
export class FakeProtocol {
  privilegedSchemes: { scheme: string; privileges?: Record<string, unknown> }[] | null = null;
  readonly handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges?: Record<string, unknown> }[],
  ): void {
    if (fake.app.isReady)
      throw new Error('registerSchemesAsPrivileged can only be used before the ready event');
    if (this.privilegedSchemes) throw new Error('registerSchemesAsPrivileged can be called once');
    this.privilegedSchemes = schemes;
  }
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!fake.app.isReady) throw new Error('protocol.handle can only be used after ready');
    this.handlers.set(scheme, handler);
  }
  /** What the page would receive for `url`. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url, init));
  }
}

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

export class FakeSession {
  headersListener: HeadersListener | null = null;
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  /** The headers Chromium would apply to a response from `url`. */
  headersFor(
    url: string,
    responseHeaders: Record<string, string[]> = {},
  ): Record<string, string | string[]> {
    let result: Record<string, string | string[]> | undefined;
    this.headersListener?.({ url, responseHeaders }, (response) => {
      result = response.responseHeaders ?? responseHeaders;
    });
    if (!result) throw new Error('onHeadersReceived never answered');
    return result;
  }

  /** Resolves with what the page would be told when it asks for `permission`. */
  requestPermission(permission: string): Promise<boolean> {
    return new Promise((resolve) => {
      if (!this.permissionRequestHandler) resolve(true);
      else this.permissionRequestHandler({}, permission, resolve);
    });
  }
}

type InvokeListener = (event: { senderFrame: FakeFrame | null }, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  /** What ipcRenderer.invoke(channel, input) from `senderFrame` would resolve to. */
  async invoke(channel: string, senderFrame: FakeFrame | null, input?: unknown): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame }, input);
  }
}

export interface FakeElectron {
  app: FakeApp;
  ipcMain: FakeIpcMain;
  protocol: FakeProtocol;
  defaultSession: FakeSession;
  openExternal: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
  showErrorBox: ReturnType<typeof vi.fn<(title: string, content: string) => void>>;
  /** What Menu.setApplicationMenu() was given: Menu.buildFromTemplate() keeps the template. */
  applicationMenu: { template: unknown[] } | null;
  /** What screen.getAllDisplays() reports. */
  displays: { workArea: { x: number; y: number; width: number; height: number } }[];
}

function createFake(): FakeElectron {
  return {
    app: new FakeApp(),
    ipcMain: new FakeIpcMain(),
    protocol: new FakeProtocol(),
    defaultSession: new FakeSession(),
    openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
    showErrorBox: vi.fn<(title: string, content: string) => void>(),
    applicationMenu: null,
    displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
  };
}

export let fake: FakeElectron = createFake();

export function resetFakeElectron(): FakeElectron {
  fake = createFake();
  FakeBrowserWindow.instances = [];
  return fake;
}

/**
 * The module handed to `vi.mock('electron', …)`. Getters, so a test that calls
 * resetFakeElectron() is seen by code that imported `app` earlier.
 */
export const electronModule = {
  get app() {
    return fake.app;
  },
  get ipcMain() {
    return fake.ipcMain;
  },
  get protocol() {
    return fake.protocol;
  },
  get session() {
    return { defaultSession: fake.defaultSession };
  },
  get shell() {
    return { openExternal: fake.openExternal };
  },
  get dialog() {
    return { showErrorBox: fake.showErrorBox };
  },
  get screen() {
    return { getAllDisplays: () => fake.displays };
  },
  Menu: {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: (menu: { template: unknown[] } | null) => {
      fake.applicationMenu = menu;
    },
  },
  BrowserWindow: FakeBrowserWindow,
};
