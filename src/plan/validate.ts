// The plan files, checked: each against its JSON Schema, then across files (every id a task
// names exists, ids are unique, sections and successors resolve, lifetimes are ordered).
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FundingSources, IssuerBlocks, PlanIdentity, PlanTasks, ReportingRules, UnitRegistry } from '../generated/schema-types.js';
import { locate, type DataPath, type SourceDocument } from '../yaml/read.js';
import { parseDate } from '../text/calendar.js';
import { schemaDiagnostics, pointerToPath } from '../schema/errors.js';
import { validatorFor, type SchemaName } from '../schema/validators.js';
import { typeBySchema } from '../schema/typing.js';
import { closest } from '../diagnostics/suggest.js';
import { taskIdKey } from './ids.js';

/** The plan files by the name of their schema: plan/<name>.yaml. */
export const PLAN_FILES = ['plan', 'reporting', 'funding', 'units', 'tasks', 'issuers'] as const satisfies readonly SchemaName[];
export type PlanFileName = (typeof PLAN_FILES)[number];

export interface PlanData {
  identity: PlanIdentity;
  reporting: ReportingRules;
  funding: FundingSources;
  registry: UnitRegistry;
  tasks: PlanTasks;
  issuers: IssuerBlocks;
}

export interface ParsedPlanFile {
  source: SourceDocument;
  value: unknown;
}

export function validatePlan(parsed: Record<PlanFileName, ParsedPlanFile>): { data?: PlanData; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // The reader keeps scalars as text: each file's schema gives them their types.
  const files = Object.fromEntries(PLAN_FILES.map((n) => [n, { source: parsed[n].source, value: typeBySchema(parsed[n].value, n).value }])) as Record<PlanFileName, ParsedPlanFile>;
  for (const name of PLAN_FILES) {
    const { source, value } = files[name];
    const validate = validatorFor(name);
    if (!validate(value)) diagnostics.push(...schemaDiagnostics(validate.errors ?? [], source, value).map(inPlanFile));
  }
  if (diagnostics.length > 0) return { diagnostics };
  const data: PlanData = {
    identity: files.plan.value as PlanIdentity,
    reporting: files.reporting.value as ReportingRules,
    funding: files.funding.value as FundingSources,
    registry: files.units.value as UnitRegistry,
    tasks: files.tasks.value as PlanTasks,
    issuers: files.issuers.value as IssuerBlocks,
  };
  diagnostics.push(...crossFileRules(data, files));
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { data, diagnostics };
}

/** A field the plan's format does not have is not a field of the report form: the message says which. */
function inPlanFile(d: Diagnostic): Diagnostic {
  return d.code === 'unknown-field' ? { ...d, args: { ...d.args, in: 'plan' } } : d;
}

type At = (file: PlanFileName, pointer: string, target?: 'value' | 'key' | 'owner') => { file: string; path: DataPath; range: ReturnType<typeof locate> };

function crossFileRules(data: PlanData, files: Record<PlanFileName, ParsedPlanFile>): Diagnostic[] {
  const at: At = (file, pointer, target = 'value') => {
    const { source, value } = files[file];
    const path = pointerToPath(pointer, value);
    return { file: source.file, path, range: locate(source, path, target) };
  };
  const out: Diagnostic[] = [];
  const unitIds = new Set(data.registry.units.map((u) => u.id));
  const groupIds = new Set(data.registry.groups.map((g) => g.id));
  const allIds = [...unitIds, ...groupIds];

  // Ids are unique across units and groups: a task names either without saying which.
  // Where an id was first seen is looked up only for a repeated one: positions cost a second parse.
  const firstSeen = new Map<string, string>();
  const unique = (id: string, pointer: string, file: PlanFileName, key = id) => {
    const first = firstSeen.get(`${file}:${key}`);
    if (first === undefined) return void firstSeen.set(`${file}:${key}`, pointer);
    const seen = at(file, first);
    out.push(diagnostic('plan-duplicate-id', 'error', { id, first: `${seen.file}:${seen.range.start.line}` }, at(file, pointer)));
  };
  data.registry.units.forEach((u, i) => unique(u.id, `/units/${i}/id`, 'units'));
  data.registry.groups.forEach((g, i) => unique(g.id, `/groups/${i}/id`, 'units'));
  // Two spellings of one id (III.3.đ and III.3.dd) are one id: reports may write either.
  data.tasks.tasks.forEach((t, i) => unique(t.id, `/tasks/${i}/id`, 'tasks', taskIdKey(t.id)));
  data.tasks.sections.forEach((s, i) => unique(`section ${s.id}`, `/sections/${i}/id`, 'tasks'));
  data.funding.sources.forEach((s, i) => unique(s.id, `/sources/${i}/id`, 'funding'));

  const allIdSet = new Set(allIds);
  // Sets, not arrays: a registry of thousands of units names each of them in a group.
  const known = (id: string, pointer: string, file: PlanFileName, pool: ReadonlySet<string> = allIdSet) => {
    if (!pool.has(id)) out.push(diagnostic('plan-unknown-id', 'error', { id, kind: 'unit', suggestion: closest(id, [...pool]), registry: files.units.source.file }, at(file, pointer)));
  };
  const lifetime = (x: { id: string; from?: string; until?: string }, pointer: string) => {
    const from = x.from ? parseDate(x.from) : undefined;
    const until = x.until ? parseDate(x.until) : undefined;
    if (from?.ok && until?.ok && until.date < from.date) out.push(diagnostic('plan-bad-lifetime', 'error', { id: x.id, from: x.from, until: x.until }, at('units', `${pointer}/until`)));
  };
  data.registry.units.forEach((u, i) => {
    lifetime(u, `/units/${i}`);
    u.successors?.forEach((s, j) => known(s, `/units/${i}/successors/${j}`, 'units'));
  });
  data.registry.groups.forEach((g, i) => {
    lifetime(g, `/groups/${i}`);
    g.successors?.forEach((s, j) => known(s, `/groups/${i}/successors/${j}`, 'units'));
    g.members.forEach((m, j) => {
      const id = typeof m === 'string' ? m : m.unit;
      known(id, typeof m === 'string' ? `/groups/${i}/members/${j}` : `/groups/${i}/members/${j}/unit`, 'units', unitIds);
    });
  });

  const sectionIds = data.tasks.sections.map((s) => s.id);
  data.tasks.tasks.forEach((t, i) => {
    if (!sectionIds.includes(t.section)) out.push(diagnostic('plan-unknown-section', 'error', { id: t.section, tasksFile: files.tasks.source.file }, at('tasks', `/tasks/${i}/section`)));
    for (const role of ['leads', 'implementing', 'cooperating'] as const) {
      t[role]?.forEach((a, j) => {
        const id = typeof a === 'string' ? a : a.id;
        known(id, typeof a === 'string' ? `/tasks/${i}/${role}/${j}` : `/tasks/${i}/${role}/${j}/id`, 'tasks');
      });
    }
  });
  for (const rule of ['unitReport', 'provincialReport'] as const) {
    const compiler = data.reporting[rule].compiler;
    if (compiler) known(compiler, `/${rule}/compiler`, 'reporting', unitIds);
  }
  return out;
}
