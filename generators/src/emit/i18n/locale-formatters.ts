/**
 * Per-locale formatter modules, `formatters/<locale>.js`: every message of the locale's bundle compiled
 * to a JavaScript function of its params at generation time (errors/icu-compile.ts), over the ICU helpers
 * of that locale (icu-runtime.ts). A client formats messages with no runtime dependency, exactly as
 * intl-messageformat formats the bundle text; a param it lacks prints as its placeholder (`{id}`).
 *
 * One module per locale, loaded by a literal `import()` in index.js, so bundlers split one chunk per
 * locale. The modules are internal (not in `exports`): index.js checks keys and params before calling them.
 */
import { compileMessage } from '../errors/icu-compile.js';
import { icuHelpers, paramAccess } from '../icu-runtime.js';
import type { EmitContext, VirtualFile } from '../virtual-file.js';
import { generatedNotice } from '../virtual-file.js';
import { stringLiteral } from '../errors/string-literal.js';
import { frozenObject } from './js-literal.js';
import type { LocaleBundle } from './locale-bundles.js';

/** Module specifier of a locale's formatter module, relative to the package root. */
export function formatterModule(locale: string): string {
  return `./formatters/${locale}.js`;
}

/** The function of one message (a constant text takes no params), and whether it calls the helpers. */
function messageFunction(source: string): { readonly code: string; readonly constant: boolean } {
  const compiled = compileMessage(source, paramAccess('params'));
  return compiled.constantText !== undefined
    ? { code: `() => ${stringLiteral(compiled.constantText)}`, constant: true }
    : { code: `(params) => ${compiled.expression}`, constant: false };
}

/** `formatters/<locale>.js` for one bundle. The helpers are left out when every message is constant text. */
function formatterModuleFile(context: EmitContext, bundle: LocaleBundle): VirtualFile {
  const functions = bundle.messages.map(([key, message]) => [key, messageFunction(message)] as const);
  const needsHelpers = functions.some(([, fn]) => !fn.constant);
  const contents = [
    `// ${generatedNotice(context)}`,
    `/** Messages of locale ${stringLiteral(bundle.locale)} compiled to functions of their params; the sources are in messages/${bundle.locale}.json. */`,
    ...(needsHelpers ? icuHelpers(bundle.locale) : []),
    `export default ${frozenObject(functions.map(([key, fn]) => [key, fn.code]))};`,
    '',
  ].join('\n');
  return { path: formatterModule(bundle.locale).slice(2), contents };
}

/** The formatter module of every bundle. */
export function formatterModuleFiles(context: EmitContext, bundles: readonly LocaleBundle[]): VirtualFile[] {
  return bundles.map((bundle) => formatterModuleFile(context, bundle));
}
