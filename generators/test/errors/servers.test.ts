/**
 * Real servers, real fetch. Express 5, Fastify 5 and Hono (@hono/node-server) run on 127.0.0.1 with
 * an ephemeral port and throw every generated error of the todo fixture (params and data) and of a
 * seed; a fetch client decodes each response with `readResponse`. Then the README's own server and
 * client snippets run as they stand, as child processes, against each other.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { IntlMessageFormat } from 'intl-messageformat';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import type { CatalogModel, EntryModel, ParamModel } from '../../src/model/catalog-model.js';
import { testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { seedCatalog } from './support/catalogs.js';
import { importFile, installPackage, repoRoot, tempDir } from './support/temp-project.js';

type Mod = Record<string, any>;

interface Running {
  readonly url: string;
  close(): Promise<void>;
}

/** A value per param type, fixed so every run sends the same bodies. */
function sampleParams(entry: EntryModel): Record<string, unknown> | undefined {
  const value = (p: ParamModel) => p.example ?? { string: 'sample', number: 2.5, integer: 3, boolean: true, date: new Date(Date.UTC(2030, 5, 1)) }[p.type];
  return entry.params.length ? Object.fromEntries(entry.params.map((p) => [p.name, value(p)])) : undefined;
}

const acceptFor = { envelope: 'application/json', problem: 'application/problem+json' } as const;
const asFromAccept = (accept: string | undefined) => (accept?.includes('application/problem+json') ? 'problem' : 'envelope');

