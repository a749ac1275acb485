/**
 * The catalog and locale files as written (after YAML parsing), typed after the JSON Schemas.
 * Only the model builder uses these types, and only once the schema check passed; semantic rules run
 * whatever the schema check said, so they read `Unchecked` mappings (validate/rule-context.ts) and narrow.
 */
import type { EnvelopePart, Outcome, ParamType, Visibility, WireCode } from '../model/catalog-model.js';

export interface RawDefaults {
  outcome?: Outcome;
  httpStatus?: number;
  visibility?: Visibility;
  retryable?: boolean;
}

export interface RawParam {
  type: ParamType;
  description?: string;
  example?: string | number | boolean;
  from?: string;
}

export interface RawEntry {
  key: string;
  code: WireCode;
  outcome?: Outcome;
  httpStatus?: number;
  message: string;
  params?: Record<string, RawParam>;
  description?: string;
  solution?: string;
  visibility?: Visibility;
  retryable?: boolean;
  data?: Record<string, unknown>;
  deprecated?: { replacement?: string; reason?: string; since?: string };
  aliases?: string[];
  anchor?: string;
  /** Class name of the entry in the errors package, when the derived one will not do. */
  className?: string;
  inferred?: string[];
}

export interface RawGroup {
  name: string;
  title?: string;
  description?: string;
  range?: { min: number; max: number };
  prefix?: string;
  defaults?: RawDefaults;
  inferred?: string[];
  entries: RawEntry[];
}

export interface RawEnvelope {
  shape: 'object' | 'array';
  codeType: 'integer' | 'string';
  fields?: { code?: string; message?: string; data?: string };
  order?: EnvelopePart[];
  inferred?: string[];
}

/** `publish` of a catalog or of the workspace's errata.yaml. */
export interface RawPublish {
  scope?: string;
  license?: string;
  author?: string;
  repository?: string | { type?: string; url: string; directory?: string };
  homepage?: string;
  bugs?: string | { url?: string; email?: string };
  registry?: string;
  access?: 'public' | 'restricted';
  tag?: string;
}

/** The workspace's errata.yaml. */
export interface RawWorkspace {
  publish?: RawPublish;
}

export interface RawCatalog {
  id: string;
  title: string;
  description?: string;
  version: string;
  defaultLocale: string;
  locales?: string[];
  packages?: { errors?: string; openapi?: string; i18n?: string; docs?: string };
  docs?: { baseUrl?: string; source?: string };
  publish?: RawPublish;
  envelope: RawEnvelope;
  sharedCodes?: { code: WireCode; reason?: string }[];
  inferred?: string[];
  groups: RawGroup[];
}

export interface RawEntryTranslation {
  message?: string;
  description?: string;
  solution?: string;
}

export interface RawLocale {
  locale: string;
  groups?: Record<string, { title?: string; description?: string }>;
  entries: Record<string, RawEntryTranslation>;
}

/** The array at `value`, or an empty one when the file put something else there. */
export function arrayOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
