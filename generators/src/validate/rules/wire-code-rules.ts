import type { WireCode } from '../../model/catalog-model.js';
import { arrayOf } from '../../load/raw-catalog.js';
import { isRecord } from '../../util/is-record.js';
import { wireCodeId } from '../../util/wire-code-id.js';
import type { NodePath } from '../../load/yaml-source.js';
import { entryLabel, groupLabel, recordAt, type Rule } from '../rule-context.js';

/** `duplicate-code`: a wire code belongs to one entry unless listed in `sharedCodes`; `unused-shared-code` warns otherwise. */
export const uniqueCodes: Rule = (context) => {
  const shared = new Map<string, NodePath>();
  arrayOf<{ code: WireCode }>(context.raw.sharedCodes).forEach((s, i) => {
    if (isRecord(s) && (typeof s.code === 'number' || typeof s.code === 'string')) shared.set(wireCodeId(s.code), ['sharedCodes', i, 'code']);
  });
  const users = new Map<string, { key: string; path: NodePath }[]>();
  for (const { entry, path } of context.entries) {
    if (typeof entry.code !== 'number' && typeof entry.code !== 'string') continue;
    const id = wireCodeId(entry.code);
    users.set(id, [...(users.get(id) ?? []), { key: entryLabel(entry), path }]);
  }
  for (const [id, list] of users) {
    if (list.length < 2 || shared.has(id)) continue;
    const first = list[0]!;
    const firstLine = context.catalog.locate([...first.path, 'code']).line;
    for (const other of list.slice(1)) {
      context.report(
        context.catalog,
        [...other.path, 'code'],
        'duplicate-code',
        `code ${id.slice(id.indexOf(':') + 1)} of ${other.key} is already used by ${first.key} (line ${firstLine}); use another code, or declare it in \`sharedCodes\` if the API really sends it for both`,
      );
    }
  }
  for (const [id, path] of shared) {
    if ((users.get(id)?.length ?? 0) < 2) {
      context.report(context.catalog, path, 'unused-shared-code', `code ${id.slice(id.indexOf(':') + 1)} is declared shared but used by ${users.get(id)?.length ?? 0} ${users.get(id)?.length === 1 ? 'entry' : 'entries'}; remove it from \`sharedCodes\``, { severity: 'warning' });
    }
  }
};

/** `code-type`: every code (entries and sharedCodes) has the envelope's `codeType`. */
export const codeTypes: Rule = (context) => {
  const codeType = recordAt(context.raw.envelope)?.codeType;
  if (codeType !== 'integer' && codeType !== 'string') return;
  const check = (code: unknown, path: NodePath, owner: string) => {
    // A code that is neither text nor a number (a list, a mapping, null, a boolean) is the schema check's to report.
    if (typeof code !== 'string' && typeof code !== 'number') return;
    const ok = codeType === 'integer' ? Number.isInteger(code) : typeof code === 'string';
    if (ok) return;
    const found = typeof code === 'string' ? `the string ${JSON.stringify(code)}` : `the number ${String(code)}`;
    const hint =
      codeType === 'integer' && typeof code === 'string' && /^-?\d+$/.test(code)
        ? ` (write ${code} without quotes)`
        : codeType === 'string' && typeof code !== 'string'
          ? ` (write it in quotes: "${String(code)}")`
          : codeType === 'integer' && typeof code === 'string'
            ? '; use an integer code, or set `envelope.codeType: string` if the API sends text codes'
            : '';
    context.report(context.catalog, path, 'code-type', `code of ${owner} is ${found}, but the envelope's codeType is ${codeType}${hint}`);
  };
  for (const { entry, path } of context.entries) check(entry.code, [...path, 'code'], entryLabel(entry));
  arrayOf<{ code: unknown }>(context.raw.sharedCodes).forEach((s, i) => isRecord(s) && check(s.code, ['sharedCodes', i, 'code'], 'a shared code'));
};

/** `code-out-of-range`: a code lies inside its group's `range` and starts with its `prefix`. */
export const groupRanges: Rule = (context) => {
  for (const { entry, path, group, groupPath } of context.entries) {
    const code = entry.code;
    const range = group.range;
    if (isRecord(range) && typeof range.min === 'number' && typeof range.max === 'number') {
      if (range.min > range.max) continue; // reported once by groupShapes
      // A code that is not a number is code-type's (or the schema's) to report, not a range problem.
      if (typeof code === 'number' && (code < range.min || code > range.max)) {
        context.report(context.catalog, [...path, 'code'], 'code-out-of-range', `code ${String(code)} of ${entryLabel(entry)} is outside its group ${groupLabel(group)} range ${range.min}–${range.max} (line ${context.catalog.locate([...groupPath, 'range']).line}); move the entry or widen the range`);
      }
    }
    if (typeof group.prefix === 'string' && (typeof code === 'number' || typeof code === 'string') && !String(code).startsWith(group.prefix)) {
      context.report(context.catalog, [...path, 'code'], 'code-out-of-range', `code ${String(code)} of ${entryLabel(entry)} does not start with its group ${groupLabel(group)} prefix "${group.prefix}"; move the entry or change the prefix`);
    }
  }
};
