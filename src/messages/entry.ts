// The shape of a message catalogue, and the helpers its entries use to render arguments.
import type { DiagnosticCode, MessageArgs } from '../diagnostics/diagnostic.js';
import { formatDateNumeric } from '../text/calendar.js';

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

/** An ISO date of the args as dd/mm/yyyy (18/11/2025), the same in both languages; '' when absent. */
export const dateArg = (a: MessageArgs, key: string): string => (typeof a[key] === 'string' ? formatDateNumeric(a[key]) : '');

/** The plan file an argument names (the one actually read), else the file's usual name. */
export const planFile = (a: MessageArgs, key: string, name: string): string => arg(a, key) || name;

/** JSON Schema type names ("string,null") in words, joined by the language's "or". */
export const typeNames = (t: string, names: Record<string, string>, or: string): string =>
  t
    .split(',')
    .map((x) => names[x.trim()] ?? x)
    .join(or);
