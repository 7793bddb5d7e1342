// The message catalogue: one table per language, keyed by diagnostic code. The type makes a
// missing translation a compile error.
import type { Diagnostic, DiagnosticCode, MessageArgs } from './diagnostic.js';
import { vi } from './messages.vi.js';
import { en } from './messages.en.js';

export type Lang = 'vi' | 'en';

export interface MessageEntry {
  message: (a: MessageArgs) => string;
  /** What to write instead. */
  hint?: (a: MessageArgs) => string;
}
export type Catalogue = Record<DiagnosticCode, MessageEntry>;

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

export function localize(d: Diagnostic, lang: Lang): { message: string; hint?: string } {
  const entry = CATALOGUES[lang][d.code];
  const hint = entry.hint?.(d.args);
  return hint ? { message: entry.message(d.args), hint } : { message: entry.message(d.args) };
}

/** Renders an argument for a message: lists joined, values quoted by the caller's words. */
export function arg(a: MessageArgs, key: string): string {
  const v = a[key];
  if (v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}

export function list(a: MessageArgs, key: string, sep = ', '): string {
  const v = a[key];
  return Array.isArray(v) ? v.join(sep) : v === undefined ? '' : String(v);
}
