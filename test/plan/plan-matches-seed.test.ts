// plan/tasks.yaml is typed in by hand from the plan's text (seeds/ke-hoach-1693-KH-UBND-2023.md).
// These tests read both files and check, task by task, that nothing was mistyped, dropped or
// invented: the units in each role, the Thời gian thực hiện and every bullet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Assignment, PlanTasks, Task, UnitRegistry } from '../../src/generated/schema-types.js';

const readRepoFile = (relativePath: string): string =>
  readFileSync(new URL(`../../${relativePath}`, import.meta.url), 'utf8');

const seedMarkdown = readRepoFile('seeds/ke-hoach-1693-KH-UBND-2023.md');
const planTasks = parse(readRepoFile('plan/tasks.yaml')) as PlanTasks;
const unitRegistry = parse(readRepoFile('plan/units.yaml')) as UnitRegistry;

// ---------------------------------------------------------------------------------------------
// Reading the seed

interface SeedParagraph {
  text: string;
  heading: boolean;
  /** Id of the deepest heading (mục) the paragraph sits under, e.g. "II.3.a". */
  location: string;
}

const LETTERED = /^(\p{Ll})\)\s+(.*)$/u;

/** Drops the Markdown of the converted document: emphasis, heading marks, footnote marks. */
function plainText(markdownLine: string): string {
  return markdownLine
    .replace(/<su[pb]>.*?<\/su[pb]>/g, '')
    .replace(/\\\*/g, '\u0000') // an escaped "*" is the plan's own field marker
    .replace(/\*+/g, '')
    .replace(/\u0000/g, '*')
    .replace(/^#+\s*/, '')
    .trim();
}

/** The plan's paragraphs, NFC, with the sentences a page break split joined again. */
function readSeedParagraphs(markdown: string): SeedParagraph[] {
  const joined: { text: string; markdownHeading: boolean }[] = [];
  for (const rawLine of markdown.normalize('NFC').split(/\r?\n/)) {
    const markdownHeading = rawLine.startsWith('#');
    const text = plainText(rawLine);
    if (!text) continue;
    const previous = joined.at(-1);
    // A page break of the original splits a sentence; its second part starts in lower case.
    if (previous && !markdownHeading && /^\p{Ll}/u.test(text) && !LETTERED.test(text)) previous.text += ` ${text}`;
    else joined.push({ text, markdownHeading });
  }
  let location = '';
  let numberedItem = '';
  return joined.map(({ text, markdownHeading }) => {
    const roman = markdownHeading ? /^([IVX]+)\.\s/.exec(text) : null;
    const numbered = markdownHeading ? /^(\d+)\.\s/.exec(text) : null;
    const letter = isLetteredHeading(text) ? LETTERED.exec(text)?.[1] : undefined;
    if (roman) location = numberedItem = roman[1] ?? '';
    else if (numbered) location = numberedItem = `${numberedItem.split('.')[0]}.${numbered[1]}`;
    else if (letter) location = `${numberedItem}.${letter}`;
    return { text, heading: Boolean(roman || numbered || letter), location };
  });
}

/** "a) Về phát triển, ..." titles a group of tasks; "a) Tổ chức ... tỉnh." is itself a task. */
function isLetteredHeading(text: string): boolean {
  return LETTERED.test(text) && !/[.:;]$/.test(text);
}

/** Removes the list mark ("- ", "a) ", "1. ") a task's `text` leaves out; "+ " stays. */
const withoutListMark = (paragraph: string): string => paragraph.replace(/^(- |\p{Ll}\) |\d+\. )/u, '');

const headingTitle = (paragraph: string): string => withoutListMark(paragraph.replace(/^[IVX]+\.\s+/, ''));

type Role = 'leads' | 'implementing' | 'cooperating';
const ROLES: Role[] = ['leads', 'implementing', 'cooperating'];

/** A task of section II as the plan writes it: bullets, then who does it, then when. */
interface SeedTaskBlock {
  /** The "* Lĩnh vực ..." line above the fields of II.3.a. */
  fieldHeading?: string;
  bullets: string[];
  /** The words of the plan's lines for each role; one segment per line or "+ " sub-line. */
  roleLines: Record<Role, string[]>;
  timeframe: string;
}

