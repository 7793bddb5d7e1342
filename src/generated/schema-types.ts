// Generated from plan/schema/*.schema.json by build.mjs. Do not edit: edit the schemas.

/**
 * plan/plan.yaml: the identity of the plan (kế hoạch) that the reports follow.
 */

export interface PlanIdentity {
  /**
   * Loại văn bản, e.g. Kế hoạch.
   */
  kind: string;
  /**
   * Số, ký hiệu, e.g. 125/KH-UBND.
   */
  number: string;
  /**
   * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
   */
  date: string;
  issuer: {
    name: string;
    short: string;
  };
  /**
   * Trích yếu nội dung.
   */
  title: string;
  signer: {
    /**
     * @minItems 1
     */
    authority: string[];
    title: string;
    name: string;
  };
  /**
   * Căn cứ: the documents the plan implements.
   *
   * @minItems 1
   */
  legalBasis: {
    kind: string;
    number: string;
    /**
     * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
     */
    date: string;
    issuer: string;
    title?: string;
  }[];
  /**
   * The years the plan runs (giai đoạn), e.g. from 2023 to 2030.
   */
  period?: {
    from: number;
    to: number;
  };
  /**
   * Nơi nhận, as printed on the plan.
   */
  recipients: string[];
}

/**
 * plan/reporting.yaml: who reports to whom, and by when, every year.
 */

export interface ReportingRules {
  unitReport: Rule;
  provincialReport: Rule;
  /**
   * Reporting periods besides the yearly one (unitReport, provincialReport), e.g. a six-monthly report before 15/6. `check` and `compile` take --period <id>; the period's reports are in reports/<year>/<id>/.
   */
  periods?: Period[];
}

export interface Rule {
  deadline: Deadline;
  /**
   * Who receives the report, as the plan words it.
   */
  recipient: string;
  /**
   * The bodies the report goes to, each by its full name, when the plan names several (Ủy ban nhân dân tỉnh Lâm Đồng; Ban Thường vụ Tỉnh ủy Lâm Đồng). The compiled report is addressed to them, in this order, and lists each in Nơi nhận with (b/c). Absent: the provincial People's Committee (issuers.yaml).
   *
   * @minItems 1
   */
  recipients?: string[];
  /**
   * A stable identifier: lower-case letters, digits and hyphens (units, groups).
   */
  compiler?: string;
  /**
   * Also on request (đột xuất khi có yêu cầu).
   */
  adHoc?: boolean;
  /**
   * Where the plan says so.
   */
  source: string;
}

export interface Deadline {
  day: number;
  month: number;
  /**
   * true: a report dated on the deadline day itself is on time.
   */
  inclusive: boolean;
  /**
   * true: the deadline falls in the year after the year reported on (báo cáo năm trước ngày 15/01 năm sau).
   */
  nextYear?: boolean;
}

export interface Period {
  /**
   * A stable identifier: lower-case letters, digits and hyphens (units, groups).
   */
  id: string;
  /**
   * The period as documents name it, e.g. 6 tháng đầu năm.
   */
  name: string;
  unitDeadline: Deadline1;
  provincialDeadline?: Deadline2;
  /**
   * Where the plan says so.
   */
  source?: string;
}
/**
 * Units' reports of the period.
 */

export interface Deadline1 {
  day: number;
  month: number;
  /**
   * true: a report dated on the deadline day itself is on time.
   */
  inclusive: boolean;
  /**
   * true: the deadline falls in the year after the year reported on (báo cáo năm trước ngày 15/01 năm sau).
   */
  nextYear?: boolean;
}
/**
 * The compiled report of the period (absent: the unit deadline).
 */

export interface Deadline2 {
  day: number;
  month: number;
  /**
   * true: a report dated on the deadline day itself is on time.
   */
  inclusive: boolean;
  /**
   * true: the deadline falls in the year after the year reported on (báo cáo năm trước ngày 15/01 năm sau).
   */
  nextYear?: boolean;
}

/**
 * plan/funding.yaml: the funding sources of section III; reports give spending by these ids.
 */

export interface FundingSources {
  source?: string;
  /**
   * Kinh phí of the plan as a whole, when it gives amounts: the total, or by year, in đồng.
   */
  planned?: {
    total?: number;
    byYear?: {
      year: number;
      amount: number;
    }[];
    /**
     * How the plan words its funding when it gives no figure.
     */
    note?: string;
  };
  /**
   * @minItems 1
   */
  sources: {
    id: string;
    name: string;
    short?: string;
  }[];
}

