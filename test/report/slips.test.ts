// Every slip of issue 12 and 18 a clerk makes in Notepad, one fixture each: the exact message
// (file, line, column, code, words) and the exit code. Each names the real cause and a fix that
// keeps the clerk's words; nothing reaches stderr.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kt, REPO } from '../helpers/cli.js';
import { sanitizeForXml } from '../../src/publish/docx/xml-text.js';

const SLIPS = 'test/fixtures/reports/slips';

/** file → exit code and the findings it must print (the task-not-reported warning aside). */
const CASES: Record<string, { code: number; findings: string[] }> = {
  "block-unindented.yaml": { code: 1, findings: ["test/fixtures/reports/slips/block-unindented.yaml:9:5: lỗi [yaml-block-not-indented] Nội dung của \"results: |\" (dòng 8) phải thụt vào sâu hơn dòng \"results\"."] },
  "completed-no-date.yaml": { code: 0, findings: ["test/fixtures/reports/slips/completed-no-date.yaml:7:13: cảnh báo [report-completed-no-date] Nhiệm vụ II.1.a có thời hạn và đã hoàn thành (\"completed\") nhưng chưa ghi ngày hoàn thành (\"completed_on\")."] },
  "date-year-zero.yaml": { code: 1, findings: ["test/fixtures/reports/slips/date-year-zero.yaml:8:19: lỗi [report-date-out-of-range] Ngày 01/01/0 nằm ngoài khoảng thời gian của kế hoạch (từ 01/01/2018 đến 01/12/2026)."] },
  "deep-nesting.yaml": { code: 1, findings: ["test/fixtures/reports/slips/deep-nesting.yaml:8:75: lỗi [yaml-too-deep] Nội dung lồng nhau quá sâu (quá 64 cấp ngoặc hoặc thụt lề); báo cáo chỉ cần vài cấp."] },
  "emoji-line.yaml": { code: 1, findings: ["test/fixtures/reports/slips/emoji-line.yaml:8:14: lỗi [report-text-too-long] \"results\" dài 250000 ký tự, vượt giới hạn 20000 ký tự của một mục."] },
  "forgotten-dash-first.yaml": { code: 1, findings: ["test/fixtures/reports/slips/forgotten-dash-first.yaml:7:5: lỗi [yaml-forgotten-dash] Có vẻ thiếu dấu \"- \" trước \"id:\" ở dòng 7: nhiệm vụ này đang bị gộp vào nhiệm vụ phía trên."] },
  "forgotten-dash.yaml": { code: 1, findings: ["test/fixtures/reports/slips/forgotten-dash.yaml:9:5: lỗi [yaml-forgotten-dash] Có vẻ thiếu dấu \"- \" trước \"id:\" ở dòng 9: nhiệm vụ này đang bị gộp vào nhiệm vụ phía trên."] },
  "hash-in-text.yaml": { code: 0, findings: ["test/fixtures/reports/slips/hash-in-text.yaml:8:28: cảnh báo [report-hash-in-text] Phần chữ từ dấu \"#\" trở đi (\"#2 hội nghị, kết quả tốt\") bị YAML coi là ghi chú và bỏ đi: \"results\" chỉ còn \"Đã triển khai\"."] },
  "indent-three.yaml": { code: 1, findings: ["test/fixtures/reports/slips/indent-three.yaml:8:6: lỗi [yaml-bad-indent] Thụt lề không đúng: dòng này có 5 dấu cách đầu dòng, các trường cùng nhóm phía trên có 4."] },
  "inner-quotes.yaml": { code: 1, findings: ["test/fixtures/reports/slips/inner-quotes.yaml:8:14: lỗi [yaml-inner-quotes] Đoạn chữ của \"results\" có dấu ngoặc kép ở đầu hoặc ở giữa, nên YAML hiểu nhầm chỗ kết thúc."] },
  "long-line.yaml": { code: 1, findings: ["test/fixtures/reports/slips/long-line.yaml:8:14: lỗi [report-line-too-long] \"results\" có một dòng dài 5999 ký tự, vượt giới hạn 5000 ký tự của một đoạn."] },
  "merge-key.yaml": { code: 1, findings: ["test/fixtures/reports/slips/merge-key.yaml:10:5: lỗi [yaml-merge-key] Báo cáo không dùng khóa gộp YAML \"<<:\"."] },
  "merge-tag.yaml": { code: 1, findings: ["test/fixtures/reports/slips/merge-tag.yaml:7:13: lỗi [yaml-tag] Báo cáo không dùng thẻ YAML \"!!merge\" (các chữ bắt đầu bằng dấu \"!\" đứng trước giá trị)."] },
  "nbsp-after-colon.yaml": { code: 1, findings: ["test/fixtures/reports/slips/nbsp-after-colon.yaml:7:12: lỗi [yaml-nbsp] Sau dấu hai chấm của \"status\" là một dấu cách không ngắt (thường do chép từ Word); trông như dấu cách nhưng YAML không nhận."] },
  "number-hex.yaml": { code: 1, findings: ["test/fixtures/reports/slips/number-hex.yaml:11:16: lỗi [number-format] Số \"0x10\" của \"value\" viết theo hệ cơ số khác (0x, 0o, 0b); báo cáo chỉ ghi số bằng các chữ số thông thường."] },
  "number-too-large.yaml": { code: 1, findings: ["test/fixtures/reports/slips/number-too-large.yaml:11:16: lỗi [number-too-large] Số \"9999999999999999999999999999\" của \"value\" quá lớn để tính chính xác (tối đa 15 chữ số)."] },
  "number-underflow.yaml": { code: 1, findings: ["test/fixtures/reports/slips/number-underflow.yaml:11:16: lỗi [number-format] Số \"1e-400\" của \"value\" viết theo dạng lũy thừa (có chữ e); báo cáo chỉ ghi số bằng các chữ số thông thường."] },
  "optional-placeholders.yaml": { code: 0, findings: ["test/fixtures/reports/slips/optional-placeholders.yaml:9:19: cảnh báo [report-placeholder-left] Còn 2 chỗ \"<<...>>\" của mẫu chưa điền, ở các dòng 9, 13; các mục này được coi như bỏ trống."] },
  "placeholder-required.yaml": { code: 1, findings: ["test/fixtures/reports/slips/placeholder-required.yaml:7:13: lỗi [report-placeholder-required] Chưa điền \"status\": dòng này vẫn là chỗ \"<<...>>\" của mẫu, mà đây là mục bắt buộc."] },
  "plus-lines.yaml": { code: 1, findings: ["test/fixtures/reports/slips/plus-lines.yaml:10:5: lỗi [yaml-block-not-indented] Nội dung của \"results: |\" (dòng 8) phải thụt vào sâu hơn dòng \"results\"."] },
  "quoted-year.yaml": { code: 0, findings: [] },
  "recursive-alias.yaml": { code: 1, findings: ["test/fixtures/reports/slips/recursive-alias.yaml:9:20: lỗi [yaml-recursive-alias] Tham chiếu YAML (alias \"*\") trỏ vào chính nhóm chứa nó, nên nội dung lặp vô tận."] },
  "recursive-list.yaml": { code: 1, findings: ["test/fixtures/reports/slips/recursive-list.yaml:9:17: lỗi [yaml-recursive-alias] Tham chiếu YAML (alias \"*\") trỏ vào chính nhóm chứa nó, nên nội dung lặp vô tận."] },
  "signed-long-after.yaml": { code: 0, findings: ["test/fixtures/reports/slips/signed-long-after.yaml:4:12: cảnh báo [report-submitted-long-after] Ngày ký 18/11/2025 ở sau ngày 30/06/2025, quá xa so với năm báo cáo 2024."] },
  "status-glued.yaml": { code: 1, findings: ["test/fixtures/reports/slips/status-glued.yaml:7:12: lỗi [yaml-no-space-after-colon] Sau dấu hai chấm của \"status\" thiếu một dấu cách."] },
  "stray-marks.yaml": { code: 0, findings: ["test/fixtures/reports/slips/stray-marks.yaml:8:37: cảnh báo [report-stray-marks] Trong \"results\" còn sót dấu \"<<\" hoặc \">>\" của mẫu."] },
  "two-space-indent.yaml": { code: 1, findings: ["test/fixtures/reports/slips/two-space-indent.yaml:9:3: lỗi [yaml-bad-indent] Thụt lề không đúng: dòng này có 2 dấu cách đầu dòng, các trường cùng nhóm phía trên có 0."] },
  "value-at.yaml": { code: 1, findings: ["test/fixtures/reports/slips/value-at.yaml:8:14: lỗi [yaml-value-start] Đoạn chữ của \"results\" bắt đầu bằng dấu \"@\", mà trong YAML dấu này có nghĩa riêng."] },
  "value-brace.yaml": { code: 1, findings: ["test/fixtures/reports/slips/value-brace.yaml:8:14: lỗi [yaml-value-start] Đoạn chữ của \"results\" bắt đầu bằng dấu \"{\", mà trong YAML dấu này có nghĩa riêng."] },
  "value-bracket.yaml": { code: 1, findings: ["test/fixtures/reports/slips/value-bracket.yaml:8:14: lỗi [yaml-value-start] Đoạn chữ của \"results\" bắt đầu bằng dấu \"[\", mà trong YAML dấu này có nghĩa riêng."] },
  "value-dash.yaml": { code: 1, findings: ["test/fixtures/reports/slips/value-dash.yaml:8:14: lỗi [yaml-value-start] Đoạn chữ của \"results\" bắt đầu bằng dấu \"-\", mà trong YAML dấu này có nghĩa riêng."] },
  "value-quoted-phrase.yaml": { code: 1, findings: ["test/fixtures/reports/slips/value-quoted-phrase.yaml:8:14: lỗi [yaml-inner-quotes] Đoạn chữ của \"results\" có dấu ngoặc kép ở đầu hoặc ở giữa, nên YAML hiểu nhầm chỗ kết thúc."] },
  "value-star.yaml": { code: 1, findings: ["test/fixtures/reports/slips/value-star.yaml:8:14: lỗi [yaml-value-start] Đoạn chữ của \"results\" bắt đầu bằng dấu \"*\", mà trong YAML dấu này có nghĩa riêng."] },
};

