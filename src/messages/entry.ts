// The shape of a message catalogue, and the helpers its entries use to render arguments.
import type { DiagnosticCode, MessageArgs } from '../diagnostics/diagnostic.js';

export type Lang = 'vi' | 'en';

/** The languages kt-bio speaks, Vietnamese first (the default). */
export const LANGS: readonly Lang[] = ['vi', 'en'];

export const isLang = (s: unknown): s is Lang => LANGS.includes(s as Lang);

/** The language a toggle switches to. */
export const otherLang = (lang: Lang): Lang => LANGS[1 - LANGS.indexOf(lang)]!;

export interface MessageEntry {
  message: (a: MessageArgs) => string;
  /** What to write instead. */
  hint?: (a: MessageArgs) => string;
}
export type Catalogue = Record<DiagnosticCode, MessageEntry>;

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
