// Numbers as a Vietnamese clerk writes them: digits, thousands grouped with dots (1.250), a
// decimal part after a dot when the field is a measure. What a clerk never means is refused
// with its reason, never read silently: an exponent (1e5, 1e-400 would be 0), another base
// (0x10 would be 16), or more digits than exact arithmetic holds (9999999999999999999999999999
// would print as 1e+28).

export type NumberParse = { ok: true; value: number } | { ok: false; reason: 'too-large' | 'exponent' | 'base' | 'format' };

const INTEGER = /^[-+]?\d+$/;
const THOUSANDS = /^\d{1,3}(\.\d{3})+$/;
const DECIMAL = /^[-+]?(?:\d+\.\d*|\.\d+)$/;
const EXPONENT = /^[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d+$/;
const OTHER_BASE = /^[-+]?0[xXoObB][0-9a-fA-F_]+$/;
/** Digits a double holds exactly (Number.MAX_SAFE_INTEGER has 16). */
const MAX_SIGNIFICANT = 15;

/**
 * Reads a number written as text. `grouped`: the field is a measure, where 1.250 is one
 * thousand two hundred and fifty (YAML would read 1.25).
 */
export function parseNumber(text: string, grouped: boolean): NumberParse {
  const s = text.trim();
  if (INTEGER.test(s) || (grouped && THOUSANDS.test(s))) {
    const n = Number(s.replace(/\./g, ''));
    return Number.isSafeInteger(n) ? { ok: true, value: n === 0 ? 0 : n } : { ok: false, reason: 'too-large' };
  }
  if (DECIMAL.test(s)) {
    const digits = s.replace(/^[-+]?0*|[.]/g, '').replace(/0+$/, '');
    if (s.split('.')[0]!.replace(/^[-+]?0*/, '').length > MAX_SIGNIFICANT || digits.length > MAX_SIGNIFICANT + 2) return { ok: false, reason: 'too-large' };
    const n = Number(s);
    return { ok: true, value: n === 0 ? 0 : n };
  }
  if (EXPONENT.test(s)) return { ok: false, reason: 'exponent' };
  if (OTHER_BASE.test(s)) return { ok: false, reason: 'base' };
  return { ok: false, reason: 'format' };
}