/**
 * plan/units.yaml: the units (cơ quan, đơn vị) and groups the plan names, with their lifetimes.
 */

export interface UnitRegistry {
  units: Unit[];
  groups: Group[];
}

export interface Unit {
  /**
   * A stable identifier: lower-case letters, digits and hyphens (units, groups).
   */
  id: string;
  /**
   * Full Vietnamese name.
   */
  name: string;
  /**
   * Short name used in tables.
   */
  short: string;
  kind: 'department' | 'board' | 'district' | 'commune' | 'organisation';
  /**
   * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
   */
  from?: string;
  /**
   * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
   */
  until?: string;
  /**
   * @minItems 1
   *
   * Items: The unit or group that takes over the tasks from the day after `until`.
   */
  successors?: string[];
  /**
   * Later names of the same unit (đổi tên, or continued by a merged unit of the new province).
   */
  names?: {
    /**
     * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
     */
    from: string;
    name: string;
    short: string;
    /**
     * The legal basis (căn cứ) of a dated fact, e.g. the decree that merged a department.
     */
    basis?: string;
  }[];
  /**
   * The legal basis (căn cứ) of a dated fact, e.g. the decree that merged a department.
   */
  basis?: string;
  /**
   * What could not be confirmed about this entry.
   */
  unconfirmed?: string;
}

export interface Group {
  /**
   * A stable identifier: lower-case letters, digits and hyphens (units, groups).
   */
  id: string;
  name: string;
  /**
   * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
   */
  from?: string;
  /**
   * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
   */
  until?: string;
  /**
   * @minItems 1
   *
   * Items: The unit or group that takes over the tasks from the day after `until`.
   */
  successors?: string[];
  /**
   * The legal basis (căn cứ) of a dated fact, e.g. the decree that merged a department.
   */
  basis?: string;
  unconfirmed?: string;
  /**
   * Shown while the group has no members: where to add them.
   */
  whereToAdd?: string;
  /**
   * Unit ids, or {unit, from, until} for a membership shorter than the unit's life.
   */
  members: (
    | string
    | {
        /**
         * A stable identifier: lower-case letters, digits and hyphens (units, groups).
         */
        unit: string;
        /**
         * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
         */
        from?: string;
        /**
         * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
         */
        until?: string;
      }
  )[];
}

/**
 * A section of the plan: a Roman numeral, then numbers or letters separated by dots. Item letters may be Vietnamese: III.3.đ.
 */

export type SectionId = string;
/**
 * A unit or group id, or {id, role} when the plan says what this unit does.
 */

export type Assignment =
  | string
  | {
      /**
       * A stable identifier: lower-case letters, digits and hyphens (units, groups).
       */
      id: string;
      role?: string;
    };

/**
 * plan/tasks.yaml: the sections of the plan and the tasks (nhiệm vụ) units report on.
 */

export interface PlanTasks {
  sections: {
    id: SectionId;
    title: string;
  }[];
  /**
   * @minItems 1
   */
  tasks: Task[];
}

export interface Task {
  /**
   * Stable id units write in their reports: the plan's own numbering, e.g. III.3.a; item letters may be Vietnamese (III.3.đ).
   */
  id: string;
  section: SectionId;
  /**
   * Short title.
   */
  title: string;
  /**
   * Every bullet of the task as the plan words it.
   *
   * @minItems 1
   */
  text: string[];
  /**
   * Chủ trì.
   */
  leads?: Assignment[];
  /**
   * Đơn vị thực hiện.
   */
  implementing?: Assignment[];
  /**
   * Phối hợp.
   */
  cooperating?: Assignment[];
  /**
   * Chỉ tiêu: the numbers the plan sets for the task, each with its year (phấn đấu đến năm 2030 có 10 cơ sở).
   */
  targets?: Target[];
  /**
   * Words like 'các cơ quan, đơn vị có liên quan': kept as text, not reporters.
   */
  othersNote?: string;
  timeframe: {
    /**
     * Thời gian thực hiện as the plan words it.
     */
    label: string;
    /**
     * Absent: recurring (thường xuyên / hằng năm).
     */
    due?: string;
    recurrence?: 'continuous' | 'yearly';
    /**
     * Mốc: the dated steps the plan sets before the final due date (năm 2024 rà soát; năm 2025 trình HĐND). Each is checked like the due date; the task needs its final `due`.
     *
     * @minItems 1
     */
    milestones?: {
      /**
       * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
       */
      due: string;
      /**
       * The step as the plan words it.
       */
      label: string;
    }[];
  };
}

