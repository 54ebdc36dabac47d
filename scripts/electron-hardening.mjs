// Static checks of the desktop app's hardening, run by `npm run audit:electron` next to
// Electronegativity (which knows none of them): the renderer comes from app://, never file://;
// every renderer is sandboxed; the page carries its CSP in a <meta> tag; and the packaged binary
// drops file://'s extra privileges. Calls are found in the TypeScript syntax tree, so a call that
// is commented out does not count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** Every call in a TypeScript file, by its callee as written (`app.enableSandbox`, `loadFile`). */
function calledIn(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const calls = [];
  const visit = (node) => {
    if (ts.isCallExpression(node)) calls.push(node.expression.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

/** `name: true`-style properties set anywhere in a file, as "name=value". */
function propertiesIn(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const properties = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node))
      properties.push(`${node.name.getText(source)}=${node.initializer.getText(source)}`);
    if (ts.isVariableDeclaration(node) && node.initializer)
      properties.push(`${node.name.getText(source)}=${node.initializer.getText(source)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return properties;
}

/** The content of `<meta http-equiv="Content-Security-Policy">` in an HTML file, or null. */
export function metaCsp(html) {
  const tag = /<meta\b[^>]*\bhttp-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>/iu.exec(html);
  if (!tag) return null;
  const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/iu.exec(tag[0]);
  return content ? (content[1] ?? content[2]) : null;
}

/** Problems found in the project at `root`; empty when everything is in place. */
export async function hardeningProblems(root) {
  const problems = [];
  const electronDir = join(root, 'src', 'main', 'electron');
  const main = join(electronDir, 'main.ts');
  const mainCalls = calledIn(main);

  // The page's own CSP: it holds even where no response header reaches the page.
  const csp = metaCsp(readFileSync(join(root, 'src', 'renderer', 'index.html'), 'utf8'));
  if (csp === null) {
    problems.push('src/renderer/index.html has no <meta http-equiv="Content-Security-Policy">.');
  } else {
    const directives = csp.split(';').map((d) => d.trim());
    for (const wanted of ["default-src 'none'", "script-src 'self'", "object-src 'none'"]) {
      if (!directives.includes(wanted))
        problems.push(`The <meta> CSP in src/renderer/index.html lacks "${wanted}".`);
    }
    if (/'unsafe-(inline|eval)'/u.test(csp))
      problems.push("The <meta> CSP in src/renderer/index.html allows 'unsafe-inline' or eval.");
  }

  // Every renderer sandboxed, whatever its webPreferences say.
  if (!mainCalls.includes('app.enableSandbox'))
    problems.push('src/main/electron/main.ts does not call app.enableSandbox().');

  // The renderer from app://: a privileged standard, secure scheme with a handler; never file://.
  for (const wanted of ['registerAppScheme', 'installAppProtocol']) {
    if (!mainCalls.includes(wanted))
      problems.push(`src/main/electron/main.ts does not call ${wanted}() (the app:// protocol).`);
  }
  const protocolFile = join(electronDir, 'app-protocol.ts');
  const protocolCalls = calledIn(protocolFile);
  const privileges = propertiesIn(protocolFile);
  if (!protocolCalls.includes('protocol.registerSchemesAsPrivileged'))
    problems.push('app-protocol.ts does not register app:// with registerSchemesAsPrivileged.');
  if (!protocolCalls.includes('protocol.handle'))
    problems.push('app-protocol.ts does not serve app:// with protocol.handle.');
  for (const wanted of ['standard=true', 'secure=true']) {
    if (!privileges.includes(wanted))
      problems.push(`app:// is not registered with ${wanted.replace('=', ': ')}.`);
  }
  if (!propertiesIn(join(electronDir, 'app-location.ts')).includes("APP_SCHEME='app'"))
    problems.push("src/main/electron/app-location.ts does not name the scheme 'app'.");
  for (const name of readdirSync(electronDir).filter((file) => file.endsWith('.ts'))) {
    const calls = calledIn(join(electronDir, name));
    for (const banned of ['pathToFileURL', 'loadFile']) {
      if (calls.some((call) => call === banned || call.endsWith(`.${banned}`)))
        problems.push(
          `src/main/electron/${name} calls ${banned}(): the renderer must come from app://.`,
        );
    }
  }

  // file:// keeps no extra privileges in the shipped binary.
  const { FUSES } = await import(pathToFileURL(join(root, 'build', 'fuses.mjs')).href);
  if (FUSES.GrantFileProtocolExtraPrivileges !== false)
    problems.push('build/fuses.mjs does not turn GrantFileProtocolExtraPrivileges off.');

  return problems;
}
