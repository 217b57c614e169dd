import type { Flow, Messages } from '../engine/types';

/**
 * The map of every errand's flow and text files. It grows with the number of
 * errands, so it is a chunk of its own, loaded with the first errand, and the
 * first page's JavaScript stays the same size however many errands there are.
 */
export const flowFiles = import.meta.glob<Flow>('../../flows/*/flow.json', { import: 'default' });
export const localeFiles = import.meta.glob<Messages>(['../../locales/*/*.json', '!../../locales/sv/common.json'], { import: 'default' });
export const letterFiles = import.meta.glob<Record<string, unknown>>('../../flows/letters/*.json', { import: 'default' });
