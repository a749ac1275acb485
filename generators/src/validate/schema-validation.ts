import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { pointerToPath, type YamlSource } from '../load/yaml-source.js';
import { schemasDir } from '../util/paths.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

/** The compiled JSON Schemas of catalogs and locale files. Build once per run and pass it around. */
export interface SchemaValidators {
  readonly catalog: ValidateFunction;
  readonly locale: ValidateFunction;
  /** Compiles an entry's `data` JSON Schema; returns the error text when it is not a valid schema. */
  checkDataSchema(schema: unknown): string | undefined;
}

/** Compiles both schemas from `schemas/` with Ajv (draft 2020-12, all errors, formats). */
export function createSchemaValidators(): SchemaValidators {
  const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
  addFormats(ajv);
  const load = (name: string) => JSON.parse(readFileSync(`${schemasDir}/${name}`, 'utf8')) as object;
  const dataAjv = new Ajv2020({ strict: false, allowUnionTypes: true, validateSchema: true });
  addFormats(dataAjv);
  return {
    catalog: ajv.compile(load('catalog.schema.json')),
    locale: ajv.compile(load('locale.schema.json')),
    checkDataSchema(schema) {
      try {
        dataAjv.compile(schema as object);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    },
  };
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
    const id = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function toDiagnostic(source: YamlSource, error: ErrorObject): Diagnostic {
  const path = pointerToPath(error.instancePath);
  const where = describePath(path);
  const base = { file: source.file, severity: 'error' as const, rule: `schema-${kebab(error.keyword)}` };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(params['additionalProperty']);
      return { ...base, ...source.locate([...path, property], 'key'), rule: 'schema-unknown-property', message: `unknown property \`${property}\` in ${where}; check its spelling against the schema` };
    }
    case 'required':
      return { ...base, ...source.locate(path), message: `${where} is missing the required property \`${String(params['missingProperty'])}\`` };
    case 'enum':
      return { ...base, ...source.locate(path), message: `${where} must be one of ${(params['allowedValues'] as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}` };
    case 'type':
      return { ...base, ...source.locate(path), message: `${where} must be ${String(params['type']).replace(',', ' or ')}, found ${typeName(valueAt(source.data, path))}` };
    case 'pattern':
      return { ...base, ...source.locate(path), message: `${where} \`${String(valueAt(source.data, path))}\` does not match the pattern ${String(params['pattern'])}` };
    default:
      return { ...base, ...source.locate(path), message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** A readable name for a node path: `groups[0].entries[3].code`. */
export function describePath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the document';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const segment of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return typeof value;
}

function kebab(keyword: string): string {
  return keyword.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}
