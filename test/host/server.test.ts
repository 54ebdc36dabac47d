import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src/main/backend';
import { newToken, tokenMatches } from '../../src/main/host/security';
import { createHostServer } from '../../src/main/host/server';
import { PRODUCTION_CSP } from '../../src/main/security/csp';
import type { ChannelName, ChannelResult } from '../../src/shared/api/contract';
import type { ApiResult } from '../../src/shared/api/result';
import type { CallArgs } from '../helpers/call-args';
import { tempDir } from '../helpers/temp';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let backend: Backend;
let port: number;
let token: string;
let close: () => Promise<void>;

beforeEach(async () => {
  const root = tempDir();
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>OneUp</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
  backend = openBackend({ dataDir: join(root, 'data'), transport: 'browser' });
  token = newToken();
  const server = createHostServer({ router: backend.router, rendererDir, token, port: () => port });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
});

afterEach(async () => {
  await close();
  backend.close();
});

function send(
  method: string,
  path: string,
  headers: OutgoingHttpHeaders,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (channel: string, input: unknown, headers: OutgoingHttpHeaders = {}) =>
  send(
    'POST',
    `/api/${channel}`,
    { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    JSON.stringify(input),
  );

/** The value of a call over HTTP that must succeed, typed from the contract like `call`. */
async function apiValue<C extends ChannelName>(
  ...[channel, input]: CallArgs<C>
): Promise<ChannelResult<C>> {
  const reply = await api(channel, input ?? {});
  const result = JSON.parse(reply.body) as ApiResult<ChannelResult<C>>;
  if (!result.ok) throw new Error(`${channel}: ${reply.body}`);
  return result.value;
}

describe('the browser host refuses before routing', () => {
  it('a Host header that is not its own loopback address (DNS rebinding): 421', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      `0.0.0.0:${port}`,
    ]) {
      const reply = await api('prospects:list', {}, { host });
      expect(reply.status, host).toBe(421);
    }
    expect((await api('prospects:list', {}, { host: `localhost:${port}` })).status).toBe(200);
  });

  it('an Origin from another site: 403', async () => {
    expect((await api('prospects:list', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('prospects:list', {}, { origin: 'null' })).status).toBe(403);
    expect((await api('prospects:list', {}, { origin: `http://127.0.0.1:${port}` })).status).toBe(
      200,
    );
  });

  it('Sec-Fetch-Site: cross-site: 403', async () => {
    expect((await api('prospects:list', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('a body that is not declared JSON (a form post skips CORS preflight): 415', async () => {
    const reply = await send(
      'POST',
      '/api/prospects:create',
      { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
      '{"name":"x"}',
    );
    expect(reply.status).toBe(415);
    const form = await send(
      'POST',
      '/api/prospects:create',
      { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${token}` },
      'name=x',
    );
    expect(form.status).toBe(415);
  });

  it('a missing or wrong token: 401, and nothing is written', async () => {
    expect((await api('prospects:create', { name: 'A' }, { authorization: '' })).status).toBe(401);
    expect(
      (await api('prospects:create', { name: 'A' }, { authorization: `Bearer ${token}x` })).status,
    ).toBe(401);
    expect(
      (await api('prospects:create', { name: 'A' }, { authorization: `Bearer ${newToken()}` }))
        .status,
    ).toBe(401);
    expect((await api('prospects:create', { name: 'A' }, { authorization: token })).status).toBe(
      401,
    );
    expect((await apiValue('prospects:list', {})).total).toBe(0);
  });

  it('no file outside the renderer folder, however the path is spelled', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const reply = await send('GET', path, {});
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('not for the browser');
    }
  });
});

describe('the browser host serves', () => {
  it('a valid API round trip with the token', async () => {
    const created = await api('prospects:create', { name: 'Dana Whitfield', company: 'Tidewater' });
    expect(created.status).toBe(200);
    const prospect = JSON.parse(created.body) as ApiResult<ChannelResult<'prospects:create'>>;
    if (!prospect.ok) throw new Error(created.body);
    const got = await apiValue('prospects:get', { id: prospect.value.id });
    expect(got.name).toBe('Dana Whitfield');
  });

  it('API errors as the same envelope, with a status to match', async () => {
    const invalid = await api('prospects:create', { name: 5 });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ path: 'name' }] },
    });
    const unknown = await api('nope:nope', {});
    expect(unknown.status).toBe(404);
    const broken = await send(
      'POST',
      '/api/prospects:list',
      { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      '{"query": ',
    );
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toMatch(/not valid JSON/);
  });

  it('a 10 MB string as invalid_input, not a dropped connection', async () => {
    const reply = await api('prospects:create', { name: 'A', notes: 'n'.repeat(10 * 1024 * 1024) });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.fields[0].path).toBe('notes');
  });

  it('the renderer with the app CSP, nosniff and no framing', async () => {
    const index = await send('GET', '/', {});
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.headers['content-security-policy']).toBe(PRODUCTION_CSP);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['x-frame-options']).toBe('DENY');
    const script = await send('GET', '/assets/app.js', {});
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['content-security-policy']).toBe(PRODUCTION_CSP);
  });
});

describe('token comparison', () => {
  it('accepts only the exact token', () => {
    const t = newToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect(tokenMatches(t, t)).toBe(true);
    expect(tokenMatches(t, t.slice(0, -1))).toBe(false);
    expect(tokenMatches(t, undefined)).toBe(false);
    expect(tokenMatches(t, '')).toBe(false);
  });
});

interface EndlessReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** Body bytes the client had handed to its socket when the connection ended. */
  sentBytes: number;
  /** The client never finished its body: the server is the one that ended the connection. */
  closedMidBody: boolean;
}

/** Past this the client gives up and ends its body, so a server that reads on still answers. */
const CLIENT_GIVES_UP_AT = 200 * 1024 * 1024;

/**
 * A client that streams a body without end (chunked, or under an announced length) and stops only
 * when an answer arrives or the connection closes, as in issue #10.
 */
function sendEndlessBody(headers: OutgoingHttpHeaders): Promise<EndlessReply> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sentBytes = 0;
    let stopped = false;
    let reply: Omit<EndlessReply, 'sentBytes' | 'closedMidBody'> | undefined;
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/prospects:create',
      headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers },
    });
    const pump = (): void => {
      while (!stopped) {
        if (sentBytes >= CLIENT_GIVES_UP_AT) {
          req.end();
          return;
        }
        sentBytes += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
    };
    req.on('response', (res) => {
      stopped = true;
      const chunks: Buffer[] = [];
      res.on('data', (data: Buffer) => chunks.push(data));
      res.on('end', () => {
        reply = {
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
      });
    });
    // The server hangs up on a body it will not read: a reset here is the expected ending.
    req.on('error', () => undefined);
    req.on('close', () => {
      stopped = true;
      if (!reply) reject(new Error(`the connection closed without an answer after ${sentBytes} B`));
      else resolve({ ...reply, sentBytes, closedMidBody: !req.writableEnded });
    });
    pump();
  });
}

describe('the browser host bounds request bodies', () => {
  const limit = 16 * 1024 * 1024;
  // Socket buffers let a client get ahead of what the server has read: 4–5 MB over loopback here,
  // more on a busy machine as the receive window grows. Still far below the 200 MB of issue #10.
  const slack = 16 * 1024 * 1024;

  it('answers 413 to an endless chunked body soon after 16 MB, and hangs up', async () => {
    const reply = await sendEndlessBody({ authorization: `Bearer ${token}` });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'The request is larger than 16 MB.' },
    });
    expect(reply.sentBytes).toBeGreaterThan(limit);
    expect(reply.sentBytes).toBeLessThan(limit + slack);
    expect(reply.headers.connection).toBe('close');
    expect(reply.closedMidBody).toBe(true);
    // Nothing of it was stored.
    expect(JSON.parse((await api('prospects:list', {})).body).value.total).toBe(0);
  });

  it('refuses a body announced as larger than 16 MB before reading it', async () => {
    const reply = await sendEndlessBody({
      authorization: `Bearer ${token}`,
      'content-length': String(limit + 1),
    });
    expect(reply.status).toBe(413);
    expect(reply.sentBytes).toBeLessThan(slack);
    expect(reply.closedMidBody).toBe(true);
  });

  it('does not read the endless body of a request it refuses (no token)', async () => {
    const reply = await sendEndlessBody({});
    expect(reply.status).toBe(401);
    expect(reply.headers.connection).toBe('close');
    expect(reply.sentBytes).toBeLessThan(slack);
    expect(reply.closedMidBody).toBe(true);
  });
});
