// The synthetic catalog of the benchmark (issue 14): `size` entries in 10 groups, a third of the
// messages with ICU params, a data schema on every 20th entry, and a full German translation.

/** catalog.yaml and locales/de.yaml of catalog `id` with `size` entries. */
export function syntheticCatalogFiles(id, size) {
  const perGroup = Math.ceil(size / 10);
  const catalog = [
    '# yaml-language-server: $schema=../../schemas/catalog.schema.json',
    `id: ${id}`,
    `title: Bench ${size}`,
    'description: A synthetic catalog of the benchmark.',
    'version: 1.0.0',
    'defaultLocale: en',
    'locales: [en, de]',
    'docs:',
    '  baseUrl: https://docs.example.com/errors',
    'envelope:',
    '  shape: object',
    '  codeType: integer',
    '  fields: { code: code, message: msg, data: data }',
    'groups:',
  ];
  const locale = ['# yaml-language-server: $schema=../../../schemas/locale.schema.json', 'locale: de', 'groups:'];
  for (let g = 0; g < 10; g++) locale.push(`  g${g}:`, `    title: Gruppe ${g}`);
  locale.push('entries:');
  const statuses = [400, 401, 403, 404, 409, 422, 429, 500, 503];
  for (let g = 0; g < 10 && g * perGroup < size; g++) {
    const min = 100000 + g * perGroup;
    catalog.push(`  - name: g${g}`, `    title: Group ${g}`, `    description: Entries of group ${g}.`, `    range: { min: ${min}, max: ${min + perGroup - 1} }`, '    entries:');
    for (let i = 0; i < perGroup && g * perGroup + i < size; i++) {
      const n = g * perGroup + i;
      const key = `BENCH_ERROR_${String(n).padStart(5, '0')}`;
      const code = min + i;
      const params = n % 3 === 1;
      const data = n % 20 === 0;
      catalog.push(
        `      - key: ${key}`,
        `        code: ${code}`,
        `        httpStatus: ${statuses[n % statuses.length]}`,
        `        message: "${params ? 'Resource {name} failed after {count, plural, one {# attempt} other {# attempts}}' : `Synthetic failure number ${n}`}"`,
        ...(params ? ['        params:', '          name: { type: string, description: Name of the resource. }', '          count: { type: integer }'] : []),
        `        description: Description of synthetic error ${n}, with *Markdown* and \`code\`.`,
        `        solution: Retry entry ${n} later, or ask support.`,
        ...(n % 3 === 0 ? ['        retryable: true'] : []),
        ...(data
          ? ['        data:', '          type: object', '          required: [id]', '          properties:', '            id: { type: integer }', '            tags: { type: array, items: { type: string } }']
          : []),
      );
      locale.push(
        `  ${key}:`,
        `    message: "${params ? 'Ressource {name} nach {count, plural, one {# Versuch} other {# Versuchen}} fehlgeschlagen' : `Synthetischer Fehler Nummer ${n}`}"`,
        `    description: Beschreibung des synthetischen Fehlers ${n}, mit *Markdown* und \`Code\`.`,
        `    solution: Eintrag ${n} später wiederholen oder den Support fragen.`,
      );
    }
  }
  return { catalog: `${catalog.join('\n')}\n`, locale: `${locale.join('\n')}\n` };
}
