// The message catalogue: one table per language, keyed by diagnostic code. The type makes a
// missing translation a compile error.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Catalogue, Lang } from './entry.js';
import { vi } from './vi.js';
import { en } from './en.js';

export type { Lang, MessageEntry, Catalogue } from './entry.js';
export { arg, list } from './entry.js';

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

export function localize(d: Diagnostic, lang: Lang): { message: string; hint?: string } {
  const entry = CATALOGUES[lang][d.code];
  const hint = entry.hint?.(d.args);
  return hint ? { message: entry.message(d.args), hint } : { message: entry.message(d.args) };
}
