/**
 * The server and client snippets of the errors package README: Express 5, Fastify 5 and Hono
 * servers that answer with the catalog's errors (envelope or problem, by `Accept`), and a fetch
 * client that decodes them. Each is a whole ES module, run as it stands by the package's tests
 * (`PORT` and `API_URL` from the environment), so the README cannot drift from what works.
 */
import type { CatalogModel, EntryModel, ParamModel } from '../../model/catalog-model.js';

export interface Snippet {
  /** The marker name (`<!-- snippet: server-express -->`) and the file name a test runs it as. */
  readonly name: string;
  readonly title: string;
  readonly code: string;
}

/** A single-quoted JavaScript string literal. */
export function jsString(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A sample value of a param: its `example`, else one of its type. */
function exampleValue(param: ParamModel): string {
  if (param.example !== undefined) return typeof param.example === 'string' ? jsString(param.example) : String(param.example);
  switch (param.type) {
    case 'number':
    case 'integer':
      return '1';
    case 'boolean':
      return 'true';
    case 'date':
      return 'new Date()';
    default:
      return jsString(param.name);
  }
}

/** The error the snippets throw: a public one whose params travel on the wire, if there is one. */
export function sampleError(catalog: CatalogModel): EntryModel | undefined {
  const errors = catalog.entries.filter((e) => e.outcome === 'error');
  const publicErrors = errors.filter((e) => e.visibility === 'public');
  return (
    publicErrors.find((e) => e.params.length > 0 && e.params.every((p) => p.from !== undefined)) ??
    publicErrors.find((e) => e.params.length > 0) ??
    publicErrors[0] ??
    errors[0]
  );
}

/** `createError('KEY', { a: 1 })` for an entry. */
export function createErrorCall(entry: EntryModel): string {
  const params = entry.params.length ? `, { ${entry.params.map((p) => `${p.name}: ${exampleValue(p)}`).join(', ')} }` : '';
  return `createError(${jsString(entry.key)}${params})`;
}

/** The success (or other non-error) entry the snippets answer `/ok` with. */
function sampleOutcome(catalog: CatalogModel): EntryModel | undefined {
  const outcomes = catalog.entries.filter((e) => e.outcome !== 'error');
  return outcomes.find((e) => e.outcome === 'success') ?? outcomes[0];
}

/** The four snippets of a catalog; none when it has no error entry. */
export function wireSnippets(catalog: CatalogModel): Snippet[] {
  const error = sampleError(catalog);
  if (error === undefined) return [];
  const outcome = sampleOutcome(catalog);
  const pkg = jsString(catalog.packages.errors);
  const throwError = `throw ${createErrorCall(error)};`;
  const okRoute = outcome === undefined ? undefined : `outcomeResponse(${jsString(outcome.key)})`;
  const imports = (names: string[]) => `import { ${names.filter((n) => okRoute !== undefined || !n.startsWith('outcome')).join(', ')} } from ${pkg};`;
  return [
    {
      name: 'server-express',
      title: 'Express 5',
      code: [
        "import express from 'express';",
        imports(['CatalogError', 'createError', 'outcomeResponse']),
        '',
        '/** Sends a Fetch API Response through Express. */',
        'async function send(res, response) {',
        '  res.status(response.status).set(Object.fromEntries(response.headers)).send(await response.text());',
        '}',
        '',
        'const app = express();',
        ...(okRoute === undefined ? [] : ['', `app.get('/ok', (req, res) => send(res, ${okRoute}));`, '']),
        '// Express 5 hands errors thrown in handlers, async ones too, to the error handler.',
        `app.get('/error', () => {\n  ${throwError}\n});`,
        '',
        '// One error handler: a catalog error in the wire envelope, or as a problem when the client asks for one.',
        'app.use((error, req, res, next) => {',
        '  if (!(error instanceof CatalogError)) return next(error);',
        "  const as = req.accepts(['application/json', 'application/problem+json']) === 'application/problem+json' ? 'problem' : 'envelope';",
        '  return send(res, error.toHttpResponse({ as }));',
        '});',
        '',
        "app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1');",
      ].join('\n'),
    },
    {
      name: 'server-fastify',
      title: 'Fastify 5',
      code: [
        "import Fastify from 'fastify';",
        imports(['CatalogError', 'createError', 'outcomeResponse']),
        '',
        'const app = Fastify();',
        '',
        '// Fastify 5 sends a Fetch API Response as it is: status, headers and body.',
        ...(okRoute === undefined ? [] : [`app.get('/ok', async () => ${okRoute});`]),
        `app.get('/error', async () => {\n  ${throwError}\n});`,
        '',
        'app.setErrorHandler((error, request, reply) => {',
        '  if (!(error instanceof CatalogError)) return reply.send(error);',
        "  const as = request.headers.accept?.includes('application/problem+json') ? 'problem' : 'envelope';",
        '  return reply.send(error.toHttpResponse({ as }));',
        '});',
        '',
        "await app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' });",
      ].join('\n'),
    },
    {
      name: 'server-hono',
      title: 'Hono (on Node.js with @hono/node-server; the app itself runs on any runtime)',
      code: [
        "import { Hono } from 'hono';",
        "import { serve } from '@hono/node-server';",
        imports(['CatalogError', 'createError', 'outcomeResponse']),
        '',
        'const app = new Hono();',
        '',
        ...(okRoute === undefined ? [] : [`app.get('/ok', () => ${okRoute});`]),
        `app.get('/error', () => {\n  ${throwError}\n});`,
        '',
        'app.onError((error, c) => {',
        "  if (!(error instanceof CatalogError)) return c.text('Internal Server Error', 500);",
        "  const as = c.req.header('accept')?.includes('application/problem+json') ? 'problem' : 'envelope';",
        '  return error.toHttpResponse({ as });',
        '});',
        '',
        "serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000), hostname: '127.0.0.1' });",
      ].join('\n'),
    },
    {
      name: 'client',
      title: 'Client (fetch, in browsers and Node.js alike)',
      code: [
        `import { readResponse } from ${pkg};`,
        '',
        "const api = process.env.API_URL ?? 'http://127.0.0.1:3000';",
        '',
        '// The same typed error, whichever body the server chose.',
        "for (const accept of ['application/json', 'application/problem+json']) {",
        '  // readResponse never rejects because of the body: HTML, empty or broken JSON come back as `invalid`.',
        '  const result = await readResponse(await fetch(`${api}/error`, { headers: { accept } }));',
        "  if (result.outcome === 'error') {",
        '    console.log(result.httpStatus, result.error.key, result.error.message, JSON.stringify(result.error.params));',
        "  } else if (result.outcome === 'invalid') {",
        "    console.log(result.httpStatus, 'invalid:', result.reason);",
        '  }',
        '}',
        ...(okRoute === undefined
          ? []
          : ['', 'const ok = await readResponse(await fetch(`${api}/ok`));', 'console.log(ok.httpStatus, ok.outcome, ok.key);']),
      ].join('\n'),
    },
  ];
}
