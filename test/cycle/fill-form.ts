// Fills a blank form as a clerk would in Notepad: each "<<...>>" replaced, inside its quotes, by a
// value that fits the field. One task's results is written as a multi-line block, as the form's
// comment explains. A placeholder this does not know fails loudly, so the form cannot grow a field
// the round trip does not cover.
const PLACEHOLDER_LINE = /^(\s*)(- )?(?:([A-Za-z_]+): )?"<<[^"]*>>"(.*)$/;

export interface FillOptions {
  year: number;
  /** Task ids with a due date: reported completed, with a completion date. */
  datedTasks: ReadonlySet<string>;
}

export function fillForm(text: string, { year, datedTasks }: FillOptions): string {
  let task: string | undefined;
  let section: string | undefined;
  let blockDone = false;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const top = /^([a-z_]+):/.exec(line);
    if (top) section = top[1];
    const id = /^\s*- id: (\S+)/.exec(line);
    if (id) task = id[1];
    const m = PLACEHOLDER_LINE.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    const [, indent, dash = '', key, rest] = m;
    const value = valueFor(key ?? `${section}[]`, task, year, datedTasks);
    if (key === 'results' && !blockDone) {
      blockDone = true;
      out.push(`${indent}results: |`, `${indent}  ${value}`, `${indent}  Dòng thứ hai: "trích dẫn" và dấu hai chấm: vẫn hợp lệ.`);
      continue;
    }
    out.push(`${indent}${dash}${key ? `${key}: ` : ''}"${value}"${rest}`);
  }
  return out.join('\n');
}

function valueFor(key: string, task: string | undefined, year: number, dated: ReadonlySet<string>): string {
  switch (key) {
    case 'submitted':
      return `18/11/${year}`;
    case 'number':
      return `123/BC-${year}`;
    case 'name':
      return 'Nguyễn Văn An';
    case 'title':
      return 'Giám đốc';
    case 'from':
      return `15/11/${year - 1}`;
    case 'to':
      return `14/11/${year}`;
    case 'status':
      return task !== undefined && dated.has(task) ? 'completed' : 'ongoing';
    case 'completed_on':
      return '20/6/2023';
    case 'results':
      return `Đã triển khai nhiệm vụ ${task} trong năm ${year}.`;
    case 'difficulties':
      return 'Thiếu nhân lực chuyên sâu.';
    case 'state_investment':
    case 'grants':
      return '0';
    case 'state_recurrent':
      return '150.000.000';
    case 'other':
      return '12 500 000';
    case 'achievements':
      return 'Các nhiệm vụ được giao cơ bản hoàn thành.';
    case 'limitations':
      return 'Kinh phí còn hạn chế.';
    case 'causes':
      return 'Nguồn ngân sách địa phương khó khăn.';
    case 'proposals[]':
      return 'Đề nghị bố trí kinh phí đào tạo.';
    default:
      throw new Error(`the form has a placeholder for "${key}" that the round trip does not know how to fill`);
  }
}
