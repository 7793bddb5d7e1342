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

const MULTIPLIERS: Record<string, number> = { '': 1, 'nghìn': 1e3, 'ngàn': 1e3, 'triệu': 1e6, 'tr': 1e6, 'tr.': 1e6, 'tỷ': 1e9, 'tỉ': 1e9 };
const CURRENCY = '(?:đồng|đ|vnđ|vnd)';
const MONEY_UNIT = new RegExp(`^(nghìn|ngàn|triệu|tr\\.?|tỷ|tỉ)?\\s*${CURRENCY}$`, 'u');

/**
 * How many đồng one of a unit of money is, for an indicator measured in money: "đồng" 1, "nghìn
 * đồng" 1.000, "triệu đồng" (or "tr.đ") 1.000.000, "tỷ đồng" 1.000.000.000; null for any other unit
 * ("triệu liều" is not money). Matched in NFC, case and spacing aside.
 */
export function moneyUnitFactor(unit: string): number | null {
  const m = MONEY_UNIT.exec(unit.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi'));
  if (!m) return null;
  return MULTIPLIERS[m[1] ?? ''] ?? null;
}

/**
 * An amount written with a unit of money ("2.460 triệu đồng", "74,5 triệu", "1,2 tỷ"), in whole
 * đồng; null when the text is not such an amount or does not come to whole đồng. Used to tell the
 * clerk the exact figure to write, never to read a report's amount silently.
 */
export function moneyInWords(text: string): number | null {
  const m = /^(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?\s*(nghìn|ngàn|triệu|tr\.?|tỷ|tỉ)\s*(?:đồng|đ|vnđ|vnd)?$/u.exec(
    text.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ').trim().toLocaleLowerCase('vi'),
  );
  if (!m) return null;
  const factor = MULTIPLIERS[m[3] ?? ''] ?? 1;
  const digits = `${(m[1] ?? '').replace(/[. ]/g, '')}${m[2] ?? ''}`;
  const scale = 10 ** (m[2]?.length ?? 0);
  if (factor % scale !== 0) return null;
  const dong = Number(digits) * (factor / scale);
  return Number.isSafeInteger(dong) ? dong : null;
}
