import semver from 'semver';
import { workspacePublish } from '../../load/workspace-file.js';
import type { NodePath } from '../../load/yaml-source.js';
import { isRecord } from '../../util/is-record.js';
import type { Rule } from '../rule-context.js';
import { licenseProblem } from '../spdx-expression.js';

/** Reports a problem at a path inside a `publish` block. */
export type PublishReport = (path: NodePath, rule: string, message: string) => void;

// The schema's patterns: a value outside them has its schema error already, and one problem gets one line.
const licenseCharacters = /^[A-Za-z0-9.+:() -]+$/;
const tagCharacters = /^[A-Za-z][A-Za-z0-9._-]*$/;

/**
 * `publish-license`, `publish-tag`: what the schema cannot say about a `publish` block, in a catalog
 * or in the workspace's errata.yaml. Reads the block defensively: the schema check may have failed.
 */
export function checkPublishBlock(publish: unknown, report: PublishReport): void {
  if (!isRecord(publish)) return;
  const { license, tag } = publish;
  if (typeof license === 'string' && licenseCharacters.test(license)) {
    const problem = licenseProblem(license);
    if (problem) report(['license'], 'publish-license', `license \`${license}\` is not an SPDX license expression: ${problem}`);
  }
  if (typeof tag === 'string' && tagCharacters.test(tag) && semver.validRange(tag) !== null) {
    report(['tag'], 'publish-tag', `dist-tag \`${tag}\` reads as a version range, which npm refuses as a tag; use a name such as \`next\` or \`beta\``);
  }
}

/**
 * The catalog's own `publish` block (see `checkPublishBlock`), and `publish-access`: with access
 * `restricted`, from the catalog or the workspace, every package name must be scoped, because npm
 * publishes unscoped packages only as public. Default names always carry a scope.
 */
export const publishSettings: Rule = (context) => {
  const { raw } = context;
  checkPublishBlock(raw.publish, (path, rule, message) => context.report(context.catalog, ['publish', ...path], rule, message));
  const own = isRecord(raw.publish) ? raw.publish : {};
  const access = own.access ?? workspacePublish(context.files.workspace).access;
  if (access !== 'restricted' || !isRecord(raw.packages)) return;
  const origin = own.access !== undefined ? '`publish.access`' : `\`publish.access\` in ${context.files.workspace?.source?.file ?? 'errata.yaml'}`;
  for (const kind of ['errors', 'openapi', 'i18n', 'docs'] as const) {
    const name = raw.packages[kind];
    if (typeof name !== 'string' || name.startsWith('@')) continue;
    context.report(
      context.catalog,
      ['packages', kind],
      'publish-access',
      `package \`${name}\` has no scope, but ${origin} is \`restricted\` and npm publishes unscoped packages only as public; name it within a scope (\`@acme/${name}\`) or set \`access: public\``,
    );
  }
};