/** Express 5: every error key at /errors/:key, outcomes at /outcomes/:key; a Fetch API Response sent through `res`. */
async function startExpress(m: Mod, model: CatalogModel): Promise<Running> {
  const app = express();
  const send = async (res: express.Response, response: Response) => {
    res.status(response.status).set(Object.fromEntries(response.headers)).send(await response.text());
  };
  app.get('/errors/:key', async (req) => {
    // Async on purpose: Express 5 forwards a rejected handler to the error handler.
    throw m.createError(req.params.key, sampleParams(model.entries.find((e) => e.key === req.params.key)!));
  });
  app.get('/outcomes/:key', (req, res) => send(res, m.outcomeResponse(req.params.key, { n: 1 })));
  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!(error instanceof m.CatalogError)) return next(error);
    return send(res, (error as any).toHttpResponse({ as: asFromAccept(req.get('accept')) }));
  });
  const server = await new Promise<import('node:http').Server>((done) => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Fastify 5: it sends the Fetch API Response as it is. */
async function startFastify(m: Mod, model: CatalogModel): Promise<Running> {
  const app = Fastify();
  app.get<{ Params: { key: string } }>('/errors/:key', async (request) => {
    throw m.createError(request.params.key, sampleParams(model.entries.find((e) => e.key === request.params.key)!));
  });
  app.get<{ Params: { key: string } }>('/outcomes/:key', async (request) => m.outcomeResponse(request.params.key, { n: 1 }));
  app.setErrorHandler((error, request, reply) => {
    if (!(error instanceof m.CatalogError)) return reply.send(error);
    return reply.send((error as any).toHttpResponse({ as: asFromAccept(request.headers.accept) }));
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`, close: () => app.close() };
}

/** Hono on @hono/node-server: handlers return the Response itself. */
async function startHono(m: Mod, model: CatalogModel): Promise<Running> {
  const app = new Hono();
  app.get('/errors/:key', (c) => {
    throw m.createError(c.req.param('key'), sampleParams(model.entries.find((e) => e.key === c.req.param('key'))!));
  });
  app.get('/outcomes/:key', (c) => m.outcomeResponse(c.req.param('key'), { n: 1 }));
  app.onError((error, c) => (error instanceof m.CatalogError ? (error as any).toHttpResponse({ as: asFromAccept(c.req.header('accept')) }) : c.text('Internal Server Error', 500)));
  const server = await new Promise<import('node:http').Server>((done) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => done(s as import('node:http').Server));
  });
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => new Promise((done) => server.close(() => done())) };
}

const servers = { express: startExpress, fastify: startFastify, hono: startHono } as const;

/** The body the model says an error of `entry` has (independently of the generated encoder). */
function expectedEnvelope(model: CatalogModel, entry: EntryModel, message: string, data: unknown): unknown {
  const parts: Record<string, unknown> = { code: entry.code, message, data };
  if (model.envelope.shape === 'array') {
    const order = model.envelope.order;
    const last = order[order.length - 1] === 'data' && data === undefined ? order.slice(0, -1) : order;
    return last.map((part) => parts[part] ?? null);
  }
  const { fields } = model.envelope;
  return data === undefined ? { [fields.code]: entry.code, [fields.message]: message } : { [fields.code]: entry.code, [fields.message]: message, [fields.data]: data };
}

/** What the todo fixture's `from` paths put into data for the sample params. */
function expectedData(entry: EntryModel, params: Record<string, unknown> | undefined): unknown {
  let data: any;
  for (const p of entry.params) {
    if (p.from === undefined) continue;
    data ??= {};
    let at = data;
    p.from.slice(0, -1).forEach((step) => (at = at[step] ??= {}));
    at[p.from[p.from.length - 1]!] = params![p.name];
  }
  return data;
}

describe.each([
  ['todo (string codes, params in data)', todoCatalog()],
  ['sms-api (positional array, integer codes, success 0)', seedCatalog('sms-api')],
] as const)('%s', (_name, model) => {
  let m: Mod;
  const dir = tempDir(`servers-${model.id}`);
  beforeAll(async () => {
    installPackage(dir, model.packages.errors, emitErrorsPackage(model, testContext));
    m = await importFile(join(dir, 'node_modules', ...model.packages.errors.split('/'), 'index.js'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe.each(Object.keys(servers) as Array<keyof typeof servers>)('%s', (kind) => {
    let server: Running;
    beforeAll(async () => {
      server = await servers[kind](m, model);
    });
    afterAll(() => server.close());

    test('every error, as envelope and as problem: status, headers and body as the catalog says; the client decodes the same error', async () => {
      for (const entry of model.entries.filter((e) => e.outcome === 'error')) {
        const params = sampleParams(entry);
        const message = new IntlMessageFormat(entry.message, model.defaultLocale).format<string>(params as Record<string, string | number | boolean | Date> | undefined) as string;
        for (const as of ['envelope', 'problem'] as const) {
          const response = await fetch(`${server.url}/errors/${encodeURIComponent(entry.key)}`, { headers: { accept: acceptFor[as] } });
          const label = `${kind} ${entry.key} ${as}`;
          expect(response.status, label).toBe(entry.httpStatus);
          expect(response.headers.get('content-type'), label).toMatch(as === 'problem' ? /^application\/problem\+json/ : /^application\/json/);
          expect(response.headers.get('retry-after'), label).toBe(entry.retryable && params?.seconds !== undefined ? String(params.seconds) : null);
          const text = await response.clone().text();
          const data = expectedData(entry, params);
          if (as === 'envelope') expect(JSON.parse(text), label).toEqual(expectedEnvelope(model, entry, message, data));
          else {
            expect(JSON.parse(text), label).toMatchObject({ status: entry.httpStatus, detail: message, code: entry.code, key: entry.key, retryable: entry.retryable });
            expect(JSON.parse(text).data, label).toEqual(data);
          }
          const decoded = await m.readResponse(response);
          expect(decoded, label).toMatchObject({ outcome: 'error', key: entry.key, code: entry.code, httpStatus: entry.httpStatus });
          expect(decoded.error.message, label).toBe(message);
          const carried = entry.params.filter((p) => as === 'problem' || p.from !== undefined).map((p) => p.name);
          expect(Object.keys(decoded.error.params).sort(), label).toEqual(carried.sort());
        }
      }
    });

    test('outcome codes answer in the envelope with their status', async () => {
      for (const entry of model.entries.filter((e) => e.outcome !== 'error')) {
        const decoded = await m.readResponse(await fetch(`${server.url}/outcomes/${encodeURIComponent(entry.key)}`));
        expect(decoded).toEqual({ outcome: entry.outcome, key: entry.key, code: entry.code, message: expect.any(String), data: { n: 1 }, httpStatus: entry.httpStatus });
      }
    });

    test('a route that does not exist: the server\'s own 404 page is invalid for the client, with its status', async () => {
      const decoded = await m.readResponse(await fetch(`${server.url}/no/such/route`));
      expect(decoded).toMatchObject({ outcome: 'invalid', httpStatus: 404 });
    });
  });
});

/** A free TCP port on 127.0.0.1 (the OS picks it; the snippet then listens on it). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe: Server = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** The snippets of a generated README: `<!-- snippet: name -->` then a fenced block. */
function readmeSnippets(readme: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of readme.matchAll(/<!-- snippet: ([a-z-]+) -->\n```js\n([\s\S]*?)\n```/g)) found.set(match[1]!, match[2]!);
  return found;
}

function runNode(file: string, cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [file], { cwd, env: { ...process.env, ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Waits (bounded) until a snippet server answers. */
async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  throw new Error(`the server did not answer within 10 s:\n${output()}`);
}

describe.each([
  ['fixture-todo', todoCatalog()],
  ['agent-ops', seedCatalog('agent-ops')],
] as const)('README snippets of %s, run as they stand', (_id, model) => {
  const dir = tempDir(`snippets-${model.id}`);
  const pkg = emitErrorsPackage(model, testContext);
  const snippets = readmeSnippets(pkg.files.find((f) => f.path === 'README.md')!.contents);
  beforeAll(() => {
    installPackage(dir, model.packages.errors, pkg);
    // The servers' own packages, from this repository's install (they resolve their dependencies from there).
    for (const name of ['express', 'fastify', 'hono', '@hono/node-server']) {
      const target = join(dir, 'node_modules', ...name.split('/'));
      mkdirSync(join(target, '..'), { recursive: true });
      symlinkSync(join(repoRoot, 'node_modules', ...name.split('/')), target, 'dir');
    }
    // Written as they are: a snippet runs exactly as the README shows it.
    for (const [name, code] of snippets) writeFileSync(join(dir, `${name}.mjs`), code);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the README has a server snippet per framework and a client snippet', () => {
    expect([...snippets.keys()]).toEqual(['server-express', 'server-fastify', 'server-hono', 'client']);
  });

  test.each(['server-express', 'server-fastify', 'server-hono'])('%s answers what the client snippet decodes', async (server) => {
    const port = await freePort();
    let output = '';
    const child = spawn(process.execPath, [`${server}.mjs`], { cwd: dir, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      await waitForServer(`http://127.0.0.1:${port}/`, child, () => output);
      const client = await runNode('client.mjs', dir, { API_URL: `http://127.0.0.1:${port}` });
      expect(client.stderr).toBe('');
      expect(client.code).toBe(0);
      const error = model.entries.find((e) => e.key === /createError\('([^']+)'/.exec(snippets.get(server)!)![1])!;
      const params = sampleParams(error);
      const message = new IntlMessageFormat(error.message, model.defaultLocale).format<string>(params as Record<string, string | number | boolean | Date> | undefined) as string;
      const carried = JSON.stringify(Object.fromEntries(error.params.map((p) => [p.name, params![p.name]])));
      const errorLine = `${error.httpStatus} ${error.key} ${message} ${error.params.length ? carried : '{}'}`;
      const success = model.entries.find((e) => e.outcome === 'success');
      const lines = [errorLine, errorLine, ...(success ? [`${success.httpStatus} success ${success.key}`] : [])];
      expect(client.stdout.trim().split('\n')).toEqual(lines);
    } finally {
      child.kill();
    }
  });
});
