import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { pointerToPath, type YamlSource } from '../load/yaml-source.js';
import { schemasDir } from '../util/paths.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/** The compiled JSON Schemas of catalogs, locale files and the workspace's errata.yaml. Build once per run and pass it around. */
export interface SchemaValidators {
  readonly catalog: ValidateFunction;
  readonly locale: ValidateFunction;
  readonly workspace: ValidateFunction;
  /** Compiles an entry's `data` JSON Schema; returns the error text when it is not a valid schema. */
  checkDataSchema(schema: unknown): string | undefined;
}

/** Compiles the schemas in `schemas/` with Ajv (draft 2020-12, all errors, formats). */
export function createSchemaValidators(): SchemaValidators {
  // verbose: errors carry their schema, so an unknown property can be matched against the known ones.
  const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
  addFormats(ajv);
  const load = (name: string) => JSON.parse(readFileSync(`${schemasDir}/${name}`, 'utf8')) as object;
  const dataAjv = new Ajv2020({ strict: false, allowUnionTypes: true, validateSchema: true });
  addFormats(dataAjv);
  // The catalog schema first: the workspace schema refers to its `publish` definition by $id.
  const catalog = ajv.compile(load('catalog.schema.json'));
  // One compile per distinct data schema: catalogs repeat the same payload shape across many entries.
  const dataVerdicts = new Map<string, string | undefined>();
  return {
    catalog,
    locale: ajv.compile(load('locale.schema.json')),
    workspace: ajv.compile(load('workspace.schema.json')),
    checkDataSchema(schema) {
      const text = JSON.stringify(schema);
      if (dataVerdicts.has(text)) return dataVerdicts.get(text);
      const verdict = compileDataSchema(schema);
      dataVerdicts.set(text, verdict);
      return verdict;
    },
  };

  function compileDataSchema(schema: unknown): string | undefined {
    try {
      dataAjv.compile(schema as object);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    } finally {
      // Each entry's schema stands alone: two entries may use the same `$id` without clashing in Ajv's registry.
      try {
        dataAjv.removeSchema(schema as object);
      } catch {
        // nothing was registered
      }
    }
  }
}

/** Validates `source.data` with `validate` and positions every error at its YAML node. */
export function schemaDiagnostics(source: YamlSource, validate: ValidateFunction): Diagnostic[] {
  if (validate(source.data)) return [];
  const errors = relevantErrors(validate.errors ?? []);
  return errors.map((error) => toDiagnostic(source, error));
}