const ROLE_LINE = /^- (Đơn vị chủ trì thực hiện|Đơn vị thực hiện|Đơn vị phối hợp|Thời gian thực hiện):\s*(.*)$/u;
// "Đơn vị thực hiện: Sở X chủ trì, phối hợp với Y" assigns two roles in one line.
const LEAD_THEN_COOPERATING = /^(.*?)\s+chủ trì,?\s+phối hợp với\s+(.*)$/u;

function readTaskBlocks(paragraphs: SeedParagraph[]): SeedTaskBlock[] {
  const blocks: SeedTaskBlock[] = [];
  const emptyBlock = (): Omit<SeedTaskBlock, 'timeframe'> => ({
    bullets: [],
    roleLines: { leads: [], implementing: [], cooperating: [] },
  });
  let current = emptyBlock();
  let fieldHeading: string | undefined;
  let openRole: Role | undefined; // a role label with nothing after it takes the "+ " lines below
  for (const paragraph of paragraphs.filter((p) => p.location === 'II' || p.location.startsWith('II.'))) {
    const { text } = paragraph;
    if (paragraph.heading) continue;
    if (text.startsWith('* ')) {
      fieldHeading = text.slice(2);
      continue;
    }
    const roleLine = ROLE_LINE.exec(text);
    const label = roleLine?.[1];
    const words = roleLine?.[2] ?? '';
    if (label === 'Thời gian thực hiện') {
      blocks.push({ ...current, timeframe: words, ...(fieldHeading ? { fieldHeading } : {}) });
      current = emptyBlock();
      fieldHeading = openRole = undefined;
    } else if (label) {
      const role: Role = label === 'Đơn vị chủ trì thực hiện' ? 'leads' : label === 'Đơn vị phối hợp' ? 'cooperating' : 'implementing';
      const split = role === 'implementing' ? LEAD_THEN_COOPERATING.exec(words) : null;
      if (split) {
        current.roleLines.leads.push(split[1] ?? '');
        current.roleLines.cooperating.push(split[2] ?? '');
      } else if (words) {
        current.roleLines[role].push(words);
      }
      openRole = words ? undefined : role;
    } else if (openRole && text.startsWith('+ ')) {
      current.roleLines[openRole].push(text);
    } else {
      current.bullets.push(withoutListMark(text));
    }
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Names

/** Compares names and words as a reader would: same letters, case ignored. */
const fold = (text: string): string => text.normalize('NFC').toLowerCase();

/**
 * The names under which a unit or group of units.yaml may appear in the plan. The plan is the
 * province's own, so it may leave out a closing "tỉnh" / "thuộc tỉnh" ("Liên minh Hợp tác xã",
 * "các Sở, ban ngành").
 */
function namesInPlan(registry: UnitRegistry): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const entry of [...registry.units, ...registry.groups]) {
    const name = fold(entry.name);
    names.set(entry.id, [...new Set([name, name.replace(/\s+(thuộc\s+)?tỉnh$/u, '')])]);
  }
  return names;
}

const assignmentId = (assignment: Assignment): string => (typeof assignment === 'string' ? assignment : assignment.id);
const assignmentRole = (assignment: Assignment): string | undefined =>
  typeof assignment === 'string' ? undefined : assignment.role;

// Words that only join names in a role line.
const CONNECTING_WORDS = /(?<!\p{L})(chủ trì|phối hợp với|và)(?!\p{L})/gu;

