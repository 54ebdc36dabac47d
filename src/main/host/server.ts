import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { ApiErrorCode, ApiResult } from '../../shared/api/result';
import type { ApiRouter } from '../api/router';
import { PRODUCTION_CSP } from '../security/csp';
import { cacheControlFor, contentTypeFor, rendererFileFor } from '../security/renderer-files';
import { refuseRequest } from './security';

/** Above the 10 MB a paste may reach, so that such input meets validation, not the socket. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface HostOptions {
  router: ApiRouter;
  rendererDir: string;
  token: string;
  /** The port actually bound; needed for the Host and Origin checks. Set after listen. */
  port: () => number;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': PRODUCTION_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  internal: 500,
  // Made up by the renderer when no reply came; listed so the map stays complete.
  unreachable: 503,
};

/** The browser host: the built renderer and `POST /api/<channel>`, loopback only. */
export function createHostServer(options: HostOptions): Server {
  const rendererRoot = resolve(options.rendererDir);
  return createServer((request, response) => {
    handle(request, response, options, rendererRoot).catch((error: unknown) => {
      console.error('[host]', error);
      if (!response.headersSent)
        sendJson(response, 500, errorEnvelope('internal', 'Unexpected error.'));
      else response.destroy();
    });
  });
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: HostOptions,
  rendererRoot: string,
): Promise<void> {
  const method = request.method ?? 'GET';
  let encodedPath: string;
  let path: string;
  try {
    encodedPath = new URL(request.url ?? '/', 'http://placeholder').pathname;
    path = decodeURIComponent(encodedPath);
  } catch {
    sendJson(response, 400, errorEnvelope('invalid_input', 'Malformed URL.'));
    return;
  }
  const refusal = refuseRequest(method, path, request.headers, options.port(), options.token);
  if (refusal) {
    // The body of a refused request is never read; the connection goes with it.
    sendAndClose(request, response, refusal.status, errorEnvelope(refusal.code, refusal.message));
    return;
  }
  if (path.startsWith('/api/')) {
    await handleApi(request, response, options.router, path.slice('/api/'.length));
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    sendAndClose(request, response, 405, errorEnvelope('invalid_input', 'Only GET serves files.'));
    return;
  }
  await serveStatic(response, rendererRoot, encodedPath, method === 'HEAD');
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  router: ApiRouter,
  channel: string,
): Promise<void> {
  // A body announced as too large is refused before a byte of it is read.
  const announced = Number(request.headers['content-length'] ?? 0);
  const body = announced > MAX_BODY_BYTES ? 'too_large' : await readBody(request, MAX_BODY_BYTES);
  if (body === 'too_large') {
    const megabytes = MAX_BODY_BYTES / 1024 / 1024;
    sendAndClose(
      request,
      response,
      413,
      errorEnvelope('invalid_input', `The request is larger than ${megabytes} MB.`),
    );
    return;
  }
  let input: unknown;
  try {
    input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
  } catch {
    sendJson(response, 400, errorEnvelope('invalid_input', 'The request body is not valid JSON.'));
    return;
  }
  // Reads answered by a reader thread arrive as JSON text and are sent without a second pass.
  if (router.handleSerialized) {
    const answer = await router.handleSerialized(channel, input);
    sendJsonText(
      response,
      answer.ok ? 200 : STATUS_BY_CODE[answer.code ?? 'internal'],
      answer.json,
    );
    return;
  }
  const result = await router.handle(channel, input);
  sendJson(response, result.ok ? 200 : STATUS_BY_CODE[result.error.code], result);
}

/**
 * The body, or 'too_large' the moment it passes `limit`: reading stops there, whether or not the
 * client announced a length, so an endless chunked body costs at most `limit` bytes.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        chunks.length = 0;
        resolveBody('too_large');
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => resolveBody(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Answers, then drops the connection once the answer is flushed: the rest of the request body is
 * never read. Without this Node would go on draining the body to keep the connection alive, for
 * as long as the client keeps sending (until its 300 s request timeout).
 */
function sendAndClose(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: unknown,
): void {
  response.setHeader('Connection', 'close');
  response.on('finish', () => request.socket.destroy());
  sendJson(response, status, body);
}

async function serveStatic(
  response: ServerResponse,
  root: string,
  encodedPath: string,
  headOnly: boolean,
): Promise<void> {
  const file = rendererFileFor(root, encodedPath);
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    sendJson(response, 404, errorEnvelope('not_found', 'Not found.'));
    return;
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
    'Cache-Control': cacheControlFor(root, file),
  });
  if (headOnly) {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

function errorEnvelope(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  sendJsonText(response, status, JSON.stringify(body));
}

function sendJsonText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}
