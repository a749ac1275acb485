import { isAbsolute, relative } from 'node:path';

/** A path as shown to the user: relative to the working folder when inside it, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown.split('\\').join('/') : path;
}
