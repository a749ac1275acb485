import { workspaceCatalogsFolder } from '../../load/catalog-files.js';
import { arrayOf } from '../../load/raw-catalog.js';
import { isRecord } from '../../util/is-record.js';
import { recordAt, type Rule } from '../rule-context.js';

/**
 * `catalog-id`: a catalog folder directly under `catalogs/` is named for its id (the folder name is
 * its Nx project and package prefix); elsewhere any name will do, unless `strictFolderName`.
 * `default-locale`: the default locale is among `locales`.
 */
export const catalogIdentity: Rule = (context) => {
  const { raw, files } = context;
  if (typeof raw.id === 'string' && raw.id !== files.folderName && (files.inWorkspaceLayout || context.options.strictFolderName)) {
    const message = files.inWorkspaceLayout
      ? `${workspaceCatalogsFolder}/${files.folderName} holds id \`${raw.id}\`: a catalog under ${workspaceCatalogsFolder}/ is named for its id; rename the folder or the id`
      : `folder ${files.folderName} holds id \`${raw.id}\`: with --strict-folder-name a catalog folder is named for its id wherever it is; rename the folder or the id`;
    context.report(context.catalog, ['id'], 'catalog-id', message);
  }
  if (Array.isArray(raw.locales) && typeof raw.defaultLocale === 'string' && !raw.locales.includes(raw.defaultLocale)) {
    context.report(context.catalog, ['locales'], 'default-locale', `defaultLocale ${raw.defaultLocale} is not in \`locales\`; add it`);
  }
};

/** `duplicate-group`, `group-range`: group names are unique and ranges are not reversed. */
export const groupShapes: Rule = (context) => {
  const seen = new Set<string>();
  arrayOf<unknown>(context.raw.groups).forEach((group, i) => {
    if (!isRecord(group)) return;
    if (typeof group.name === 'string') {
      if (seen.has(group.name)) context.report(context.catalog, ['groups', i, 'name'], 'duplicate-group', `group \`${group.name}\` is declared twice; merge the two`);
      seen.add(group.name);
    }
    if (isRecord(group.range) && typeof group.range.min === 'number' && typeof group.range.max === 'number' && group.range.min > group.range.max) {
      context.report(context.catalog, ['groups', i, 'range'], 'group-range', `range min ${group.range.min} is greater than max ${group.range.max}`);
    }
    if (group.range !== undefined && recordAt(context.raw.envelope)?.codeType === 'string') {
      context.report(context.catalog, ['groups', i, 'range'], 'group-range', 'a numeric range needs integer codes; use `prefix` for string codes');
    }
  });
};

/** `envelope-shape`: field names are distinct; a positional envelope has a `code` position. */
export const envelopeShape: Rule = (context) => {
  const envelope = context.raw.envelope;
  if (!isRecord(envelope)) return;
  if (envelope.shape === 'object') {
    if (envelope.order !== undefined) context.report(context.catalog, ['envelope', 'order'], 'envelope-shape', '`order` applies to `shape: array`; use `fields` for an object envelope');
    const fields = { code: 'code', message: 'message', data: 'data', ...(isRecord(envelope.fields) ? envelope.fields : {}) };
    // A name that is not text is the schema check's to report.
    const names = Object.values(fields).filter((name): name is string => typeof name === 'string');
    if (new Set(names).size !== names.length) context.report(context.catalog, ['envelope', 'fields'], 'envelope-shape', `envelope fields must have distinct names, found ${names.join(', ')}`);
  } else if (envelope.shape === 'array') {
    if (envelope.fields !== undefined) context.report(context.catalog, ['envelope', 'fields'], 'envelope-shape', '`fields` applies to `shape: object`; use `order` for a positional envelope');
    if (Array.isArray(envelope.order) && !envelope.order.includes('code')) context.report(context.catalog, ['envelope', 'order'], 'envelope-shape', 'a positional envelope needs a `code` position');
  }
};
