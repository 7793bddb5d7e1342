// The content of a compiled year as one Markdown file, for the pandoc baseline: what compile
// puts in its .docx (results by task and unit, indicators, funding, assessment, proposals, the
// submission table), written the plainest way.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

export async function yearAsMarkdown({ planView, files, year }) {
  const reports = [];
  for (const f of files) {
    if (f.kind === 'invalid') continue;
    reports.push({ ...f, data: parse(await readFile(f.file, 'utf8')) });
  }
  const out = [`# Báo cáo kết quả thực hiện kế hoạch năm ${year}`, '', `${reports.length} đơn vị đã gửi báo cáo.`, '', '## I. Kết quả thực hiện nhiệm vụ', ''];
  for (const task of planView.tasks) {
    out.push(`### ${task.id}. ${task.title}`, '');
    for (const r of reports) {
      const t = r.data.tasks.find((x) => x.id === task.id);
      if (!t) continue;
      out.push(`**${r.unitId}**: ${String(t.results ?? '').trim().replace(/\n/g, ' ')}`, '');
      for (const ind of t.indicators ?? []) out.push(`- ${ind.name}: ${ind.value} ${ind.unit}`);
      if (t.indicators) out.push('');
    }
  }
  out.push('## II. Kinh phí', '', '| Đơn vị | Nhiệm vụ | Nguồn | Số tiền (đồng) |', '|---|---|---|---|');
  for (const r of reports) for (const t of r.data.tasks) for (const [source, amount] of Object.entries(t.funding ?? {})) out.push(`| ${r.unitId} | ${t.id} | ${source} | ${amount} |`);
  out.push('', '## III. Đánh giá chung', '');
  for (const r of reports) out.push(`- **${r.unitId}**: ${r.data.summary.achievements} ${r.data.summary.limitations} ${r.data.summary.causes}`);
  out.push('', '## IV. Đề xuất, kiến nghị', '');
  for (const r of reports) for (const p of r.data.proposals ?? []) out.push(`- **${r.unitId}**: ${p}`);
  out.push('', '## Phụ lục: tình hình gửi báo cáo', '', '| Đơn vị | Số | Ngày | Tình trạng |', '|---|---|---|---|');
  for (const f of files) out.push(`| ${f.unitId} | | | ${f.kind} |`);
  out.push('');
  return out.join('\n');
}