export interface Target {
  /**
   * The target as the plan words it.
   */
  text: string;
  /**
   * The number to reach.
   */
  value: number;
  /**
   * Its unit of measure, as units report it (cơ sở, ha, %).
   */
  unit: string;
  /**
   * The year by which it is to be reached.
   */
  year: number;
  /**
   * The indicator (name) units report that measures it: the year's reported total, in the same unit, is compared with the value. Absent: the target is shown without a measure.
   */
  indicator?: string;
}

/**
 * plan/issuers.yaml: the heading of documents kt-bio writes, chosen by the document's date.
 */

export interface IssuerBlocks {
  /**
   * @minItems 1
   */
  issuers: {
    /**
     * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
     */
    from?: string;
    /**
     * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
     */
    until?: string;
    /**
     * Cơ quan chủ quản in capitals, e.g. UBND TỈNH followed by the province's name.
     */
    parentAuthority: string;
    /**
     * Cơ quan ban hành, e.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ.
     */
    issuingBody: string;
    /**
     * Địa danh on the dated line.
     */
    place: string;
    /**
     * Chữ viết tắt of the issuing body in document numbers, e.g. SKHCN.
     */
    code: string;
    /**
     * The People's Committee the summary goes to.
     */
    provincialCommittee: string;
    /**
     * Quyền hạn, chức vụ above the signature of the body's documents, e.g. [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC] for a Sở whose deputy head signs. Settings and --signer-authority override it.
     *
     * @minItems 1
     */
    authority?: string[];
    /**
     * Nơi nhận of the body's report besides the bodies it reports to (reporting.yaml), as printed, e.g. its ministry: Bộ Khoa học và Công nghệ (b/c);
     */
    copyTo?: string[];
    /**
     * Lưu: the filing line's codes after 'Lưu:', e.g. VT, QLCN (văn thư and the drafting room of this body).
     */
    filing?: string;
    /**
     * The legal basis (căn cứ) of a dated fact, e.g. the decree that merged a department.
     */
    basis: string;
  }[];
}

/**
 * A whole number of đồng: 350000000, 350.000.000 or 350 000 000. Read from the source text, so 350.000 is 350 000 đồng, not 350.
 */

export type Money = number | string;

/**
 * A unit's yearly progress report (báo cáo kết quả thực hiện), one YAML file, normally reports/<year>/<unit-id>.yaml. Format kt-bio/report@1. Rules a schema cannot say (the agency is a unit of the plan, task ids exist, dates in order, ...) are checked by src/report/rules.ts.
 */

