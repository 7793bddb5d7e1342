// Words of the follow-up features: the comparison with the previous year in `check`, the
// reminder letters of `remind` (đôn đốc) and the ad hoc requests (đột xuất). One table per
// language; the type of `en` makes a missing translation a compile error.
import { formatNumber, formatPercent } from './numbers.js';

/** A change written in words: tăng 6,4 / giảm 2 / không đổi. */
type ChangeWords = (by: string, direction: 'up' | 'down' | 'same') => string;

const percentVi = (n: number | null): string => formatPercent(n, 'vi');
const percentEn = (n: number | null): string => formatPercent(n, 'en');

const vi = {
  compare: {
    heading: (previousYear: number) => `SO VỚI NĂM ${previousYear}`,
    none: (previousYear: number, reason: 'before_plan' | 'no_reports', folder: string) =>
      reason === 'before_plan'
        ? `Năm ${previousYear} chưa có kỳ báo cáo của kế hoạch: không có số liệu để so sánh.`
        : `Không có báo cáo năm ${previousYear} (${folder}): chưa so sánh được với năm trước.`,
    change: ((by, d) => (d === 'up' ? `tăng ${by}` : d === 'down' ? `giảm ${by}` : 'không đổi')) as ChangeWords,
    reported: (year: number, reported: number, expected: number, rate: number | null, previousYear: number, pReported: number, pExpected: number, pRate: number | null, change: string) =>
      `Đã báo cáo: năm ${year} ${reported}/${expected} (${percentVi(rate)}), năm ${previousYear} ${pReported}/${pExpected} (${percentVi(pRate)}) — ${change} điểm phần trăm.`,
    onTime: (year: number, onTime: number, rate: number | null, previousYear: number, pOnTime: number, pRate: number | null, change: string) =>
      `Đúng hạn: năm ${year} ${onTime} (${percentVi(rate)}), năm ${previousYear} ${pOnTime} (${percentVi(pRate)}) — ${change} điểm phần trăm.`,
    number: (n: number) => formatNumber(n, 'vi'),
  },
  /** The letter's fixed words (a công văn is written in Vietnamese whatever --lang says). */
  letter: {
    numberLabel: 'Số:',
    salutation: 'Kính gửi:',
    recipientsHeading: 'Nơi nhận:',
    subject: 'V/v đôn đốc báo cáo kết quả thực hiện {{plan.kind}} số {{plan.number}} năm {{year}}',
    recipients: ['Như trên;', 'Lưu: {{#if issuer.filing}}{{issuer.filing}}{{else}}VT{{/if}}.'],
  },
  request: {
    heading: (title: string, kind: string, number: string, date: string, issuer: string, deadline: string, units: number) =>
      `YÊU CẦU BÁO CÁO ĐỘT XUẤT: ${title}\nTheo ${kind} số ${number} ngày ${date} của ${issuer}; hạn gửi ${deadline}; ${units} đơn vị được yêu cầu.`,
  },
};

export type FollowUpWords = typeof vi;

const en: FollowUpWords = {
  compare: {
    heading: (previousYear) => `COMPARED WITH ${previousYear}`,
    none: (previousYear, reason, folder) =>
      reason === 'before_plan'
        ? `${previousYear} had no reporting cycle of the plan: nothing to compare with.`
        : `No reports of ${previousYear} (${folder}): no comparison with the previous year.`,
    change: (by, d) => (d === 'up' ? `up ${by}` : d === 'down' ? `down ${by}` : 'unchanged'),
    reported: (year, reported, expected, rate, previousYear, pReported, pExpected, pRate, change) =>
      `Reported: ${year} ${reported}/${expected} (${percentEn(rate)}), ${previousYear} ${pReported}/${pExpected} (${percentEn(pRate)}) — ${change} percentage points.`,
    onTime: (year, onTime, rate, previousYear, pOnTime, pRate, change) =>
      `On time: ${year} ${onTime} (${percentEn(rate)}), ${previousYear} ${pOnTime} (${percentEn(pRate)}) — ${change} percentage points.`,
    number: (n) => formatNumber(n, 'en'),
  },
  letter: vi.letter,
  request: {
    heading: (title, kind, number, date, issuer, deadline, units) =>
      `AD HOC REQUEST: ${title}\nAsked by ${kind} ${number} of ${date} (${issuer}); due ${deadline}; ${units} unit(s) asked.`,
  },
};

export const FOLLOW_UP: Record<'vi' | 'en', FollowUpWords> = { vi, en };