/** What is left of a role line once the given names and phrases are taken out. */
function leftoverWords(line: string, phrases: string[]): string {
  let rest = fold(line);
  for (const phrase of phrases.map(fold).sort((a, b) => b.length - a.length)) rest = rest.split(phrase).join(' ');
  return rest.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

const onlyConnectingWords = (words: string): boolean => words.replace(CONNECTING_WORDS, '').trim() === '';

// ---------------------------------------------------------------------------------------------
// The checks. Each returns the problems it finds, so that the tests below can also show that a
// broken plan/tasks.yaml is caught.

const paragraphs = readSeedParagraphs(seedMarkdown);
const seedBlocks = readTaskBlocks(paragraphs);

/** Which task each block of section II is, in the plan's order. */
const SEED_BLOCK_TASK_IDS = [
  'II.1.a', 'II.1.b', 'II.2',
  'II.3.a.nn', 'II.3.a.ct', 'II.3.a.yd', 'II.3.a.mt', 'II.3.a.kk', 'II.3.b',
  'II.4.a', 'II.4.b', 'II.5',
];
/** The tasks of parts III and IV, which the plan words as running text, not as role lines. */
const YEARLY_TASK_IDS = ['III', 'IV.1', 'IV.2'];

function blockOf(taskId: string): SeedTaskBlock {
  const block = seedBlocks[SEED_BLOCK_TASK_IDS.indexOf(taskId)];
  if (!block) throw new Error(`no block of the plan is mapped to ${taskId}`);
  return block;
}

function taskById(tasks: Task[], id: string): Task | undefined {
  return tasks.find((task) => task.id === id);
}

function roleLineProblems(tasks: Task[], names: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const taskId of SEED_BLOCK_TASK_IDS) {
    const task = taskById(tasks, taskId);
    if (!task) {
      problems.push(`${taskId}: missing`);
      continue;
    }
    const block = blockOf(taskId);
    for (const role of ROLES) {
      const seedLines = block.roleLines[role];
      const assigned = task[role] ?? [];
      const phrasesToRemove = task.othersNote ? [task.othersNote] : [];
      for (const assignment of assigned) {
        const unitId = assignmentId(assignment);
        const roleText = assignmentRole(assignment);
        const unitNames = names.get(unitId);
        if (!unitNames) {
          problems.push(`${taskId} ${role}: ${unitId} is not in plan/units.yaml`);
          continue;
        }
        phrasesToRemove.push(...unitNames, ...(roleText ? [roleText] : []));
        const named = seedLines.some(
          (line) => unitNames.some((name) => fold(line).includes(name)) && (!roleText || fold(line).includes(fold(roleText))),
        );
        if (!named) {
          problems.push(`${taskId} ${role}: the plan's line does not name ${unitId}${roleText ? ` with role "${roleText}"` : ''}: "${seedLines.join(' ')}"`);
        }
      }
      const leftover = leftoverWords(seedLines.join(' '), phrasesToRemove);
      if (!onlyConnectingWords(leftover)) problems.push(`${taskId} ${role}: the plan's line also says "${leftover}"`);
    }
    const allLines = ROLES.flatMap((role) => block.roleLines[role]).map(fold);
    if (task.othersNote && !allLines.some((line) => line.includes(fold(task.othersNote ?? '')))) {
      problems.push(`${taskId}: othersNote "${task.othersNote}" is not in the plan's lines`);
    }
  }
  return problems;
}

/** Last day of a quarter ("quý II/2023" → 2023-06-30). */
function quarterEnd(quarter: string, year: string): string {
  const endOf = { I: '03-31', II: '06-30', III: '09-30', IV: '12-31' } as Record<string, string>;
  return `${year}-${endOf[quarter]}`;
}

function timeframeProblems(tasks: Task[]): string[] {
  const problems: string[] = [];
  for (const taskId of SEED_BLOCK_TASK_IDS) {
    const task = taskById(tasks, taskId);
    if (!task) continue;
    const seedLabel = blockOf(taskId).timeframe.replace(/\.$/, '');
    const { label, due, recurrence } = task.timeframe;
    if (label !== seedLabel) problems.push(`${taskId}: label "${label}", the plan says "${seedLabel}"`);
    const quarter = /quý (I|II|III|IV)\/(\d{4})/u.exec(seedLabel);
    if (quarter) {
      const expected = quarterEnd(quarter[1] ?? '', quarter[2] ?? '');
      if (due !== expected || recurrence) problems.push(`${taskId}: due ${due}, recurrence ${recurrence}; expected due ${expected}`);
    } else if (seedLabel === 'Thường xuyên') {
      if (due || recurrence !== 'continuous') problems.push(`${taskId}: "Thường xuyên" is recurrence continuous without a due date`);
    } else {
      problems.push(`${taskId}: the plan's "${seedLabel}" is neither a quarter nor "Thường xuyên"`);
    }
  }
  return problems;
}

