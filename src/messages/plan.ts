// Words of `kt-bio plan`: the plan's tasks and who holds them on a date. One table per language;
// the type of `en` makes a missing translation a compile error.
import { formatDateVi, type IsoDate } from '../text/calendar.js';
import type { Lang } from './entry.js';

/** The plan as a heading names it: "Kế hoạch số 1/KH-UBND ngày 07/6/2023 của UBND tỉnh". */
export interface PlanNamed {
  kind: string;
  number: string;
  /** The plan's date. */
  date: IsoDate;
  /** The issuer's short name. */
  issuer: string;
}

const vi = {
  heading: (p: PlanNamed, on: IsoDate) => `${p.kind} số ${p.number} ngày ${formatDateVi(p.date)} của ${p.issuer} — nhiệm vụ và đơn vị tại ngày ${formatDateVi(on)}`,
  role: { lead: 'Chủ trì', implementing: 'Thực hiện', cooperating: 'Phối hợp' },
  time: 'Thời gian',
  due: 'hạn',
  units: 'đơn vị',
  inherited: (from: string) => `tiếp nhận từ ${from}`,
  via: (g: string) => `thuộc ${g}`,
  emptyGroup: (g: string, where: string) => `Nhóm "${g}" chưa có đơn vị nào trong dữ liệu; thêm tại: ${where}`,
  agencyHeading: (name: string, on: IsoDate) => `Nhiệm vụ của ${name} tại ngày ${formatDateVi(on)}`,
  agencyNone: 'Không có nhiệm vụ nào vào ngày này.',
  notInOffice: (name: string, until: string, succ: string) => `${name} kết thúc hoạt động ngày ${until}; nhiệm vụ chuyển cho: ${succ}.`,
};

export type PlanWords = typeof vi;

const en: PlanWords = {
  heading: (p, on) => `Plan ${p.number} of ${formatDateVi(p.date)} (${p.issuer}) — tasks and units on ${formatDateVi(on)}`,
  role: { lead: 'Lead', implementing: 'Implementing', cooperating: 'Cooperating' },
  time: 'Time frame',
  due: 'due',
  units: 'units',
  inherited: (from) => `taken over from ${from}`,
  via: (g) => `in ${g}`,
  emptyGroup: (g, where) => `The group "${g}" has no units in the data yet; add them in: ${where}`,
  agencyHeading: (name, on) => `Tasks of ${name} on ${formatDateVi(on)}`,
  agencyNone: 'No tasks on this date.',
  notInOffice: (name, until, succ) => `${name} ended on ${until}; its tasks passed to: ${succ}.`,
};

export const PLAN_WORDS: Record<Lang, PlanWords> = { vi, en };
