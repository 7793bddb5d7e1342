// Option values that several commands share, checked once with the same message.
import type { Lang } from '../diagnostics/catalogue.js';
import { EXIT, ExitError } from './context.js';

/** --year: a four-digit year. */
export function parseYearOption(value: string, lang: Lang): number {
  if (/^\d{4}$/.test(value.trim())) return Number(value.trim());
  throw new ExitError(EXIT.usage, lang === 'vi' ? `--year: "${value}" không phải là năm (ví dụ 2025)` : `--year: "${value}" is not a year (e.g. 2025)`);
}