export interface UnitReport {
  /**
   * Always kt-bio/report@1: the version of this format.
   */
  format: 'kt-bio/report@1';
  /**
   * The reporting unit's id in plan/units.yaml (cơ quan, đơn vị báo cáo), e.g. so-yte.
   */
  agency: string;
  /**
   * The year reported on (năm báo cáo); must match the folder reports/<year>/ the file is in.
   */
  year: number;
  /**
   * Ngày ký văn bản báo cáo: DD/MM/YYYY or YYYY-MM-DD; not after today.
   */
  submitted: string;
  /**
   * Only when the report answers an ad hoc request (requests/<id>.yaml): that request's id. A yearly report leaves it out.
   */
  request?: string;
  /**
   * Số, ký hiệu of the report, e.g. 215/BC-SYT.
   */
  number?: string;
  /**
   * Người ký: name and title (chức vụ).
   */
  signer?: {
    /**
     * Họ và tên người ký.
     */
    name?: string;
    /**
     * Chức vụ người ký, e.g. Phó Giám đốc.
     */
    title?: string;
  };
  /**
   * Thời gian chốt số liệu (the data cut-off): from ≤ to.
   */
  period?: {
    /**
     * Từ ngày.
     */
    from: string;
    /**
     * Đến ngày.
     */
    to: string;
  };
  /**
   * One entry per task of plan/tasks.yaml the unit reports on; each task once.
   */
  tasks: TaskReport[];
  /**
   * Đánh giá chung: achievements, limitations and their causes.
   */
  summary?: {
    /**
     * Kết quả đạt được.
     */
    achievements?: string;
    /**
     * Tồn tại, hạn chế.
     */
    limitations?: string;
    /**
     * Nguyên nhân.
     */
    causes?: string;
    /**
     * Nguyên nhân khách quan (optional, when the unit separates its causes).
     */
    causes_objective?: string;
    /**
     * Nguyên nhân chủ quan (optional, when the unit separates its causes).
     */
    causes_subjective?: string;
  };
  /**
   * Đề xuất, kiến nghị. Each item is the proposal's text, or (optional) a map with the text and to whom it is addressed: { text: ..., to: central | province | local }.
   */
  proposals?: (
    | string
    | {
        /**
         * The proposal (kiến nghị).
         */
        text: string;
        /**
         * Addressed to: central (Trung ương: the ministries, the Government) | province (Ủy ban nhân dân tỉnh) | local (sở, ngành, địa phương).
         */
        to?: 'central' | 'province' | 'local';
      }
  )[];
  /**
   * Phương hướng, nhiệm vụ năm tới (optional): one task of next year per item.
   *
   * Items: One task or direction for next year.
   */
  next_year?: string[];
}

export interface TaskReport {
  /**
   * A task id of plan/tasks.yaml, e.g. II.3.a.yd.
   */
  id: string;
  /**
   * not_started (chưa triển khai) | in_progress (đang thực hiện) | completed (đã hoàn thành; not for recurring tasks) | ongoing (thực hiện thường xuyên).
   */
  status: 'not_started' | 'in_progress' | 'completed' | 'ongoing';
  /**
   * Ngày hoàn thành: only with status completed; not after submitted.
   */
  completed_on?: string;
  /**
   * Kết quả thực hiện: expected whenever the status is in_progress, completed or ongoing.
   */
  results?: string;
  /**
   * Chỉ tiêu, số liệu: name, value (a number; 1.250 means 1250) and unit of measure.
   */
  indicators?: {
    name: string;
    value: number;
    unit: string;
  }[];
  /**
   * Kinh phí đã chi trong năm, in đồng, by the funding source ids of plan/funding.yaml (state_investment, state_recurrent, grants, other).
   */
  funding?: {
    [k: string]: Money;
  };
  /**
   * Khó khăn, vướng mắc.
   */
  difficulties?: string;
}

/**
 * templates/settings/default.yaml and templates/settings/<year>.yaml: what the department sets for the compiled summary report (kt-bio compile). The year's file overrides the default one field by field (lists are replaced whole); command-line flags override both. Every field is optional in each file; after merging, title, summary, signer and recipients must be present. Text fields may use Handlebars fields such as {{year}}, {{plan.number}} or {{issuer.provincialCommittee}}.
 */

