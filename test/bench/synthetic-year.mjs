// Synthetic reporting years for the benchmark: a copy of the plan with extra units, and one
// report file per expected unit, with a fixed share of late, invalid and missing reports.
// Deterministic: the same size and seed give the same files, byte for byte.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { mulberry32 } from '../helpers/random.mjs';

/** Shares of the expected units, as a department sees them in a typical November. */
export const DEFAULT_SHARES = { missing: 0.04, late: 0.12, invalid: 0.03 };

/** Groups the synthetic units join, in turn: so they hold both kinds of task sets. */
const HOST_GROUPS = ['so-ban-nganh', 'ubnd-huyen'];

export function syntheticUnitId(i) {
  return `bench-unit-${String(i).padStart(5, '0')}`;
}

/**
 * Copies the plan folder to `to` and adds `extraUnits` synthetic units to its groups, so that
 * check and compile expect a report from each. The real plan is never touched.
 */
export async function makeSyntheticPlan({ from, to, extraUnits }) {
  await mkdir(to, { recursive: true });
  await cp(from, to, { recursive: true });
  if (extraUnits === 0) return { planDir: to, syntheticIds: [] };
  const file = path.join(to, 'units.yaml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  const units = doc.get('units');
  const groups = doc.get('groups');
  const hosts = HOST_GROUPS.map((id) => {
    const g = groups.items.find((item) => item.get('id') === id);
    if (!g) throw new Error(`plan has no group ${id} to add synthetic units to`);
    return g.get('members');
  });
  const syntheticIds = [];
  for (let i = 1; i <= extraUnits; i++) {
    const id = syntheticUnitId(i);
    syntheticIds.push(id);
    const kind = i % 2 === 1 ? 'department' : 'district';
    units.add(doc.createNode({ id, name: `Đơn vị thử nghiệm số ${i}`, short: `ĐV thử ${i}`, kind }));
    hosts[(i - 1) % hosts.length].add(id);
  }
  await writeFile(file, doc.toString({ lineWidth: 0 }));
  return { planDir: to, syntheticIds };
}

/** unit id → the tasks it holds, from the JSON of `kt-bio plan --json --on <deadline>`. */
export function tasksByUnit(planView) {
  const byUnit = new Map();
  for (const task of planView.tasks) {
    for (const a of task.assignments) {
      if (!byUnit.has(a.unitId)) byUnit.set(a.unitId, []);
      const list = byUnit.get(a.unitId);
      if (!list.some((t) => t.id === task.id)) list.push({ id: task.id, due: task.timeframe.due ?? undefined, recurring: task.timeframe.recurrence != null || task.timeframe.due == null });
    }
  }
  return byUnit;
}

/** The ways a clerk's report goes wrong, each an error `validate` must report. */
const INVALID_KINDS = ['unknown-task', 'impossible-date', 'status-typo', 'money-in-words'];

/**
 * Writes reports/<year>/<unit>.yaml for the units of `planView` (the plan as of the year's
 * deadline). Returns what each unit was given, so a run can be checked against it.
 */
export async function makeSyntheticYear({ planView, reportsDir, year, deadline, shares = DEFAULT_SHARES, seed = 1693 }) {
  const random = mulberry32(seed);
  const yearDir = path.join(reportsDir, String(year));
  await mkdir(yearDir, { recursive: true });
  const expected = { on_time: [], late: [], invalid: [], missing: [] };
  const files = [];
  const units = [...tasksByUnit(planView)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Fixed counts, not coin flips: the 31-unit year still has a late and an invalid report.
  const kinds = units.map(() => 'on_time');
  const order = shuffle(units.map((_, i) => i), random);
  let at = 0;
  for (const [kind, share] of [['missing', shares.missing], ['late', shares.late], ['invalid', shares.invalid]]) {
    const n = Math.max(1, Math.round(units.length * share));
    for (let k = 0; k < n && at < order.length; k++) kinds[order[at++]] = kind;
  }
  let invalidCount = 0;
  for (const [i, [unitId, tasks]] of units.entries()) {
    const kind = kinds[i];
    expected[kind].push(unitId);
    if (kind === 'missing') continue;
    const submitted = kind === 'late' ? addDays(deadline, 1 + Math.floor(random() * 14)) : addDays(deadline, -Math.floor(random() * 20));
    const broken = kind === 'invalid' ? INVALID_KINDS[invalidCount++ % INVALID_KINDS.length] : undefined;
    const file = path.join(yearDir, `${unitId}.yaml`);
    await writeFile(file, reportText({ unitId, year, submitted, tasks, random, broken }));
    files.push({ file, unitId, kind, broken });
  }
  return { yearDir, files, expected };
}

const RESULTS = [
  'Đã tổ chức {n} hội nghị, lớp tập huấn phổ biến ứng dụng công nghệ sinh học cho {m} lượt cán bộ, người dân.',
  'Phối hợp triển khai mô hình sản xuất giống cây trồng bằng phương pháp nuôi cấy mô với quy mô {n} ha.',
  'Hướng dẫn các hợp tác xã áp dụng chế phẩm sinh học xử lý phụ phẩm nông nghiệp, thu gom {m} tấn.',
  'Đưa tin, bài trên cổng thông tin điện tử của đơn vị về thành tựu công nghệ sinh học ({n} tin, bài).',
  'Rà soát các cơ chế, chính sách hỗ trợ doanh nghiệp đầu tư vào lĩnh vực công nghệ sinh học trên địa bàn.',
  'Triển khai kỹ thuật xét nghiệm sinh học phân tử tại các cơ sở y tế tuyến tỉnh, thực hiện {m} mẫu.',
  'Ứng dụng chế phẩm vi sinh trong xử lý chất thải chăn nuôi tại {n} trang trại, giảm ô nhiễm môi trường.',
  'Cử {n} cán bộ tham gia các lớp đào tạo, bồi dưỡng chuyên môn về công nghệ sinh học.',
];
const DIFFICULTIES = [
  'Nguồn nhân lực có trình độ chuyên sâu về công nghệ sinh học còn thiếu.',
  'Kinh phí bố trí cho nhiệm vụ còn hạn chế; trang thiết bị chưa đồng bộ.',
  'Doanh nghiệp đầu tư vào lĩnh vực công nghệ sinh học trên địa bàn còn ít.',
];
const INDICATORS = [
  ['Số lớp tập huấn', 'lớp'],
  ['Số lượt người tham dự', 'lượt người'],
  ['Diện tích áp dụng', 'ha'],
  ['Số mẫu xét nghiệm', 'mẫu'],
];

function reportText({ unitId, year, submitted, tasks, random, broken }) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const num = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  // Clerks write dates both ways; both must be read alike.
  const date = (iso) => (random() < 0.5 ? iso : `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`);
  const lines = [
    `# Báo cáo kết quả thực hiện kế hoạch năm ${year} (dữ liệu tổng hợp thử, không phải báo cáo thật)`,
    'format: kt-bio/report@1',
    `agency: ${unitId}`,
    `year: ${year}`,
    `submitted: ${broken === 'impossible-date' ? `31/11/${year}` : date(submitted)}`,
    `number: ${num(100, 999)}/BC-${unitId.replace(/[^a-z0-9]/g, '').slice(0, 8).toUpperCase()}`,
    'signer:',
    `  name: Nguyễn Văn ${pick(['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Lan', 'Minh'])}`,
    `  title: ${pick(['Giám đốc', 'Phó Giám đốc', 'Chủ tịch', 'Phó Chủ tịch'])}`,
    'period:',
    `  from: 15/11/${year - 1}`,
    `  to: 14/11/${year}`,
    'tasks:',
  ];
  tasks.forEach((task, i) => {
    lines.push(`  - id: ${broken === 'unknown-task' && i === 0 ? 'II.9.z' : task.id}`);
    const done = !task.recurring && task.due !== undefined && task.due <= submitted && random() < 0.7;
    const status = broken === 'status-typo' && i === 0 ? 'dang thuc hien' : task.recurring ? 'ongoing' : done ? 'completed' : 'in_progress';
    lines.push(`    status: ${status}`);
    if (done) lines.push(`    completed_on: ${date(task.due < `${year}-01-01` ? task.due : addDays(task.due, -num(0, 30)))}`);
    lines.push('    results: |');
    // One or two sentences a task, as in the illustrative reports of reports/2024/ (about 3 kB a file).
    for (let s = num(1, 2); s > 0; s--) lines.push(`      ${pick(RESULTS).replace('{n}', String(num(2, 40))).replace('{m}', String(num(50, 2000)))}`);
    if (random() < 0.6) {
      lines.push('    indicators:');
      for (let k = num(1, 2); k > 0; k--) {
        const [name, unit] = pick(INDICATORS);
        lines.push(`      - name: ${name}`, `        value: ${num(1, 900)}`, `        unit: ${unit}`);
      }
    }
    if (random() < 0.6 || broken === 'money-in-words') {
      lines.push('    funding:');
      lines.push(`      state_recurrent: ${broken === 'money-in-words' && i === 0 ? '350 triệu' : `${num(10, 900)}.000.000`}`);
      if (random() < 0.3) lines.push(`      other: ${num(1, 99)} 500 000`);
    }
    if (random() < 0.4) lines.push(`    difficulties: ${pick(DIFFICULTIES)}`);
  });
  lines.push(
    'summary:',
    '  achievements: Các nhiệm vụ được giao cơ bản được triển khai đúng tiến độ.',
    `  limitations: ${pick(DIFFICULTIES)}`,
    '  causes: Nguồn ngân sách địa phương còn khó khăn.',
    'proposals:',
    '  - Đề nghị bố trí kinh phí đào tạo nguồn nhân lực công nghệ sinh học.',
    '',
  );
  return lines.join('\n');
}

function addDays(iso, days) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function shuffle(list, random) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
