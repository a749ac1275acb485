import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { displayPath } from '../util/display-path.js';
import { isRecord } from '../util/is-record.js';
import type { RawPublish } from './raw-catalog.js';
import { decodeUtf8, parseYamlSource, type YamlSource } from './yaml-source.js';
import { isUnreadableFileError } from '../util/file-errors.js';

/** Name of the workspace settings file, at the workspace root. */
const workspaceFileName = 'errata.yaml';

/** The workspace's errata.yaml, as read: the defaults every catalog of the workspace inherits. */
export interface WorkspaceFile {
  /** The workspace root, where the file is looked for. */
  readonly root: string;
  /** The parsed file; absent when the workspace has none (then there are no defaults). */
  readonly source?: YamlSource;
  /** Problems reading the file itself (`unreadable-file`). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and parses `<root>/errata.yaml` when it exists; never throws for user errors. */
export function readWorkspaceFile(root: string, cwd: string): WorkspaceFile {
  const path = join(root, workspaceFileName);
  if (!existsSync(path)) return { root, diagnostics: [] };
  const file = displayPath(cwd, path);
  try {
    const { text, problem } = decodeUtf8(readFileSync(path));
    return { root, source: parseYamlSource(file, text, problem), diagnostics: [] };
  } catch (error) {
    if (!isUnreadableFileError(error)) throw error;
    return { root, diagnostics: [{ file, line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message: `cannot read the file: ${error.code}` }] };
  }
}

/**
 * The workspace's `publish` block as far as it is readable: `{}` without a file. Read defensively,
 * since validation reports the file's problems separately.
 */
export function workspacePublish(workspace: WorkspaceFile | undefined): Partial<RawPublish> {
  const data = workspace?.source?.readable ? workspace.source.data : undefined;
  return isRecord(data) && isRecord(data['publish']) ? (data['publish'] as Partial<RawPublish>) : {};
}