export interface CompileSettings {
  /**
   * Số of the report: a number (125 gives 125/BC-SKHCN with kindCode and the issuer's code of plan/issuers.yaml), or the whole số, ký hiệu as text. Leave it out while the report is a draft: the number is then left blank for the clerk (văn thư) to fill in.
   */
  number?: number | string;
  /**
   * Chữ viết tắt tên loại văn bản in the number, BC for báo cáo.
   */
  kindCode?: string;
  /**
   * Ngày ban hành: DD/MM/YYYY or YYYY-MM-DD. It decides the issuer block (plan/issuers.yaml). Default: the day kt-bio runs (or --today).
   */
  date?: string;
  /**
   * Tên loại văn bản, printed in upper case: BÁO CÁO.
   */
  title?: string;
  /**
   * Trích yếu: the bold line under the title.
   */
  summary?: string;
  /**
   * Người ký.
   */
  signer?: {
    /**
     * Quyền hạn, chức vụ: the lines above the signature, e.g. [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC] or [GIÁM ĐỐC].
     *
     * @minItems 1
     */
    authority?: string[];
    /**
     * Họ và tên, without academic titles.
     */
    name?: string;
  };
  /**
   * The word before the recipients: Nơi nhận:
   */
  recipientsHeading?: string;
  /**
   * Nơi nhận, one per line, each ending with ';' and the last one (Lưu: VT, ...) with '.'.
   *
   * @minItems 1
   */
  recipients?: string[];
  /**
   * The reminder letter (công văn đôn đốc) of kt-bio remind: its number, summary line and recipients. Its signer, date and page margins are the ones above.
   */
  reminder?: {
    /**
     * Số of the letter: a number (15 gives 15/SKHCN-QLCN with the issuer's code and `office`), or the whole số, ký hiệu as text. Leave it out for a draft.
     */
    number?: number | string;
    /**
     * Chữ viết tắt of the drafting office after the issuer's code (a letter has no kind code): QLCN in 15/SKHCN-QLCN.
     */
    office?: string;
    /**
     * Trích yếu: the "V/v …" line under the number. May use {{year}}, {{plan.kind}}, {{plan.number}}, {{request.number}}…
     */
    subject?: string;
    /**
     * Nơi nhận of the letter, one per line: "Như trên;" stands for the addressees; the last one (Lưu: VT, ...) ends with '.'.
     *
     * @minItems 1
     */
    recipients?: string[];
  };
  /**
   * Page margins in millimetres, within the ranges of Decree 30/2020/NĐ-CP.
   */
  layout?: {
    marginTopMm?: number;
    marginBottomMm?: number;
    marginLeftMm?: number;
    marginRightMm?: number;
  };
  /**
   * The department's own text for the templates, by name: {{text.<name>}} (opening, achievements, limitations, causes, funding, nextYear, proposals, closing…). Written in Markdown like the templates (not escaped). `tasks` and `sections` give a paragraph per task or section of the plan, by its id (e.g. tasks: { "II.3.a.yd": "…" }, sections: { "II.1": "…" }), placed first under its heading.
   */
  text?: {
    /**
     * The Sở's own words per task, by the task's id in plan/tasks.yaml: placed first under the task.
     */
    tasks?: {
      [k: string]: string;
    };
    /**
     * The Sở's own words per section, by the section's id in plan/tasks.yaml: placed first under the section's heading.
     */
    sections?: {
      [k: string]: string;
    };
    [k: string]:
      | string
      | {
          [k: string]: string;
        }
      | undefined;
  };
}

/**
 * requests/<id>.yaml: an ad hoc request for reports (báo cáo đột xuất) that the department adds, e.g. the People's Committee asking for a mid-year report. Units answer with the usual report format plus `request: <id>`, saved in reports/requests/<id>/. kt-bio check, template, compile and remind take --request <id> and use this request's units, tasks and deadline instead of the yearly cycle's.
 */

export interface ReportRequest {
  /**
   * The request's id: the file's name without .yaml, and what answers write in `request:`.
   */
  id: string;
  /**
   * What is asked, as the letter and the compiled report say it after "về việc", e.g. Báo cáo kết quả 6 tháng đầu năm 2025.
   */
  title: string;
  /**
   * The document that asks (văn bản yêu cầu).
   */
  document: {
    /**
     * Loại văn bản, e.g. Công văn.
     */
    kind: string;
    /**
     * Số, ký hiệu, e.g. 1520/UBND-KGVX.
     */
    number: string;
    /**
     * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
     */
    date: string;
    /**
     * Who issued it, e.g. Ủy ban nhân dân tỉnh.
     */
    issuer: string;
  };
  /**
   * The reporting year the answers give in `year` (and whose assignments of the plan apply).
   */
  year: number;
  /**
   * The period the figures cover (from ≤ to).
   */
  period?: {
    /**
     * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
     */
    from: string;
    /**
     * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
     */
    to: string;
  };
  /**
   * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
   */
  deadline: string;
  /**
   * A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.
   */
  provincialDeadline?: string;
  /**
   * The units (or groups) asked, by id of plan/units.yaml. Default: every unit holding one of `tasks` on the deadline.
   *
   * @minItems 1
   *
   * Items: A stable identifier: lower-case letters, digits and hyphens (units, groups).
   */
  units?: string[];
  /**
   * The tasks asked about, by id of plan/tasks.yaml. Default: every task.
   *
   * @minItems 1
   */
  tasks?: string[];
  /**
   * A stable identifier: lower-case letters, digits and hyphens (units, groups).
   */
  compiler?: string;
}
