import { fileURLToPath } from 'node:url';

// This module sits at generators/{src,dist}/util/, so the package root is two levels up either way.
const generatorsRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The generators package folder. */
export const generatorsDir = generatorsRoot.replace(/[\\/]$/, '');

/** The repository's `schemas/` folder (beside `generators/`). */
export const schemasDir = fileURLToPath(new URL('../../../schemas', import.meta.url));

/** The generators' Handlebars templates. */
export const templatesDir = fileURLToPath(new URL('../../templates', import.meta.url));