/** Parts III and IV assign their work in running text: names, note and label must come from it. */
function yearlyTaskProblems(tasks: Task[], names: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const taskId of YEARLY_TASK_IDS) {
    const task = taskById(tasks, taskId);
    if (!task) {
      problems.push(`${taskId}: missing`);
      continue;
    }
    const words = fold(task.text.join(' '));
    for (const role of ROLES) {
      for (const assignment of task[role] ?? []) {
        const unitNames = names.get(assignmentId(assignment)) ?? [];
        if (!unitNames.some((name) => words.includes(name))) {
          problems.push(`${taskId} ${role}: the plan's text does not name ${assignmentId(assignment)}`);
        }
      }
    }
    if (task.othersNote && !words.includes(fold(task.othersNote))) problems.push(`${taskId}: othersNote is not in the plan's text`);
    const { label, due, recurrence } = task.timeframe;
    if (!words.includes(fold(label))) problems.push(`${taskId}: label "${label}" is not in the plan's text`);
    if (due || recurrence !== 'yearly') problems.push(`${taskId}: expected recurrence yearly without a due date`);
  }
  return problems;
}

function textProblems(tasks: Task[]): string[] {
  const problems: string[] = [];
  const paragraphIndex = new Map<string, number>();
  paragraphs.forEach((p, index) => {
    if (!p.heading) paragraphIndex.set(withoutListMark(p.text), index);
  });
  let previousIndex = -1;
  for (const task of tasks) {
    task.text.forEach((bullet, n) => {
      const index = paragraphIndex.get(bullet.normalize('NFC'));
      if (index === undefined) {
        problems.push(`${task.id}: text[${n}] is not a paragraph of the plan: "${bullet.slice(0, 60)}…"`);
        return;
      }
      const location = paragraphs[index]?.location;
      if (location !== task.section) problems.push(`${task.id}: text[${n}] sits under ${location} in the plan, not ${task.section}`);
      if (index <= previousIndex) problems.push(`${task.id}: text[${n}] is out of the plan's order`);
      previousIndex = index;
    });
  }
  // Every bullet of section II belongs to exactly one task, in the order of its block.
  const allBullets = tasks.flatMap((task) => task.text.map((bullet) => bullet.normalize('NFC')));
  seedBlocks.forEach((block, n) => {
    for (const bullet of block.bullets) {
      const count = allBullets.filter((b) => b === bullet).length;
      if (count !== 1) problems.push(`the plan's bullet "${bullet.slice(0, 60)}…" is in ${count} tasks`);
    }
    const taskId = SEED_BLOCK_TASK_IDS[n] ?? '';
    const task = taskById(tasks, taskId);
    if (task && JSON.stringify(task.text.map((b) => b.normalize('NFC'))) !== JSON.stringify(block.bullets)) {
      problems.push(`${taskId}: text is not the bullets of its block in the plan`);
    }
    if (task && block.fieldHeading && task.title !== block.fieldHeading) {
      problems.push(`${taskId}: title "${task.title}", the plan's field is "${block.fieldHeading}"`);
    }
  });
  return problems;
}

const allProblems = (tasks: Task[]): string[] => {
  const names = namesInPlan(unitRegistry);
  return [...roleLineProblems(tasks, names), ...timeframeProblems(tasks), ...yearlyTaskProblems(tasks, names), ...textProblems(tasks)];
};

// ---------------------------------------------------------------------------------------------

/** The task table the plan's data was written from: who does what, by role. */
const TASK_TABLE: Record<string, Partial<Record<Role, string[]>>> = {
  'II.1.a': { implementing: ['so-ban-nganh', 'ubnd-huyen'] },
  'II.1.b': { implementing: ['so-ban-nganh', 'ubnd-huyen'] },
  'II.2': { leads: ['so-khcn'], cooperating: ['so-ban-nganh', 'ubnd-huyen'] },
  'II.3.a.nn': { leads: ['so-nnptnt', 'so-khcn'] },
  'II.3.a.ct': { leads: ['so-congthuong'], cooperating: ['so-khcn', 'ubnd-huyen'] },
  'II.3.a.yd': { leads: ['so-yte'], cooperating: ['so-khcn', 'ubnd-huyen'] },
  'II.3.a.mt': { leads: ['so-tnmt'], cooperating: ['so-khcn', 'ubnd-huyen'] },
  'II.3.a.kk': { implementing: ['so-khdt'], cooperating: ['so-nnptnt', 'lmhtx', 'so-khcn', 'so-congthuong', 'ubnd-huyen'] },
  'II.3.b': { leads: ['so-khdt'], cooperating: ['so-congthuong', 'so-nnptnt', 'ubnd-huyen', 'so-ban-nganh'] },
  'II.4.a': { implementing: ['so-khcn'] },
  'II.4.b': { implementing: ['so-ban-nganh', 'ubnd-huyen'] },
  'II.5': { implementing: ['so-ban-nganh', 'ubnd-huyen'] },
  III: { implementing: ['so-taichinh'] },
  'IV.1': { implementing: ['so-ban-nganh', 'ubnd-huyen'] },
  'IV.2': { implementing: ['so-khcn'] },
};

