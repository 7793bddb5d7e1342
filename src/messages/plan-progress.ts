// Words of the plan's own measures in `check`: targets (chỉ tiêu) and their progress.
import type { Lang } from './entry.js';

/** A quantity with its unit: "10 cơ sở", but "80%". */
const qty = (value: string, unit: string): string => (unit === '%' ? `${value}%` : `${value} ${unit}`);

export interface TargetWords {
  heading: (n: number) => string;
  /** "10 cơ sở đến năm 2030" */
  goal: (value: string, unit: string, year: number) => string;
  reached: (reported: string, unit: string, percent: string | null, year: number) => string;
  notMeasured: string;
  notReported: (indicator: string) => string;
  yearsLeft: (n: number) => string;
}

const vi: TargetWords = {
  heading: (n) => `CHỈ TIÊU CỦA KẾ HOẠCH (${n})`,
  goal: (value, unit, year) => `${qty(value, unit)} đến năm ${year}`,
  reached: (reported, unit, percent, year) => `năm ${year} các đơn vị báo cáo ${qty(reported, unit)}${percent === null ? '' : ` (đạt ${percent})`}`,
  notMeasured: 'kế hoạch chưa gắn chỉ số đo (trường "indicator")',
  notReported: (indicator) => `chưa đơn vị nào báo cáo chỉ số "${indicator}"`,
  yearsLeft: (n) => (n > 0 ? `còn ${n} năm` : n === 0 ? 'năm cuối' : `đã quá ${-n} năm`),
};

const en: TargetWords = {
  heading: (n) => `THE PLAN'S TARGETS (${n})`,
  goal: (value, unit, year) => `${qty(value, unit)} by ${year}`,
  reached: (reported, unit, percent, year) => `reported for ${year}: ${qty(reported, unit)}${percent === null ? '' : ` (${percent} reached)`}`,
  notMeasured: 'the plan names no indicator to measure it ("indicator")',
  notReported: (indicator) => `no unit reported the indicator "${indicator}"`,
  yearsLeft: (n) => (n > 0 ? `${n} year${n === 1 ? '' : 's'} left` : n === 0 ? 'its last year' : `${-n} year${n === -1 ? '' : 's'} past`),
};

export const TARGET_WORDS: Record<Lang, TargetWords> = { vi, en };