describe('a clerk\'s slips, each with its own message and fix', () => {
  for (const [file, expected] of Object.entries(CASES)) {
    it(`${file}: exit ${expected.code}, exactly its message`, async () => {
      const r = await kt(['validate', path.join(SLIPS, file), '--today', '2025-12-01'], { cwd: REPO });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(expected.code);
      const findings = r.stdout.split('\n').filter((l) => l.startsWith('test/') && !l.includes('[report-task-not-reported]'));
      expect(findings).toEqual(expected.findings);
      // Never the parser's English, never a JS error name.
      expect(r.stdout).not.toMatch(/Implicit|Unexpected|scalar|indicator|RangeError|TypeError|Maximum call stack|at line \d/);
    });
  }
});

describe('the 2024 blank form filled halfway', () => {
  it('counts as reported on time, with warnings for what is left and the tasks not reported', async () => {
    const args = ['--reports', 'test/fixtures/halfway', '--today', '2024-12-05'];
    const check = await kt([...args, 'check', '--year', '2024', '--json'], { cwd: REPO });
    const units = JSON.stringify(JSON.parse(check.stdout));
    expect(units).toContain('ubnd-tumorong');
    expect(units).not.toMatch(/"blank"\s*:\s*true/);
    const text = await kt([...args, 'check', '--year', '2024'], { cwd: REPO });
    expect(text.stdout).toMatch(/ĐÚNG HẠN \(1\)\n.*\n\s+ubnd-tumorong\s+UBND H\. Tu Mơ Rông\s+18\/11\/2024/);
    const validate = await kt([...args, 'validate', 'test/fixtures/halfway/2024'], { cwd: REPO });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('[report-placeholder-left]');
    expect(validate.stdout).toContain('[report-task-not-reported] Báo cáo chưa nhắc đến 8 nhiệm vụ');
  });
});

describe('text exactly as written', () => {
  it('keeps emoji sequences whole in the document, and drops a joiner elsewhere', () => {
    expect(sanitizeForXml('Gia đình 👨\u200d👩\u200d👧 khỏe')).toBe('Gia đình 👨\u200d👩\u200d👧 khỏe');
    expect(sanitizeForXml('a\u200db')).toBe('ab');
  });
});
