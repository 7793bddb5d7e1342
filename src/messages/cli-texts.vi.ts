// Vietnamese words of the command line (the default).
import type { CliTexts } from './cli-entry.js';

export const cliTextsVi: CliTexts = {
  headings: { 'Usage:': 'Cách dùng:', 'Options:': 'Tùy chọn:', 'Commands:': 'Lệnh:', 'Arguments:': 'Tham số:', 'Global Options:': 'Tùy chọn chung (dùng được với mọi lệnh):' },
  program: {
    description: 'Tổng hợp báo cáo thực hiện kế hoạch phát triển và ứng dụng công nghệ sinh học.',
    examples: `
Ví dụ:
  $ kt-bio init bao-cao-cnsh --year 2026               tạo thư mục làm việc của Sở
  $ kt-bio template --all --year 2026 -o mau/2026/     mẫu báo cáo cho mọi đơn vị
  $ kt-bio validate reports/2026/                      kiểm tra báo cáo
  $ kt-bio check --year 2026                           ai đã báo cáo, đúng hạn chưa
  $ kt-bio compile --year 2026                         báo cáo tổng hợp .docx
  $ kt-bio remind --year 2026 --by 05/12/2026          công văn đôn đốc đơn vị chưa báo cáo
  $ kt-bio plan --on 01/4/2026                         nhiệm vụ và đơn vị tại một ngày

Dữ liệu kế hoạch: --plan <thư mục>, nếu không thì thư mục làm việc KT_BIO_HOME, nếu không thì
plan/ ở thư mục hiện tại hoặc thư mục cha gần nhất, nếu không thì kế hoạch có sẵn trong kt-bio.

Mã thoát: 0 ổn, 1 có phát hiện (báo cáo lỗi, trễ hạn, dự thảo...), 2 lỗi sử dụng hoặc đọc ghi.
`,
  },
  options: {
    plan: 'thư mục dữ liệu kế hoạch (mặc định: xem bên dưới)',
    reports: 'thư mục báo cáo của các đơn vị (mặc định: reports/ cạnh plan/)',
    lang: 'ngôn ngữ: vi | en (mặc định: vi)',
    today: 'ngày dùng để xét hạn (mặc định: hôm nay, giờ Việt Nam)',
    json: 'kết quả dạng JSON cho chương trình khác (một đối tượng trên stdout)',
    noColor: 'không tô màu',
    help: 'xem hướng dẫn',
    version: 'xem số phiên bản',
    helpCommand: 'xem hướng dẫn của một lệnh',
    year: 'năm báo cáo',
    period: 'kỳ báo cáo của kế hoạch (reporting.yaml, "periods"), ví dụ 6-thang; mặc định: báo cáo năm',
    request: 'yêu cầu báo cáo đột xuất (requests/<mã>.yaml): đơn vị, nhiệm vụ và hạn của yêu cầu thay cho kỳ báo cáo năm',
  },
  seeHelp: (command) => `Xem hướng dẫn: ${command} --help`,
  plan: {
    description: 'Liệt kê nhiệm vụ và đơn vị của kế hoạch',
    agency: 'chỉ một đơn vị, theo vai trò',
    on: 'ngày xét (mặc định: --today)',
    help: `
Ví dụ:
  $ kt-bio plan
  $ kt-bio plan --agency so-yte
  $ kt-bio plan --on 2025-04-01 --json
`,
  },
  validate: {
    description: 'Kiểm tra báo cáo của đơn vị và chỉ cách sửa',
    paths: 'tệp báo cáo hoặc thư mục',
    format: 'text | json (--json = --format json)',
    help: `
Ví dụ:
  $ kt-bio validate reports/2025/so-yte.yaml       một báo cáo
  $ kt-bio validate reports/2025/                  mọi tệp .yaml/.yml trong thư mục
  $ kt-bio validate reports/2025/ --json           kết quả dạng JSON
  $ kt-bio validate bao-cao.yaml --lang en         thông báo tiếng Anh

Mã thoát:
  0  không có lỗi (có thể có cảnh báo)
  1  có báo cáo lỗi hoặc chưa điền
  2  lỗi sử dụng hoặc không đọc được tệp, thư mục
`,
  },
  check: {
    description: 'Đơn vị nào đã báo cáo, đúng hạn hay chưa',
    help: `
Đọc reports/<năm>/ (hoặc --reports <thư mục>: thư mục chứa các thư mục năm, hoặc chính thư mục
của năm).

Ví dụ:
  $ kt-bio check --year 2025
  $ kt-bio check --year 2025 --today 2025-12-01 --lang en
  $ kt-bio check --year 2025 --reports /srv/bao-cao --json

Mã thoát:
  0  mọi đơn vị phải báo cáo đã báo cáo đúng hạn
  1  có đơn vị trễ hạn, gửi mẫu trống, báo cáo lỗi hoặc chưa gửi
  2  lỗi sử dụng, dữ liệu kế hoạch lỗi, không đọc được thư mục
`,
  },
  template: {
    description: 'Tạo mẫu báo cáo cho đơn vị',
    unit: 'mã đơn vị hoặc mã nhóm, xem "kt-bio plan"',
    all: 'mọi đơn vị phải báo cáo năm đó',
    output: 'tệp hoặc thư mục để ghi (mặc định: màn hình)',
    force: 'ghi đè tệp đã có',
    intoReports: 'cho phép ghi vào thư mục báo cáo (reports/<năm>/)',
    form: (file) => `mẫu Handlebars (mặc định: ${file})`,
    html: 'trang HTML để điền bằng trình duyệt, không cần mạng; lưu ra tệp .yaml',
    help: `
Ví dụ:
  $ kt-bio template so-yte --year 2025                     in ra màn hình
  $ kt-bio template so-yte --year 2025 -o mau-so-yte.yaml  ghi vào tệp
  $ kt-bio template --all --year 2025 -o mau-bao-cao/      mỗi đơn vị một tệp

Mẫu không bao giờ được ghi vào thư mục báo cáo (--reports) trừ khi có --into-reports: một mẫu
chưa điền nằm ở đó bị tính là "gửi mẫu trống". Tệp đã có chỉ bị ghi đè khi có --force.

Mã thoát:
  0  đã ghi mọi mẫu
  1  --all: có tệp đã tồn tại nên được giữ nguyên, hoặc có nhóm chưa có đơn vị; các mẫu khác đã ghi
  2  lỗi sử dụng: đơn vị không có hoặc không phải báo cáo năm đó, tệp đã có (một đơn vị), không ghi được
`,
  },
  compile: {
    description: 'Tổng hợp báo cáo năm thành tệp .docx',
    output: 'tệp .docx sẽ ghi (mặc định: out/bao-cao-tong-hop-<năm>.docx)',
    templates: 'thư mục mẫu (compile/, settings/default.yaml; mặc định: templates/ của thư mục làm việc, nếu không thì của kt-bio)',
    number: 'số văn bản (125, hoặc cả số và ký hiệu)',
    date: 'ngày ban hành (mặc định: --today)',
    signerName: 'họ tên người ký',
    signerAuthority: 'dòng thẩm quyền ký, lặp lại cho nhiều dòng',
    strict: 'có tệp báo cáo lỗi thì không ghi',
    force: 'ghi đè tệp -o dù không phải do kt-bio ghi hoặc đã được sửa',
    help: `
Đọc kế hoạch, báo cáo của các đơn vị (reports/<năm>/, hoặc --reports <thư mục>), thiết lập của năm
(reports/settings/<năm>.yaml, cạnh các thư mục năm; thiết lập chung ở templates/settings/default.yaml)
rồi ghi một tệp .docx (mặc định out/bao-cao-tong-hop-<năm>.docx; không bao giờ ghi vào thư mục báo
cáo). Chưa có số văn bản hoặc họ tên người ký thì ghi bản dự thảo (mã thoát 1). Tệp -o đã có chỉ
được ghi lại khi chính kt-bio ghi nó và chưa ai sửa; nếu không cần --force.

Ví dụ:
  $ kt-bio compile --year 2024
  $ kt-bio compile --year 2025 --date 05/12/2025 --number 125 --signer-name "Nguyễn Văn An"
  $ kt-bio compile --year 2025 -o ~/bao-cao/2025.docx --strict --json

Mã thoát:
  0  đã ghi, mọi tệp báo cáo đều được tổng hợp
  1  đã ghi, nhưng là dự thảo, hoặc chưa có báo cáo hợp lệ nào, hoặc có tệp báo cáo lỗi hay mẫu
     trống bị bỏ qua (--strict: không ghi)
  2  lỗi sử dụng, dữ liệu kế hoạch, thiết lập hoặc mẫu lỗi, không ghi được tệp
`,
  },
  remind: {
    description: 'Công văn đôn đốc các đơn vị chưa có báo cáo được tính (.docx, .txt hoặc .eml)',
    request: 'yêu cầu báo cáo đột xuất (requests/<mã>.yaml) thay cho kỳ báo cáo năm',
    by: 'ngày đề nghị gửi báo cáo (mặc định: hạn của kỳ báo cáo, hoặc 7 ngày sau công văn khi đã quá hạn)',
    perUnit: 'mỗi đơn vị một công văn (ghi vào một thư mục)',
    format: 'docx | txt | eml (mặc định: docx)',
    output: 'tệp sẽ ghi, hoặc thư mục với --per-unit (mặc định: out/don-doc-<năm>.docx, out/don-doc-<năm>/)',
    force: 'ghi đè tệp đã có',
    number: 'số công văn (15 hoặc 15/SKHCN-QLCN)',
    date: 'ngày công văn (mặc định: --today)',
    signerName: 'họ tên người ký',
    templates: 'thư mục mẫu (remind/, settings/default.yaml; mặc định: templates/ của thư mục làm việc, nếu không thì của kt-bio)',
    help: `
Viết công văn đôn đốc gửi đúng các đơn vị mà "kt-bio check" liệt kê là gửi mẫu trống, báo cáo có
lỗi hoặc chưa gửi, mỗi đơn vị kèm vấn đề của mình bằng lời; đơn vị đã gửi (đúng hạn hay trễ hạn)
không bị đôn đốc. Chạy trước hạn thì là công văn nhắc trước hạn. Số, trích yếu "V/v", nơi nhận:
mục reminder của thiết lập; người ký: signer; nội dung: templates/remind/don-doc.md.hbs. Tệp đã có
chỉ được ghi đè với --force.

Ví dụ:
  $ kt-bio remind --year 2024 --by 05/12/2024
  $ kt-bio remind --year 2024 --per-unit -o out/don-doc/
  $ kt-bio remind --year 2024 --format eml --number 15

Mã thoát:
  0  đã ghi, hoặc không có đơn vị nào cần đôn đốc
  2  lỗi sử dụng, dữ liệu kế hoạch, thiết lập hoặc mẫu lỗi, tệp đã có (không --force), không ghi được
`,
    early: (deadline, daysLeft) => (daysLeft > 0 ? `Chưa đến hạn ${deadline} (còn ${daysLeft} ngày): công văn nhắc trước hạn.` : `Hôm nay là hạn cuối ${deadline}: công văn nhắc trước hạn.`),
    passed: (deadline, daysPast, by) => `Đã quá hạn ${deadline} ${daysPast} ngày; công văn đề nghị gửi trước ngày ${by}.`,
    written: (file, units) => `Đã ghi ${file} — đôn đốc ${units.length} đơn vị: ${units.join(', ')}.`,
    nobody: (what) => `Không có đơn vị nào cần đôn đốc (${what}): mọi đơn vị phải báo cáo đều đã gửi báo cáo hợp lệ. Không ghi công văn.`,
  },
  init: {
    description: 'Tạo thư mục làm việc của Sở (bản sao kế hoạch, reports/<năm>/, tệp thiết lập của năm)',
    folder: 'thư mục sẽ tạo (mặc định: thư mục hiện tại)',
    year: 'năm báo cáo (mặc định: năm của --today)',
    help: `
Tạo trong thư mục: plan/ (bản sao kế hoạch đang dùng), reports/<năm>/ (nơi lưu báo cáo các đơn vị
gửi), reports/settings/<năm>.yaml (số văn bản, ngày, người ký... của báo cáo tổng hợp, mỗi trường
có chú thích). Tệp đã có được giữ nguyên. Sau đó chạy kt-bio trong thư mục này (hoặc đặt
KT_BIO_HOME là thư mục này): không bao giờ cần sửa tệp của chính kt-bio.

Ví dụ:
  $ kt-bio init bao-cao-cnsh --year 2026
`,
    created: (path) => `Đã tạo ${path}`,
    next: (folder, year) => `Thư mục làm việc: ${folder}. Lưu báo cáo các đơn vị vào reports/${year}/, điền reports/settings/${year}.yaml, rồi chạy: kt-bio check --year ${year}`,
  },
  written: { form: (file, unit, tasks) => `Đã ghi ${file} — ${unit}, ${tasks} nhiệm vụ.` },
};