/** Drops the umbrella errors Ajv adds for a failed `$ref`-union (`anyOf`/`oneOf`) when a more specific one exists. */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    if ((error.keyword === 'anyOf' || error.keyword === 'oneOf') && errors.some((e) => e !== error && e.instancePath.startsWith(error.instancePath))) return false;
    // A malformed URL fails both `format` and the schema's `^https?://` pattern: the format error says it.
    if (error.keyword === 'pattern' && errors.some((e) => e.keyword === 'format' && e.instancePath === error.instancePath)) return false;
    // `propertyNames` wraps the error about the name itself, which says more.
    if (error.keyword === 'propertyNames' && errors.some((e) => e !== error && e.propertyName !== undefined && e.instancePath === error.instancePath)) return false;
    const id = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function toDiagnostic(source: YamlSource, error: ErrorObject): Diagnostic {
  const path = pointerToPath(error.instancePath);
  const where = describeNode(source.data, path);
  const base = { file: source.file, severity: 'error' as const, rule: `schema-${kebab(error.keyword)}` };
  const params = error.params as Record<string, unknown>;
  const value = valueAt(source.data, path);
  if (error.propertyName !== undefined) {
    // An invalid name of a property (a param name, say): point at the key itself.
    const name = error.propertyName;
    const rule = error.keyword === 'pattern' ? `${patternRule(String(params['pattern']))}` : `must be valid`;
    return { ...base, ...source.locate([...path, name], 'key'), rule: 'schema-property-names', message: `the name \`${name}\` in ${where} is not allowed: it ${rule}` };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(params['additionalProperty']);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      const guess = closest(property, known);
      const hint = guess ? `did you mean \`${guess}\`?` : known.length ? `the properties allowed here are ${known.map((k) => `\`${k}\``).join(', ')}` : 'check its spelling against the schema';
      return { ...base, ...source.locate([...path, property], 'key'), rule: 'schema-unknown-property', message: `unknown property \`${property}\` in ${where}; ${hint}` };
    }
    case 'required': {
      const missing = String(params['missingProperty']);
      const example = requiredHints[missing];
      return { ...base, ...source.locate(path), message: `${where} is missing the required property \`${missing}\`; add it${example ? ` (${example})` : ''}` };
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map((v) => String(v));
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return { ...base, ...source.locate(path), message: `${where} must be one of ${allowed.map((v) => `\`${v}\``).join(', ')}, found ${typeName(value)}${guess ? `; did you mean \`${guess}\`?` : ''}` };
    }
    case 'type': {
      if (path.length === 0 && (value === null || value === undefined)) {
        return { ...base, ...source.locate(path), message: `the file is empty; it needs the required properties (${(error.parentSchema as { required?: string[] } | undefined)?.required?.join(', ') ?? 'see the schema'})` };
      }
      const wanted = String(params['type']).split(',').map(typeWord).join(' or ');
      return { ...base, ...source.locate(path), message: `${where} must be ${wanted}, found ${typeName(value)}${typeHint(String(params['type']), value)}${value === null && typeof path[path.length - 1] === 'string' ? ' (is a value missing after the `:`?)' : ''}` };
    }
    case 'format': {
      const format = String(params['format']);
      const wanted = format === 'uri' ? 'an absolute URL such as `https://example.com/errors`' : format === 'email' ? 'an email address such as `oss@example.com`' : `a valid ${format}`;
      return { ...base, ...source.locate(path), message: `${where} ${typeof value === 'string' ? `\`${value}\`` : typeName(value)} is not ${wanted}` };
    }
    case 'pattern':
      return { ...base, ...source.locate(path), message: `${where} \`${String(value)}\` is not valid: it ${patternRule(String(params['pattern']))}` };
    case 'minProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { ...base, ...source.locate(path), message: `${where} is empty; give at least one of ${known.map((k) => `\`${k}\``).join(', ')}, or remove it` };
    }
    case 'uniqueItems': {
      const [first, second] = [Number(params['j']), Number(params['i'])].sort((a, b) => a - b);
      return { ...base, ...source.locate([...path, second!]), message: `${describePath([...path, second!])} repeats ${describePath([...path, first!])}; remove one` };
    }
    default:
      return { ...base, ...source.locate(path), message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** What a required property holds, for "add it (...)". */
const requiredHints: Partial<Record<string, string>> = {
  id: 'the kebab-case catalog id, equal to the folder name',
  title: 'the name of the API',
  version: 'a semantic version such as `1.0.0`',
  defaultLocale: 'the locale of the texts in this file, e.g. `en`',
  envelope: 'e.g. `envelope: { shape: object, codeType: integer }`',
  groups: 'a list of groups, each with a `name` and `entries`',
  name: 'a kebab-case name such as `general`',
  entries: 'a list of entries, or `[]`',
  key: 'the symbol of the code, e.g. `NOT_FOUND`',
  code: 'the wire code, as the envelope\'s codeType says',
  message: 'the default-locale message text',
  shape: '`object` or `array`',
  codeType: '`integer` or `string`',
  type: 'one of `string`, `number`, `integer`, `boolean`, `date`',
  locale: 'the locale of this file, equal to its file name',
  url: 'a URL such as `https://github.com/acme/api`',
  min: 'the smallest code of the range',
  max: 'the largest code of the range',
};

/** Plain words for the schema's patterns. */
const patternRules: Record<string, string> = {
  '^[a-z][a-z0-9]*(-[a-z0-9]+)*$': 'must be kebab-case: lowercase letters and digits in words joined by single `-` (e.g. `agent-ops`)',
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$': 'must be a semantic version such as `1.0.0` or `2.1.0-beta.1`',
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'must be a BCP 47 language tag such as `en`, `zh-CN` or `ru`',
  '^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$': 'must be an npm package name such as `@acme/errors` (lowercase)',
  '^[A-Za-z_$][A-Za-z0-9_$]*(?:[-.][A-Za-z0-9_$]+)*$|^[0-9][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*$': 'must be a symbol: letters, digits, `_` and `$`, with single `-` or `.` between parts (e.g. `NOT_EXIST_ACCOUNT`, `bad-request`), no spaces',
  '^[A-Za-z_$][A-Za-z0-9_$]*$': 'must be a JavaScript identifier: letters, digits, `_` and `$`, not starting with a digit',
  '^[A-Za-z0-9][A-Za-z0-9_.:-]*$': 'must be a fragment id: a letter or digit, then letters, digits, `_`, `.`, `:` or `-`',
  '^[A-Za-z_][A-Za-z0-9_]*$': 'must be an identifier: a letter or `_`, then letters, digits or `_`',
  '^@[a-z0-9][a-z0-9._-]*$': 'must be an npm scope: `@` and a lowercase name such as `@acme`',
  '^[A-Za-z0-9.+:() -]+$': 'must be an SPDX license expression such as `MIT` or `MIT OR Apache-2.0`, or `UNLICENSED` (letters, digits, `.`, `+`, `-`, `:`, parentheses and spaces)',
  '^https?://': 'must be an http(s) URL such as `https://example.com`',
  '^[^\\s<>()][^<>()]*?(?: <[^\\s<>@]+@[^\\s<>]+>)?(?: \\((?:https?://)?[^\\s()]+\\))?$': 'must be a person as npm writes one: a name, then optionally ` <email>` and ` (url)`, e.g. `Acme Inc. <oss@acme.dev> (https://acme.dev)`',
  '^(?:(?:git\\+)?(?:https?|ssh|git)://[^\\s/]+/\\S+|(?:github|gitlab|bitbucket):[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^\\s/]\\S*)$': 'must be a repository URL: `https://github.com/acme/api`, `git+https://host/acme/api.git`, `git+ssh://git@host/acme/api.git`, `git@host:acme/api.git` or `github:acme/api`',
  '^(?!/)(?!.*(?:^|/)\\.\\.?(?:/|$))[A-Za-z0-9._@-]+(?:/[A-Za-z0-9._@-]+)*$': 'must be a relative folder of the repository such as `packages`: `/`-separated names, no leading `/`, no `.` or `..`',
  '^[A-Za-z][A-Za-z0-9._-]*$': 'must be a dist-tag: a letter, then letters, digits, `.`, `_` or `-` (e.g. `next`)',
};

function patternRule(pattern: string): string {
  return patternRules[pattern] ?? `must match the pattern ${pattern}`;
}

function typeWord(type: string): string {
  return type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : type === 'integer' ? 'an integer' : `a ${type}`;
}

/** How to fix a value of the wrong type, when that is clear: quotes around a number, a single value for a list. */
function typeHint(wanted: string, value: unknown): string {
  const types = wanted.split(',');
  if (typeof value === 'string') {
    if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(value.trim())) return ` (write ${value.trim()} without quotes)`;
    if (types.includes('boolean') && /^(true|false)$/i.test(value.trim())) return ` (write ${value.trim().toLowerCase()} without quotes)`;
    if (types.includes('array')) return ` (write a list: [${value}])`;
  }
  if (types.includes('string') && (typeof value === 'number' || typeof value === 'boolean')) return ` (quote it: "${String(value)}")`;
  return '';
}

/** The candidate closest to `word` (a likely misspelling), if one is close enough. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.min(word.length, best.length) / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** `describePath`, plus the key of the entry the path is in, when it has one: `groups[0].entries[3].code (entry \`FOO\`)`. */
function describeNode(data: unknown, path: readonly (string | number)[]): string {
  const text = describePath(path);
  if (path[0] === 'groups' && path[2] === 'entries' && typeof path[3] === 'number') {
    const key = valueAt(data, [...path.slice(0, 4), 'key']);
    if (typeof key === 'string') return `${text} (entry \`${key}\`)`;
  }
  return text;
}

/** A readable name for a node path: `groups[0].entries[3].code`. */
function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the document';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const segment of path) value = value && typeof value === 'object' && Object.hasOwn(value, segment) ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (value === undefined) return 'nothing';
  return typeof value;
}

function kebab(keyword: string): string {
  return keyword.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}
