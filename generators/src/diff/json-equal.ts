import { isRecord } from '../util/is-record.js';

/** Structural equality of JSON values (object key order ignored, array order kept). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ak = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bk = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ak.length !== bk.length) return false;
  return ak.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Paths (`properties.note`, `required`) at which two JSON values differ, shallowest first, at most `limit`. */
export function differingPaths(a: unknown, b: unknown, limit = 5, prefix = ''): string[] {
  if (jsonEqual(a, b)) return [];
  if (!isRecord(a) || !isRecord(b)) return [prefix || '(root)'];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const paths: string[] = [];
  for (const key of keys) {
    if (paths.length >= limit) break;
    const path = prefix ? `${prefix}.${key}` : key;
    paths.push(...differingPaths(a[key], b[key], limit - paths.length, path));
  }
  return paths;
}
