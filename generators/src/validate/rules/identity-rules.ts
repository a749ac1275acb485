import { className, defaultAnchor, reservedClassNames } from '../../model/names.js';
import { isRecord } from '../../util/is-record.js';
import type { NodePath } from '../../load/yaml-source.js';
import { recordAt, type Rule } from '../rule-context.js';

/** `duplicate-key`: keys (and aliases) are unique. */
export const uniqueKeys: Rule = (context) => {
  const seen = new Map<string, NodePath>();
  const claim = (name: string, path: NodePath, what: string) => {
    const first = seen.get(name);
    if (first) {
      const line = context.catalog.locate(first).line;
      context.report(context.catalog, path, 'duplicate-key', `${what} \`${name}\` is already used at line ${line}; keys and aliases must be unique`);
    } else seen.set(name, path);
  };
  for (const { entry, path } of context.entries) if (typeof entry.key === 'string') claim(entry.key, [...path, 'key'], 'key');
  for (const { entry, path } of context.entries) {
    if (!Array.isArray(entry.aliases)) continue;
    entry.aliases.forEach((alias, i) => typeof alias === 'string' && claim(alias, [...path, 'aliases', i], 'alias'));
  }
};

/**
 * `identifier-collision`: two entries whose class names (derived, or set with `className`) are the
 * same (`FOO_BAR`/`FOO__BAR`), or a `className` that would shadow a built-in or `CatalogError`.
 * Derived names never shadow (see `pascalName`), so only an override can be reserved.
 */
export const identifierCollisions: Rule = (context) => {
  const seen = new Map<string, string>();
  for (const { entry, path } of context.entries) {
    if (typeof entry.key !== 'string') continue;
    const override = typeof entry.className === 'string' ? entry.className : undefined;
    const name = className(entry.key, override);
    const at = override !== undefined ? [...path, 'className'] : [...path, 'key'];
    if (reservedClassNames.has(name)) {
      context.report(context.catalog, at, 'identifier-collision', `\`className\` \`${name}\` of \`${entry.key}\` is reserved (it would shadow a built-in or the package's base class); choose another class name`);
      continue;
    }
    const other = seen.get(name);
    if (other !== undefined && other !== entry.key) {
      context.report(context.catalog, at, 'identifier-collision', `keys \`${other}\` and \`${entry.key}\` both generate the class \`${name}\`; set a distinct \`className\` on one of them (keys stay as the API names them)`);
    } else seen.set(name, entry.key);
  }
};

/** `duplicate-anchor`: docs anchors are unique, so every entry can be linked. */
export const uniqueAnchors: Rule = (context) => {
  const seen = new Map<string, string>();
  const keys = new Set<string>();
  for (const { entry, path } of context.entries) {
    // A repeated key is reported by duplicate-key; its derived anchor is not a second problem.
    if (typeof entry.key !== 'string' || keys.has(entry.key)) continue;
    keys.add(entry.key);
    const anchor = typeof entry.anchor === 'string' ? entry.anchor : defaultAnchor(entry.key);
    const other = seen.get(anchor);
    if (other !== undefined) {
      context.report(context.catalog, typeof entry.anchor === 'string' ? [...path, 'anchor'] : [...path, 'key'], 'duplicate-anchor', `docs anchor \`${anchor}\` is also used by \`${other}\`; set a distinct \`anchor\``);
    } else seen.set(anchor, entry.key);
  }
};

/** `unknown-replacement`: a deprecation names an existing, different entry. */
export const deprecationReplacements: Rule = (context) => {
  const keys = new Set(context.entries.map((e) => e.entry.key));
  for (const { entry, path } of context.entries) {
    const replacement = recordAt(entry.deprecated)?.replacement;
    if (typeof replacement !== 'string') continue;
    if (replacement === entry.key) {
      context.report(context.catalog, [...path, 'deprecated', 'replacement'], 'unknown-replacement', `\`${entry.key}\` cannot replace itself`);
    } else if (!keys.has(replacement)) {
      context.report(context.catalog, [...path, 'deprecated', 'replacement'], 'unknown-replacement', `replacement \`${replacement}\` is not a key of this catalog`);
    }
  }
};

/** `invalid-data-schema`: an entry's `data` is a JSON Schema Ajv can compile. */
export const dataSchemas: Rule = (context) => {
  for (const { entry, path } of context.entries) {
    // Only a mapping can be a schema; anything else is the schema check's to report.
    if (!isRecord(entry.data)) continue;
    const problem = context.schemas.checkDataSchema(entry.data);
    if (problem) context.report(context.catalog, [...path, 'data'], 'invalid-data-schema', `\`data\` is not a valid JSON Schema: ${problem}`);
  }
};
