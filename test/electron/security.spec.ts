import { expect, test } from './fixtures';
import type { RendererGlobals } from './renderer-globals';

test('the page gets the named API bridge and nothing of Node or Electron', async ({
  appWindow,
}) => {
  const globals = await appWindow.evaluate(() => {
    const scope = globalThis as unknown as RendererGlobals & Record<string, unknown>;
    return {
      oneup: typeof scope.oneup,
      createProspect: typeof scope.oneup?.prospects.create,
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      ipcRenderer: typeof scope.ipcRenderer,
      electron: typeof scope.electron,
    };
  });
  expect(globals).toEqual({
    oneup: 'object',
    createProspect: 'function',
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
  });
});

test('the window shows the built app from app://, not file://', async ({ desktop, appWindow }) => {
  expect(appWindow.url()).toMatch(/^app:\/\/oneup\/index\.html(#.*)?$/);
  expect(await appWindow.evaluate(() => (globalThis as unknown as { origin: string }).origin)).toBe(
    'app://oneup',
  );
  const windows = await desktop.electron.evaluate(
    ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
  );
  expect(windows).toBe(1);
});

test('the strict CSP stops eval and inline script', async ({ appWindow }) => {
  const outcome = await appWindow.evaluate(() => {
    const { document } = globalThis as unknown as RendererGlobals;
    let evalResult: string;
    try {
      evalResult = String(new Function('return "eval ran"')());
    } catch (error) {
      evalResult = error instanceof Error ? error.name : 'threw';
    }
    const script = document.createElement('script');
    script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
    document.head.append(script);
    return { evalResult, inlineRan: document.documentElement.dataset.inlineRan ?? 'no' };
  });
  expect(outcome).toEqual({ evalResult: 'EvalError', inlineRan: 'no' });
});

test('window.open opens nothing', async ({ desktop, appWindow }) => {
  const openedNothing = await appWindow.evaluate(
    () => (globalThis as unknown as RendererGlobals).open('https://example.com/') === null,
  );
  expect(openedNothing).toBe(true);
  const windows = await desktop.electron.evaluate(
    ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
  );
  expect(windows).toBe(1);
});