describe('plan/tasks.yaml matches the plan (seeds/ke-hoach-1693-KH-UBND-2023.md)', () => {
  it('lists the tasks with their stable ids, in the plan order', () => {
    expect(planTasks.tasks.map((task) => task.id)).toEqual(Object.keys(TASK_TABLE));
  });

  it('assigns each role of each task exactly the units of the task table', () => {
    for (const task of planTasks.tasks) {
      const roles: Partial<Record<Role, string[]>> = {};
      for (const role of ROLES) if (task[role]?.length) roles[role] = (task[role] ?? []).map(assignmentId);
      expect({ id: task.id, ...roles }).toEqual({ id: task.id, ...TASK_TABLE[task.id] });
    }
  });

  it('has the headings of parts II to IV as sections, titled as the plan titles them', () => {
    const seedHeadings = paragraphs
      .filter((p) => p.heading && /^(II|III|IV)(\.|$)/.test(p.location))
      .map((p) => ({ id: p.location, title: headingTitle(p.text) }));
    expect(planTasks.sections).toEqual(seedHeadings);
  });

  it('reads twelve task blocks from section II of the plan', () => {
    expect(seedBlocks).toHaveLength(SEED_BLOCK_TASK_IDS.length);
    expect(blockOf('II.3.a.kk').roleLines.implementing).toEqual(['Sở Kế hoạch và Đầu tư.']);
    expect(blockOf('II.2').roleLines.leads).toEqual(['Sở Khoa học và Công nghệ']);
    expect(blockOf('II.3.a.nn').roleLines.leads).toHaveLength(2);
  });

  it('names in every role line of the plan exactly the units that the data assigns', () => {
    expect(roleLineProblems(planTasks.tasks, namesInPlan(unitRegistry))).toEqual([]);
  });

  it('gives each task the plan\'s Thời gian thực hiện, with quarter ends as due dates', () => {
    expect(timeframeProblems(planTasks.tasks)).toEqual([]);
    expect(taskById(planTasks.tasks, 'II.1.a')?.timeframe.due).toBe('2023-06-30');
    expect(taskById(planTasks.tasks, 'II.3.b')?.timeframe.due).toBe('2024-06-30');
  });

  it('takes the units, notes and yearly timeframes of parts III and IV from their text', () => {
    expect(yearlyTaskProblems(planTasks.tasks, namesInPlan(unitRegistry))).toEqual([]);
  });

  it('quotes every bullet word for word, and puts each bullet of section II in exactly one task', () => {
    expect(textProblems(planTasks.tasks)).toEqual([]);
  });
});

interface BrokenCase {
  name: string;
  task: string;
  /** Fields replaced in the task; null removes a field. */
  patch: Record<string, unknown>;
  expectProblem: string;
}

const brokenCases = (parse(readRepoFile('test/fixtures/seed/broken-tasks.yaml')) as { cases: BrokenCase[] }).cases;

function withPatch(tasks: Task[], brokenCase: BrokenCase): Task[] {
  return tasks.map((task) => {
    if (task.id !== brokenCase.task) return task;
    const patched: Record<string, unknown> = { ...task };
    for (const [field, value] of Object.entries(brokenCase.patch)) {
      if (value === null) delete patched[field];
      else patched[field] = value;
    }
    return patched as unknown as Task;
  });
}

describe('the checks catch a plan/tasks.yaml that does not match the plan', () => {
  it.each(brokenCases)('$name', (brokenCase) => {
    const reports = (problems: string[]): boolean => problems.some((problem) => problem.includes(brokenCase.expectProblem));
    expect(reports(allProblems(planTasks.tasks)), 'the real data has this problem too').toBe(false);
    const problems = allProblems(withPatch(planTasks.tasks, brokenCase));
    expect(reports(problems), problems.join('\n')).toBe(true);
  });
});
