// Amounts of money in whole đồng, written the ways Vietnamese clerks write them.

export type MoneyParse =
  | { ok: true; dong: number }
  | { ok: false; reason: 'decimal' | 'negative' | 'words' | 'format' };

const PLAIN = /^\d+$/;
// 350.000.000 or 350 000 000: groups of three after the first; one separator kind per amount.
const DOTTED = /^\d{1,3}(\.\d{3})+$/;
const SPACED = /^\d{1,3}( \d{3})+$/;

/**
 * Reads an amount. A YAML number is taken as it is; text may group thousands with dots or
 * spaces. Note: YAML reads `350.000` as the number 350, so the report loader passes the
 * source text of money fields here, never the number YAML made of it.
 */
export function parseMoney(value: unknown): MoneyParse {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'format' };
    if (value < 0) return { ok: false, reason: 'negative' };
    if (!Number.isInteger(value)) return { ok: false, reason: 'decimal' };
    return Number.isSafeInteger(value) ? { ok: true, dong: value } : { ok: false, reason: 'format' };
  }
  if (typeof value !== 'string') return { ok: false, reason: 'format' };
  const s = value.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (/^-/.test(s)) return { ok: false, reason: 'negative' };
  if (/\p{L}/u.test(s)) return { ok: false, reason: 'words' };
  if (PLAIN.test(s) || DOTTED.test(s) || SPACED.test(s)) {
    const dong = Number(s.replace(/[. ]/g, ''));
    return Number.isSafeInteger(dong) ? { ok: true, dong } : { ok: false, reason: 'format' };
  }
  // "350,5", "1.250.000,50", "350000000.5", "12.5": a fractional part.
  if (/^[\d. ]*\d[.,]\d{1,2}$/.test(s) || /^\d+\.\d+$/.test(s)) return { ok: false, reason: 'decimal' };
  return { ok: false, reason: 'format' };
}

/** 1.250.000.000: đồng as Vietnamese documents print them. */
export function formatDong(dong: number): string {
  return groupThousands(dong);
}

/** A whole number with the Vietnamese thousands separator: 1.264 (days, counts). */
export function groupThousands(n: number): string {
  const whole = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${whole}` : whole;
}
