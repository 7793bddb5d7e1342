// Vietnamese messages (the default). Written for a clerk who edits a YAML file in Notepad:
// what is wrong, in plain words, and what to write instead.
import type { Catalogue } from './entry.js';
import type { MessageArgs } from '../diagnostics/diagnostic.js';
import { arg, dateArg, list, planFile, typeNames } from './entry.js';
import { formatDateVi } from '../text/calendar.js';
import { formatDateNumeric } from '../text/calendar.js';
import { groupThousands } from '../text/money.js';

const TYPE_VI: Record<string, string> = {
  string: 'một đoạn chữ',
  integer: 'một số nguyên',
  number: 'một con số',
  boolean: 'true hoặc false',
  object: 'một nhóm trường (mỗi dòng "tên: giá trị", thụt vào)',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  null: 'để trống',
};
const typeVi = (t: string): string => typeNames(t, TYPE_VI, ' hoặc ');

const date = dateArg;
/** Line numbers, with "và N dòng khác" when the list was cut short. */
const lines = (a: MessageArgs): string => `${(a['lines'] as readonly string[] | undefined)?.length === 1 && !Number(a['more']) ? 'dòng' : 'các dòng'} ${list(a, 'lines')}${Number(a['more'] ?? 0) > 0 ? ` và ${String(a['more'])} dòng khác` : ''}`;
const STATUS_VI: Record<string, string> = {
  not_started: 'chưa triển khai',
  in_progress: 'đang thực hiện',
  completed: 'đã hoàn thành',
  ongoing: 'thực hiện thường xuyên',
};
const statusVi = (s: string): string => STATUS_VI[s] ?? s;
/** Why the system could not read a path, in words (the system's code kept for whoever helps). */
const REASON_VI: Record<string, string> = {
  EACCES: 'không có quyền đọc',
  EPERM: 'không có quyền đọc',
  ELOOP: 'đường liên kết trỏ vòng lại chính nó',
  EBUSY: 'tệp đang được chương trình khác sử dụng',
  EIO: 'lỗi đọc ổ đĩa',
  EMFILE: 'mở quá nhiều tệp cùng lúc',
};
const reasonVi = (r: string): string => (r === 'is a folder' ? 'đây là một thư mục, không phải tệp' : REASON_VI[r] ? `${REASON_VI[r]}, ${r}` : r);
const SPECIAL_VI: Record<string, string> = {
  fifo: 'một đường ống (FIFO)',
  'character-device': 'một thiết bị',
  'block-device': 'một ổ đĩa',
  folder: 'một thư mục',
  socket: 'một cổng kết nối (socket)',
};
const specialVi = (k: string): string => SPECIAL_VI[k] ?? 'một mục đặc biệt của hệ thống';
const quoteVi = (q: string): string => (q === "'" ? 'nháy đơn' : 'ngoặc kép');

/** How to write a date, with the example date of the plan's own cycle when the args give one. */
const dateExample = (a: MessageArgs): string => (typeof a['example'] === 'string' ? `${formatDateVi(a['example'])} (hoặc ${a['example']})` : '25/3/2025 (hoặc 2025-03-25)');

/** A date argument (ISO) as this language writes it. */
const day = (a: Parameters<typeof arg>[0], key: string): string => (typeof a[key] === 'string' ? formatDateVi(a[key] as string) : '');

export const vi: Catalogue = {
  'file-not-found': { message: (a) => `Không tìm thấy tệp hoặc thư mục "${arg(a, 'path')}".`, hint: () => 'Kiểm tra lại đường dẫn và tên tệp.' },
  'file-unreadable': {
    message: (a) => `Không đọc được tệp "${arg(a, 'path')}" (${reasonVi(arg(a, 'reason'))}).`,
    hint: (a) => (arg(a, 'reason') === 'is a folder' ? 'Ghi tên tệp báo cáo (.yaml), hoặc bỏ đường dẫn thư mục này.' : 'Kiểm tra quyền đọc tệp, hoặc sao chép tệp ra chỗ khác rồi thử lại.'),
  },
  'folder-unreadable': { message: (a) => `Không đọc được thư mục "${arg(a, 'path')}" (${reasonVi(arg(a, 'reason'))}).`, hint: () => 'Kiểm tra quyền truy cập thư mục, hoặc chép các tệp báo cáo sang thư mục khác rồi thử lại.' },
  'file-not-regular': {
    message: (a) => `"${arg(a, 'path')}" không phải một tệp bình thường mà là ${specialVi(arg(a, 'kind'))}; kt-bio không đọc nó.`,
    hint: () => 'Đặt vào đây tệp báo cáo .yaml thật (lưu bằng Notepad), hoặc bỏ mục này ra khỏi thư mục báo cáo.',
  },
  'file-link-outside': {
    message: (a) => `"${arg(a, 'path')}" là một liên kết (shortcut) trỏ ra ngoài thư mục báo cáo, tới "${arg(a, 'target')}"; kt-bio đã đọc tệp đó.`,
    hint: () => 'Nếu đúng là báo cáo của đơn vị, hãy chép tệp thật vào thư mục báo cáo thay cho liên kết; nếu không, xóa liên kết.',
  },
  'file-extra-extension': {
    message: (a) => `Tên tệp "${arg(a, 'path')}" có thêm đuôi .txt (Notepad tự thêm khi lưu); kt-bio vẫn đọc tệp này như báo cáo.`,
    hint: (a) => `Đổi tên tệp thành "${arg(a, 'rename')}" (trong Notepad: File > Save As..., ô "Save as type" chọn "All Files", gõ tên ${arg(a, 'rename')}).`,
  },
  'file-too-large': {
    message: (a) => `Tệp quá lớn (${arg(a, 'size')} byte); một báo cáo không thể lớn hơn ${arg(a, 'limit')} byte.`,
    hint: () => 'Có thể đã chọn nhầm tệp. Báo cáo chỉ gồm chữ, không dán hình ảnh hay bảng tính vào tệp.',
  },
  'file-empty': {
    message: () => 'Tệp không có nội dung (trống, hoặc chỉ có các dòng ghi chú bắt đầu bằng #).',
    hint: () => 'Điền báo cáo vào mẫu đã được gửi cho đơn vị (hoặc tạo mẫu bằng lệnh "kt-bio template"), rồi lưu lại.',
  },
  'file-binary': { message: () => 'Đây không phải tệp văn bản (có thể là tệp Word, Excel, PDF hoặc hình ảnh).', hint: () => 'Báo cáo phải là tệp văn bản .yaml, soạn bằng Notepad hoặc trình soạn thảo văn bản thuần.' },
  'file-utf16': {
    message: (a) => `Tệp được lưu bằng bảng mã UTF-16 (${arg(a, 'endianness') === 'be' ? 'Big Endian' : 'Little Endian'}), không phải UTF-8.`,
    hint: () => 'Trong Notepad chọn File > Save As..., ở ô Encoding chọn "UTF-8" rồi lưu lại.',
  },
  'file-not-utf8': {
    message: (a) => {
      const guess = arg(a, 'guess');
      const enc =
        guess === 'tcvn3' ? 'bảng mã TCVN3 (ABC, phông .VnTime)' : guess === 'vni' ? 'bảng mã VNI (phông VNI-Times)' : guess === 'windows-1258' ? 'bảng mã Windows-1258' : 'một bảng mã cũ';
      return `Tệp không phải UTF-8: có vẻ được gõ bằng ${enc}.`;
    },
    hint: () => 'Chuyển văn bản sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey), rồi lưu tệp với Encoding "UTF-8".',
  },
  'legacy-font-text': {
    message: (a) =>
      `Chữ "${arg(a, 'sample')}" là chữ gõ bằng ${arg(a, 'guess') === 'vni' ? 'bảng mã VNI (phông VNI-Times)' : 'bảng mã TCVN3 (phông .VnTime)'} rồi dán vào tệp; báo cáo in ra sẽ bị lỗi phông chữ.`,
    hint: (a) =>
      `Dùng công cụ chuyển mã của Unikey chuyển đoạn văn bản gốc từ ${arg(a, 'guess') === 'vni' ? 'VNI' : 'TCVN3'} sang Unicode, rồi dán lại vào tệp.`,
  },
  'file-utf7': {
    message: (a) => `Tệp được lưu bằng bảng mã UTF-7: chữ có dấu bị ghi thành các chuỗi như "${arg(a, 'sample')}" (đọc là "${arg(a, 'decoded')}"); báo cáo in ra sẽ sai chữ.`,
    hint: () => 'Mở văn bản gốc và lưu lại với bảng mã UTF-8 (trong Word: File > Save As, chọn Plain Text, ở bảng mã chọn "Unicode (UTF-8)", không chọn "Unicode (UTF-7)"); hoặc dán lại nội dung vào Notepad và lưu với Encoding "UTF-8".',
  },
  'text-viqr': {
    message: (a) => `Chữ có dấu được gõ theo kiểu VIQR (dấu là các ký tự như ' \` ? ~ . ^ ( +), ví dụ "${arg(a, 'sample')}" (đọc là "${arg(a, 'decoded')}"); báo cáo in ra sẽ hiện các ký tự đó thay cho dấu.`,
    hint: () => 'Chuyển văn bản sang Unicode bằng công cụ chuyển mã của Unikey (bảng mã nguồn VIQR, bảng mã đích Unicode) rồi dán lại vào tệp; hoặc gõ lại với Unikey đặt bảng mã Unicode, kiểu gõ Telex hay VNI.',
  },
  'file-internal-error': {
    message: () => 'kt-bio gặp sự cố khi đọc tệp này nên chưa kiểm tra được nó; các tệp khác vẫn được kiểm tra bình thường.',
    hint: () => 'Gửi tệp này cho người quản trị kt-bio để sửa. Trong lúc chờ, so sánh tệp với mẫu báo cáo và bỏ những phần viết khác mẫu.',
  },
  // The parser's own words (detail) are English: never shown in Vietnamese.
  'yaml-syntax': { message: () => 'Dòng này không viết đúng cách ghi của báo cáo (cú pháp YAML), nên không đọc được tệp từ đây.', hint: () => 'So sánh với mẫu báo cáo: mỗi dòng "tên: giá trị", mục danh sách bắt đầu bằng "- ", thụt lề bằng dấu cách.' },
  'yaml-tab-indent': { message: () => 'Dòng này thụt lề bằng phím Tab; YAML chỉ cho phép thụt lề bằng dấu cách.', hint: () => 'Xóa ký tự Tab ở đầu dòng và gõ dấu cách thay thế (thường là 2 dấu cách cho mỗi cấp).' },
  'yaml-missing-colon': { message: () => 'Thiếu dấu hai chấm ":" sau tên trường.', hint: () => 'Viết theo dạng "tên: giá trị", ví dụ "agency: so-yte" (có một dấu cách sau dấu hai chấm).' },
  'yaml-colon-in-value': {
    message: () => 'Giá trị có chứa dấu hai chấm và dấu cách ": " nên bị hiểu nhầm là một trường mới.',
    hint: () => 'Đặt cả đoạn chữ trong ngoặc kép, ví dụ results: "Kết quả: đạt", hoặc viết "results: |" rồi xuống dòng, thụt vào và ghi nội dung.',
  },
  'yaml-unclosed-quote': {
    message: (a) => `Dấu ${quoteVi(arg(a, 'quote'))} ${arg(a, 'quote')} mở ở đây nhưng không có dấu đóng.`,
    hint: (a) => `Thêm dấu ${arg(a, 'quote')} ở cuối đoạn chữ, hoặc bỏ dấu mở. Trong đoạn chữ không gõ thêm dấu ${arg(a, 'quote')} (nếu cần, dùng dấu “ ”).`,
  },
  'yaml-bad-indent': {
    message: (a) =>
      a['found'] === undefined
        ? 'Thụt lề không đúng: các trường cùng cấp phải thẳng cột với nhau.'
        : `Thụt lề không đúng: dòng này có ${arg(a, 'found')} dấu cách đầu dòng, các trường cùng nhóm phía trên có ${arg(a, 'expected')}.`,
    hint: (a) => (a['expected'] === undefined ? 'Căn dòng này thẳng với các dòng cùng cấp phía trên (đếm số dấu cách đầu dòng).' : `Sửa đầu dòng thành đúng ${arg(a, 'expected')} dấu cách, thẳng cột với các trường phía trên.`),
  },
  'yaml-missing-dash': { message: () => 'Mục danh sách thiếu dấu gạch đầu dòng "- ".', hint: () => 'Mỗi mục trong danh sách bắt đầu bằng "- " (gạch ngang và một dấu cách), thẳng cột với các mục khác.' },
  'yaml-forgotten-dash': {
    message: (a) => `Có vẻ thiếu dấu "- " trước "${arg(a, 'key')}:" ở dòng ${arg(a, 'line')}: nhiệm vụ này đang bị gộp vào nhiệm vụ phía trên.`,
    hint: (a) => `Thêm "- " (gạch ngang và một dấu cách) trước "${arg(a, 'key')}:" ở dòng ${arg(a, 'line')}, thẳng cột với dấu "- " của các nhiệm vụ khác. Không xóa dòng nào.`,
  },
  'yaml-block-not-indented': {
    message: (a) => `Nội dung của "${arg(a, 'key')}: |" (dòng ${arg(a, 'line')}) phải thụt vào sâu hơn dòng "${arg(a, 'key')}".`,
    hint: (a) => `Thêm dấu cách ở đầu dòng này (và các dòng nội dung tiếp theo) để chữ bắt đầu từ cột ${Number(a['indent'] ?? 0) + 1}, sâu hơn "${arg(a, 'key')}".`,
  },
  'yaml-value-start': {
    message: (a) => `Đoạn chữ của "${arg(a, 'key')}" bắt đầu bằng dấu "${arg(a, 'char')}", mà trong YAML dấu này có nghĩa riêng.`,
    hint: (a) => `Giữ nguyên chữ, viết thành hai dòng: dòng "${arg(a, 'key')}: |", rồi dòng dưới thụt vào ${Number(a['indent'] ?? 0)} dấu cách: ${arg(a, 'value')}`,
  },
  'yaml-inner-quotes': {
    message: (a) => `Đoạn chữ của "${arg(a, 'key')}" có dấu ngoặc kép ở đầu hoặc ở giữa, nên YAML hiểu nhầm chỗ kết thúc.`,
    hint: (a) => `Giữ nguyên chữ, viết thành hai dòng: dòng "${arg(a, 'key')}: |", rồi dòng dưới thụt vào ${Number(a['indent'] ?? 0)} dấu cách: ${arg(a, 'value')}`,
  },
  'yaml-no-space-after-colon': {
    message: (a) => `Sau dấu hai chấm của "${arg(a, 'key')}" thiếu một dấu cách.`,
    hint: (a) => `Thêm một dấu cách sau dấu hai chấm: ${arg(a, 'key')}: ${arg(a, 'value')}`,
  },
  'yaml-nbsp': {
    message: (a) => `Sau dấu hai chấm của "${arg(a, 'key')}" là một dấu cách không ngắt (thường do chép từ Word); trông như dấu cách nhưng YAML không nhận.`,
    hint: () => 'Xóa khoảng trống sau dấu hai chấm rồi gõ lại một dấu cách bằng phím cách.',
  },
  'yaml-duplicate-key': {
    message: (a) => `Trường "${arg(a, 'key')}" bị ghi hai lần trong cùng một nhóm.`,
    hint: () => 'Giữ lại một dòng và xóa dòng thừa; nếu cả hai dòng đều có nội dung cần giữ, gộp vào một dòng.',
  },
  'yaml-multiple-documents': { message: () => 'Tệp chứa dòng "---" tách thành nhiều văn bản; mỗi tệp chỉ được chứa một báo cáo.', hint: () => 'Xóa dòng "---", hoặc tách mỗi báo cáo ra một tệp riêng.' },
  'yaml-alias-limit': { message: (a) => `Tệp dùng quá nhiều tham chiếu YAML (alias "*"), vượt giới hạn ${arg(a, 'limit')}.`, hint: () => 'Viết nội dung trực tiếp, không dùng "&" và "*".' },
  'yaml-recursive-alias': {
    message: () => 'Tham chiếu YAML (alias "*") trỏ vào chính nhóm chứa nó, nên nội dung lặp vô tận.',
    hint: () => 'Xóa dấu "&tên" và "*tên", viết nội dung trực tiếp.',
  },
  'yaml-too-deep': {
    message: (a) => `Nội dung lồng nhau quá sâu (quá ${arg(a, 'limit')} cấp ngoặc hoặc thụt lề); báo cáo chỉ cần vài cấp.`,
    hint: () => 'Kiểm tra các dấu ngoặc [ ] { } ở đây: mỗi dấu mở cần một dấu đóng. Nội dung dài thì viết "results: |" rồi xuống dòng, thụt vào và ghi chữ.',
  },
  'yaml-tag': {
    message: (a) => `Báo cáo không dùng thẻ YAML "${arg(a, 'tag')}" (các chữ bắt đầu bằng dấu "!" đứng trước giá trị).`,
    hint: () => 'Xóa thẻ bắt đầu bằng "!" và giữ lại giá trị; nếu dấu "!" là một phần của câu chữ, đặt cả đoạn chữ trong ngoặc kép.',
  },
  'yaml-merge-key': {
    message: () => 'Báo cáo không dùng khóa gộp YAML "<<:".',
    hint: () => 'Xóa dòng "<<: ..." và viết các trường cần có trực tiếp vào nhóm này.',
  },
  'yaml-not-a-map': {
    message: (a) => `Nội dung tệp phải gồm các dòng dạng "tên: giá trị", nhưng tệp này lại là ${typeVi(arg(a, 'actual'))}.`,
    hint: () => 'Chép nội dung vào mẫu báo cáo đã được gửi cho đơn vị (hoặc tạo mẫu bằng lệnh "kt-bio template").',
  },
  'missing-field': {
    message: (a) => `Thiếu trường bắt buộc "${arg(a, 'field')}"${arg(a, 'parent') ? ` trong "${arg(a, 'parent')}"` : ''}.`,
    hint: (a) => (arg(a, 'example') ? `Thêm dòng: ${arg(a, 'example')}` : `Thêm dòng "${arg(a, 'field')}: ..." ở đây.`),
  },
  'unknown-field': {
    message: (a) => `Trường "${arg(a, 'field')}" không có trong ${arg(a, 'in') === 'plan' ? 'định dạng tệp kế hoạch' : 'mẫu báo cáo'}.`,
    hint: (a) =>
      arg(a, 'suggestion')
        ? `Có phải ý là "${arg(a, 'suggestion')}"? Các trường được phép: ${list(a, 'allowed')}.`
        : `Các trường được phép ở đây: ${list(a, 'allowed')}.`,
  },
  'wrong-type': {
    message: (a) => `"${arg(a, 'field')}" phải là ${typeVi(arg(a, 'expected'))}, nhưng đang là ${typeVi(arg(a, 'actual'))}.`,
    hint: (a) => (arg(a, 'example') ? `Ví dụ: ${arg(a, 'example')}` : 'Xem lại mẫu báo cáo.'),
  },
  'not-allowed-value': {
    message: (a) => `Giá trị "${arg(a, 'value')}" không hợp lệ cho "${arg(a, 'field')}".`,
    hint: (a) => `${arg(a, 'suggestion') ? `Có phải ý là "${arg(a, 'suggestion')}"? ` : ''}Chỉ được ghi một trong các giá trị: ${((a['allowed'] as readonly string[] | undefined) ?? []).map((v) => (STATUS_VI[v] ? `${v} (${STATUS_VI[v]})` : v)).join(', ')}.`,
  },
  'wrong-value': { message: (a) => `"${arg(a, 'field')}" phải là "${arg(a, 'expected')}".`, hint: (a) => `Ghi đúng: ${arg(a, 'field')}: ${arg(a, 'expected')}` },
  'bad-format': {
    message: (a) => `Giá trị "${arg(a, 'value')}" của "${arg(a, 'field')}" không đúng định dạng.`,
    hint: (a) => (arg(a, 'example') ? `Ví dụ đúng: ${arg(a, 'example')}` : 'Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: so-yte.'),
  },
  'empty-text': { message: (a) => `"${arg(a, 'field')}" không được để trống.`, hint: () => 'Ghi nội dung vào sau dấu hai chấm.' },
  'out-of-range': {
    message: (a) => `Giá trị ${arg(a, 'value')} của "${arg(a, 'field')}" nằm ngoài khoảng cho phép (${arg(a, 'limit')}).`,
    hint: () => 'Kiểm tra lại con số.',
  },
  'empty-list': { message: (a) => `Danh sách "${arg(a, 'field')}" phải có ít nhất ${arg(a, 'limit')} mục.`, hint: () => 'Thêm mục, mỗi mục một dòng bắt đầu bằng "- ".' },
  'invalid-date': {
    message: (a) => `"${arg(a, 'value')}" không phải là ngày hợp lệ.`,
    hint: (a) => (typeof a['example'] === 'string' ? `Ghi ngày theo dạng ngày/tháng/năm, ví dụ ${dateExample(a)}.` : 'Ghi ngày theo dạng ngày/tháng/năm (năm đủ 4 chữ số), hoặc năm-tháng-ngày.'),
  },
  'impossible-date': {
    message: (a) =>
      arg(a, 'daysInMonth')
        ? `Ngày ${arg(a, 'value')} không có thật: tháng ${arg(a, 'month')}/${arg(a, 'year')} chỉ có ${arg(a, 'daysInMonth')} ngày.`
        : `Ngày ${arg(a, 'value')} không có thật: tháng phải từ 1 đến 12.`,
    hint: () => 'Kiểm tra lại ngày và tháng (ghi theo thứ tự ngày/tháng/năm).',
  },
  'invalid-money': {
    message: (a) => {
      const r = arg(a, 'reason');
      const why =
        r === 'decimal' ? 'số tiền phải là số đồng nguyên, không có phần thập phân' :
        r === 'negative' ? 'số tiền không được âm' :
        r === 'words' ? 'số tiền phải ghi bằng chữ số đầy đủ, không viết "triệu", "tỷ" hay "đồng"' :
        'số tiền ghi không đúng định dạng';
      return `Số tiền "${arg(a, 'value')}" không hợp lệ: ${why}.`;
    },
    hint: (a) =>
      arg(a, 'dong')
        ? `Ghi ${arg(a, 'dong')} (tức "${arg(a, 'value')}" tính ra đồng). Số tiền luôn ghi bằng số đồng đầy đủ; không chi thì ghi 0.`
        : 'Ghi số đồng đầy đủ, ví dụ 350000000 hoặc 350.000.000 hoặc 350 000 000 (350 triệu đồng). Không chi thì ghi 0.',
  },
  'number-format': {
    message: (a) =>
      `Số "${arg(a, 'value')}" của "${arg(a, 'field')}" viết ${arg(a, 'reason') === 'exponent' ? 'theo dạng lũy thừa (có chữ e)' : 'theo hệ cơ số khác (0x, 0o, 0b)'}; báo cáo chỉ ghi số bằng các chữ số thông thường.`,
    hint: () => 'Ghi con số đầy đủ bằng chữ số, ví dụ 1250 hoặc 1.250 (dấu chấm ngăn cách hàng nghìn).',
  },
  'number-too-large': {
    message: (a) => `Số "${arg(a, 'value')}" của "${arg(a, 'field')}" quá lớn để tính chính xác (tối đa 15 chữ số).`,
    hint: () => 'Kiểm tra lại con số: có thể đã gõ thừa chữ số.',
  },
  'schema-other': { message: (a) => `"${arg(a, 'field')}" không hợp lệ (${arg(a, 'detail')}).`, hint: () => 'Xem lại mẫu báo cáo.' },
  'plan-duplicate-id': { message: (a) => `Mã "${arg(a, 'id')}" bị dùng hai lần (lần đầu ở ${arg(a, 'first')}).`, hint: () => 'Mỗi mã chỉ dùng cho một đơn vị, một nhóm hoặc một nhiệm vụ; đổi mã của mục mới.' },
  'plan-unknown-id': {
    message: (a) => `Mã "${arg(a, 'id')}" không có trong danh sách ${arg(a, 'kind') === 'section' ? 'mục của kế hoạch' : `đơn vị và nhóm (${planFile(a, 'registry', 'units.yaml')})`}.`,
    hint: (a) => (arg(a, 'suggestion') ? `Có phải ý là "${arg(a, 'suggestion')}"?` : `Thêm đơn vị vào ${planFile(a, 'registry', 'units.yaml')} hoặc sửa lại mã.`),
  },
  'plan-unknown-section': { message: (a) => `Mục "${arg(a, 'id')}" không có trong phần "sections".`, hint: (a) => `Thêm mục vào "sections" của ${planFile(a, 'tasksFile', 'tasks.yaml')} hoặc sửa lại mã mục.` },
  'plan-bad-lifetime': { message: (a) => `"${arg(a, 'id')}": ngày kết thúc ${arg(a, 'until')} trước ngày bắt đầu ${arg(a, 'from')}.`, hint: () => 'Sửa lại "from" hoặc "until".' },
  'plan-no-issuer': {
    message: (a) => `Không có thông tin cơ quan ban hành cho ngày ${arg(a, 'date')} trong ${planFile(a, 'issuersFile', 'issuers.yaml')}.`,
    hint: (a) => `Thêm một mục vào ${planFile(a, 'issuersFile', 'issuers.yaml')} có "from"/"until" bao gồm ngày này.`,
  },
  'plan-not-found': {
    message: (a) => `Không tìm thấy dữ liệu kế hoạch (plan.yaml) trong thư mục "${arg(a, 'path')}".`,
    hint: () => 'Chạy lệnh trong thư mục làm việc của Sở (thư mục có plan/, tạo bằng kt-bio init <thư mục>), hoặc chỉ rõ bằng --plan <thư mục>, hoặc đặt biến môi trường KT_BIO_HOME là thư mục làm việc.',
  },
  'plan-broken': { message: (a) => `Dữ liệu kế hoạch (${arg(a, 'path')}) có lỗi; sửa các lỗi trên rồi chạy lại.` },
  'plan-location': {
    message: (a) =>
      arg(a, 'source') === 'shipped'
        ? `Dùng kế hoạch có sẵn trong kt-bio: ${arg(a, 'path')}.`
        : arg(a, 'source') === 'env'
          ? `Dùng kế hoạch của thư mục làm việc KT_BIO_HOME: ${arg(a, 'path')}.`
          : `Dùng kế hoạch của thư mục cha: ${arg(a, 'path')}.`,
  },
  'plan-unknown-period': {
    message: (a) => `Kế hoạch không có kỳ báo cáo "${arg(a, 'id')}" (${planFile(a, 'reportingFile', 'reporting.yaml')}, "periods").`,
    hint: (a) =>
      `${arg(a, 'suggestion') ? `Có phải ý là "${arg(a, 'suggestion')}"? ` : ''}${list(a, 'periods') ? `Các kỳ báo cáo: ${list(a, 'periods', '; ')}; không ghi --period là báo cáo năm.` : 'Kế hoạch chỉ có báo cáo năm: bỏ --period.'}`,
  },
  'request-id-mismatch': {
    message: (a) => `Mã yêu cầu "${arg(a, 'id')}" khác tên tệp (${arg(a, 'expected')}.yaml).`,
    hint: (a) => `Ghi "id: ${arg(a, 'expected')}", hoặc đổi tên tệp thành ${arg(a, 'id')}.yaml.`,
  },
  'request-not-found': {
    message: (a) => `Không có yêu cầu "${arg(a, 'id')}" (${arg(a, 'file')}).`,
    hint: (a) => (arg(a, 'known') ? `Các yêu cầu đã có: ${list(a, 'known')}.` : 'Thêm tệp yêu cầu vào thư mục requests/ (xem plan/schema/request.schema.json).'),
  },
  'request-year-or-request': {
    message: () => 'Cần --year <năm> (kỳ báo cáo năm) hoặc --request <mã yêu cầu> (yêu cầu báo cáo đột xuất).',
    hint: () => 'Ví dụ: --year 2024, hoặc --request bao-cao-6-thang-2025 (tệp requests/bao-cao-6-thang-2025.yaml).',
  },
  'request-year-differs': {
    message: (a) => `--year ${arg(a, 'year')}: yêu cầu "${arg(a, 'id')}" là của năm ${arg(a, 'requestYear')}.`,
    hint: () => 'Bỏ --year (năm lấy theo tệp yêu cầu), hoặc sửa lại cho đúng.',
  },
  'request-unit-not-asked': {
    message: (a) => `Yêu cầu "${arg(a, 'id')}" không đề nghị đơn vị "${arg(a, 'unit')}" báo cáo.`,
    hint: (a) => `Các đơn vị được yêu cầu: ${list(a, 'asked')}; hoặc dùng --all.`,
  },
  'request-with-period': {
    message: () => '--request và --period không dùng cùng nhau: yêu cầu đột xuất có hạn và đơn vị riêng.',
    hint: () => 'Bỏ một trong hai tùy chọn.',
  },
  'cycle-late': {
    message: (a) => `${arg(a, 'unit')} gửi báo cáo ngày ${day(a, 'submitted')}, trễ ${arg(a, 'days')} ngày so với hạn ${day(a, 'deadline')}.`,
  },
  'cycle-missing': {
    message: (a) =>
      Number(a.days) > 0
        ? `${arg(a, 'unit')} chưa gửi báo cáo; đã quá hạn ${day(a, 'deadline')} ${groupThousands(Number(a.days))} ngày.`
        : `${arg(a, 'unit')} chưa gửi báo cáo (hạn ${day(a, 'deadline')}).`,
    hint: (a) => `Đôn đốc đơn vị gửi báo cáo; tạo mẫu cho đơn vị: kt-bio template ${arg(a, 'unitId')} --year ${arg(a, 'year')}${arg(a, 'options')}`,
  },
  'cycle-blank': {
    message: (a) => `${arg(a, 'unit')} mới gửi mẫu báo cáo chưa điền (${arg(a, 'file')}), chưa tính là đã báo cáo.`,
    hint: (a) => `Đề nghị đơn vị điền đủ rồi gửi lại; xem các chỗ còn trống: kt-bio validate ${arg(a, 'file')}${arg(a, 'options')}`,
  },
  'cycle-invalid': {
    message: (a) => `Báo cáo của ${arg(a, 'unit')} (${arg(a, 'file')}) có lỗi nên chưa được tính.`,
    hint: (a) => `Xem lỗi và cách sửa: kt-bio validate ${arg(a, 'file')}${arg(a, 'options')}`,
  },
  'cycle-stray-file': {
    message: (a) => {
      const who = arg(a, 'agencyName') || arg(a, 'agency');
      const why: Record<string, string> = {
        no_agency: 'Không xác định được tệp này của đơn vị nào (không đọc được trường "agency", tên tệp cũng không phải mã đơn vị).',
        unknown_agency: `Mã đơn vị "${arg(a, 'agency')}" không có trong kế hoạch (${planFile(a, 'unitsFile', 'units.yaml')}).`,
        ended: `${who} đã kết thúc hoạt động trước hạn báo cáo năm ${arg(a, 'expectedYear')}; nhiệm vụ đã chuyển cho ${list(a, 'successors')}.`,
        not_yet_in_office: `${who} chưa hoạt động vào hạn báo cáo năm ${arg(a, 'expectedYear')}.`,
        no_tasks: `Kế hoạch không giao nhiệm vụ nào cho ${who} trong năm ${arg(a, 'expectedYear')}.`,
        other_year: `Đây là báo cáo năm ${arg(a, 'year')}, không phải năm ${arg(a, 'expectedYear')}.`,
        other_request: arg(a, 'request') ? `Đây là báo cáo trả lời yêu cầu "${arg(a, 'request')}", không phải báo cáo đang xét.` : 'Đây là báo cáo định kỳ năm, không ghi "request" của yêu cầu đang xét.',
      };
      return `${why[arg(a, 'reason')] ?? ''} Tệp không được tính cho đơn vị nào.`;
    },
    hint: (a) => {
      const r = arg(a, 'reason');
      if (r === 'ended') return 'Báo cáo năm này do đơn vị tiếp nhận nhiệm vụ gửi.';
      if (r === 'other_year') return `Chuyển tệp vào thư mục báo cáo của năm ${arg(a, 'year')}.`;
      if (r === 'other_request') return arg(a, 'request') ? `Chuyển tệp vào thư mục báo cáo của yêu cầu (reports/requests/${arg(a, 'request')}/).` : 'Báo cáo trả lời yêu cầu đột xuất ghi "request: <mã yêu cầu>" và đặt trong thư mục của yêu cầu đó.';
      if (r === 'unknown_agency' || r === 'no_agency') return `Ghi đúng mã đơn vị vào trường "agency" (xem mã bằng lệnh "kt-bio plan${arg(a, 'options')}").`;
      return `Nếu đơn vị có nhiệm vụ trong năm này, bổ sung vào ${planFile(a, 'tasksFile', 'tasks.yaml')}; nếu không, bỏ tệp khỏi thư mục.`;
    },
  },
  'cycle-task-overdue': {
    message: (a) => `Nhiệm vụ ${arg(a, 'taskId')} (hạn ${day(a, 'due')}): ${arg(a, 'unit')} chưa báo cáo hoàn thành, quá hạn ${groupThousands(Number(a.days))} ngày.`,
  },
  'cycle-empty-group': {
    message: (a) =>
      `Nhóm "${arg(a, 'group')}" chưa có đơn vị nào trong dữ liệu cho năm ${arg(a, 'year')}: chưa thể yêu cầu đơn vị nào báo cáo các nhiệm vụ ${list(a, 'tasks')} của nhóm, và số đơn vị phải báo cáo chưa gồm nhóm này (không tính là thiếu báo cáo).`,
    hint: (a) => `Thêm các đơn vị của nhóm tại: ${arg(a, 'whereToAdd') || planFile(a, 'unitsFile', 'units.yaml')}`,
  },
  // the compiled summary
  'compile-setting-missing': {
    message: (a) => `Chưa có "${arg(a, 'field')}" trong các tệp thiết lập báo cáo tổng hợp (${list(a, 'files')}).`,
    hint: (a) =>
      `Thêm "${arg(a, 'field')}" vào ${arg(a, 'yearFile') ? `tệp thiết lập của năm ${arg(a, 'yearFile')} (tạo tệp nếu chưa có) hoặc ` : ''}${list(a, 'files', ' hoặc ')}${arg(a, 'flag') ? `, hoặc dùng ${arg(a, 'flag')}` : ''}.`,
  },
  'compile-before-deadline': {
    message: (a) =>
      `Chưa hết hạn gửi báo cáo của các đơn vị (${day(a, 'deadline')}, hôm nay ${day(a, 'today')}): các đơn vị còn có thể gửi báo cáo, bản tổng hợp năm ${arg(a, 'year')} có thể chưa đầy đủ (${arg(a, 'reported')}/${arg(a, 'expected')} đơn vị đã báo cáo).`,
    hint: (a) => `Tổng hợp lại sau ngày ${day(a, 'deadline')}.`,
  },
  'compile-after-deadline': {
    message: (a) => `Đã quá hạn gửi báo cáo tổng hợp năm ${arg(a, 'year')} (${day(a, 'deadline')}) ${arg(a, 'days')} ngày.`,
    hint: () => 'Trình ký và gửi báo cáo sớm.',
  },
  'compile-template-error': {
    message: (a) => `Mẫu ${arg(a, 'template')} có lỗi: ${arg(a, 'detail')}`,
    hint: () => 'Sửa mẫu (cú pháp Handlebars); các trường dùng được ghi ở đầu mỗi tệp mẫu và trong README.',
  },
  'compile-output-in-reports': {
    message: (a) => `Không ghi báo cáo tổng hợp vào thư mục báo cáo của các đơn vị (${arg(a, 'reports')}): ${arg(a, 'output')}.`,
    hint: (a) => `Chọn nơi ghi khác bằng -o, ví dụ -o out/bao-cao-tong-hop-${arg(a, 'year')}.docx.`,
  },
  'compile-write-failed': {
    message: (a) => `Không ghi được ${arg(a, 'output')} (${arg(a, 'reason')}); tệp cũ (nếu có) vẫn giữ nguyên.`,
    hint: () => 'Kiểm tra thư mục có tồn tại, còn chỗ trống, có quyền ghi, và tệp không đang mở trong Word.',
  },
  'compile-not-written': {
    message: (a) => `--strict: ${arg(a, 'count')} tệp báo cáo có lỗi hoặc còn là mẫu trống, nên không ghi báo cáo tổng hợp.`,
    hint: () => 'Sửa các tệp trên (xem lỗi bằng kt-bio validate <tệp>) rồi chạy lại; bỏ --strict thì vẫn ghi và không tổng hợp các tệp đó.',
  },
  'output-empty': {
    message: () => 'Chưa ghi đường dẫn sau -o (đang để trống).',
    hint: () => 'Ghi tên tệp hoặc thư mục cần ghi sau -o, ví dụ -o out/ hoặc -o bao-cao.docx; bỏ -o để dùng nơi ghi mặc định.',
  },
  'output-root': {
    message: (a) => `Không ghi vào thư mục gốc của ổ đĩa (${arg(a, 'output')}).`,
    hint: () => 'Chọn một thư mục riêng, ví dụ -o out/.',
  },
  'output-not-regular': {
    message: (a) => `Không ghi được vào "${arg(a, 'output')}": ở đó đang là ${specialVi(arg(a, 'kind'))}, không phải một tệp bình thường; kt-bio không thay thế nó.`,
    hint: () => 'Chọn một tên tệp khác với -o.',
  },
  'output-link': {
    message: (a) => `Không ghi "${arg(a, 'output')}": đó là một liên kết (shortcut) trỏ tới "${arg(a, 'target')}"; kt-bio không ghi xuyên qua liên kết mà bạn không chỉ định.`,
    hint: (a) => `Xóa liên kết này nếu không cần, hoặc ghi thẳng vào đó bằng -o ${arg(a, 'output')}.`,
  },
  'compile-draft': {
    message: (a) => `Bản tổng hợp năm ${arg(a, 'year')} là dự thảo: chưa có ${list(a, 'fields')}; dòng họ tên người ký để trống.`,
    hint: (a) => `Ghi các trường này vào ${arg(a, 'yearFile')} (kt-bio init tạo sẵn tệp có chú thích từng trường), hoặc dùng --number, --signer-name, rồi tổng hợp lại.`,
  },
  'compile-no-reports': {
    message: (a) => `Không có báo cáo hợp lệ nào của năm ${arg(a, 'year')} trong ${arg(a, 'folder')}: bản tổng hợp chỉ ghi rằng chưa đơn vị nào báo cáo.`,
    hint: (a) => `Kiểm tra năm (--year) và thư mục báo cáo (--reports); xem tình hình bằng kt-bio check${arg(a, 'options')}`,
  },
  'compile-output-exists': {
    message: (a) => `Tệp ${arg(a, 'output')} đã có và không phải do kt-bio ghi; không ghi đè.`,
    hint: () => 'Chọn tên khác với -o, hoặc thêm --force nếu thật sự muốn ghi đè.',
  },
  'compile-output-edited': {
    message: (a) => `Tệp ${arg(a, 'output')} đã được sửa sau lần kt-bio ghi trước; không ghi đè để khỏi mất phần đã sửa.`,
    hint: () => 'Chọn tên khác với -o, hoặc thêm --force nếu thật sự muốn ghi đè.',
  },
  'remind-by-before-date': {
    message: (a) => `--by: ngày ${day(a, 'by')} ở trước ngày của công văn (${day(a, 'date')}); không đơn vị nào gửi kịp.`,
    hint: () => 'Ghi một ngày sau ngày của công văn (--date, mặc định hôm nay), hoặc bỏ --by để kt-bio tự chọn.',
  },
  'remind-output-in-reports': {
    message: (a) => `Không ghi công văn đôn đốc vào thư mục báo cáo của các đơn vị (${arg(a, 'reports')}): ${arg(a, 'output')}.`,
    hint: () => 'Chọn nơi ghi khác bằng -o, ví dụ -o out/don-doc.docx.',
  },
  'remind-output-exists': {
    message: (a) => `Tệp ${arg(a, 'output')} đã có; không ghi đè.`,
    hint: () => 'Chọn tên hoặc thư mục khác với -o, hoặc thêm --force nếu thật sự muốn ghi đè.',
  },
  'remind-write-failed': {
    message: (a) => `Không ghi được ${arg(a, 'output')} (${arg(a, 'reason')}); tệp cũ (nếu có) vẫn giữ nguyên.`,
    hint: () => 'Kiểm tra thư mục có tồn tại, còn chỗ trống, có quyền ghi, và tệp không đang mở trong Word.',
  },
  // the form of a unit
  'template-unit-or-all': { message: () => 'Cần ghi mã đơn vị (ví dụ: kt-bio template so-yte --year 2025) hoặc --all.' },
  'template-unit-and-all': { message: () => 'Ghi mã đơn vị hoặc --all, không ghi cả hai.' },
  'template-all-needs-folder': { message: () => '--all (hoặc mã một nhóm) cần -o <thư mục> để ghi mỗi đơn vị một tệp.' },
  'template-unknown-unit': {
    message: (a) => `Không có đơn vị hay nhóm "${arg(a, 'unit')}" trong ${arg(a, 'file')}${arg(a, 'suggestion') ? ` (có phải "${arg(a, 'suggestion')}"?)` : ''}.`,
    hint: (a) => `Xem danh sách mã đơn vị bằng kt-bio plan${arg(a, 'options')}`,
  },
  'template-no-form': { message: (a) => arg(a, 'text') },
  'template-into-reports': {
    message: (a) => `Không ghi mẫu vào thư mục báo cáo ${arg(a, 'reports')} (${arg(a, 'target')}): mẫu chưa điền nằm ở đó sẽ bị tính là "gửi mẫu trống".`,
    hint: () => 'Chọn nơi khác với -o, hoặc thêm --into-reports nếu thật sự muốn.',
  },
  'template-escapes': { message: (a) => `Mã đơn vị "${arg(a, 'unit')}" tạo ra đường dẫn nằm ngoài thư mục ${arg(a, 'folder')}; không ghi.` },
  'template-exists': { message: (a) => `Tệp ${arg(a, 'file')} đã có; không ghi đè.`, hint: () => 'Thêm --force để ghi đè, hoặc chọn tên khác với -o.' },
  'template-kept': { message: (a) => `Giữ nguyên ${arg(a, 'file')} (tệp đã có; thêm --force để ghi đè).` },
  'template-broken': { message: (a) => `Mẫu ${arg(a, 'file')} có lỗi: ${arg(a, 'detail')}` },
  'template-no-reporters': { message: (a) => `Năm ${arg(a, 'year')} không có đơn vị nào phải báo cáo.` },
  'template-write-failed': { message: (a) => `Không ghi được ${arg(a, 'file')} (${arg(a, 'reason')}).` },
  'template-empty-group': {
    message: (a) => `Nhóm "${arg(a, 'group')}" chưa có đơn vị nào trong dữ liệu cho năm ${arg(a, 'year')}: chưa có mẫu nào cho nhóm này (nhiệm vụ ${list(a, 'tasks')}).`,
    hint: (a) => `Thêm các đơn vị của nhóm tại: ${arg(a, 'whereToAdd') || 'plan/units.yaml'}`,
  },
  // a working folder
  'init-kept': { message: (a) => `Giữ nguyên ${arg(a, 'path')} (đã có).` },
  'init-write-failed': { message: (a) => `Không tạo được ${arg(a, 'path')} (${arg(a, 'reason')}).`, hint: () => 'Kiểm tra quyền ghi và chỗ trống trên ổ đĩa.' },
  // the command line
  'usage-unknown-option': { message: (a) => `Không có tùy chọn ${arg(a, 'option')}${arg(a, 'suggestion') ? ` (có phải ${arg(a, 'suggestion')}?)` : ''}.` },
  'usage-unknown-command': { message: (a) => `Không có lệnh "${arg(a, 'command')}"${arg(a, 'suggestion') ? ` (có phải "${arg(a, 'suggestion')}"?)` : ''}.` },
  'usage-missing-argument': { message: (a) => `Thiếu ${arg(a, 'argument')}.` },
  'usage-missing-option': { message: (a) => `Cần có ${arg(a, 'option')}.` },
  'usage-option-value-missing': { message: (a) => `${arg(a, 'option')} cần một giá trị.` },
  'usage-too-many-arguments': { message: (a) => `Thừa tham số: ${list(a, 'arguments')}.` },
  'usage-conflict': { message: (a) => `Không dùng ${arg(a, 'option')} cùng với ${arg(a, 'other')}.` },
  'usage-bad-choice': { message: (a) => `${arg(a, 'option')}: "${arg(a, 'value')}" không hợp lệ (${list(a, 'choices', ' | ')}).` },
  'usage-bad-year': { message: (a) => `${arg(a, 'option')}: "${arg(a, 'value')}" không phải là năm (ví dụ 2025).` },
  'usage-year-before-plan': {
    message: (a) => `--year: ${arg(a, 'kind')} số ${arg(a, 'number')} ban hành ngày ${day(a, 'issued')}; năm báo cáo đầu tiên là ${arg(a, 'first')}, không có kỳ báo cáo năm ${arg(a, 'year')}.`,
  },
  'usage-bad-date': { message: (a) => `${arg(a, 'option')}: "${arg(a, 'value')}" không phải ngày hợp lệ (ví dụ 05/12/2025 hoặc 2025-12-05).` },
  'usage-date-out-of-range': {
    message: (a) =>
      arg(a, 'reason') === 'future'
        ? `${arg(a, 'option')}: ngày ${day(a, 'date')} ở sau hôm nay (${day(a, 'limit')}).`
        : `${arg(a, 'option')}: ngày ${day(a, 'date')} ở trước ngày ban hành kế hoạch (${day(a, 'limit')}).`,
    hint: () => 'Kiểm tra lại ngày, tháng, năm.',
  },
  'usage-empty-value': { message: (a) => `${arg(a, 'option')}: chưa ghi giá trị.` },
  'usage-unknown-unit': { message: (a) => `${arg(a, 'option')}: không có đơn vị "${arg(a, 'unit')}" trong ${arg(a, 'file')}${arg(a, 'suggestion') ? ` (có phải "${arg(a, 'suggestion')}"?)` : ''}.` },
  'usage-not-a-folder': { message: (a) => `${arg(a, 'option')}: "${arg(a, 'path')}" không phải là thư mục.` },
  'usage-other': { message: (a) => arg(a, 'detail') },
  'internal-error': {
    message: (a) => `Lỗi bên trong kt-bio: ${arg(a, 'detail')}`,
    hint: () => 'Đây là lỗi của chương trình, không phải của dữ liệu: xin gửi toàn bộ thông báo này cho người phụ trách kt-bio.',
  },
  // unit reports
  'report-blank': {
    message: (a) =>
      arg(a, 'reason') === 'no-results'
        ? `Mẫu còn trống: chưa có nhiệm vụ nào được ghi kết quả thực hiện ("results"); các nhiệm vụ ở ${lines(a)}.`
        : `Mẫu còn trống: còn ${arg(a, 'count')} chỗ "<<...>>" chưa được thay bằng nội dung, ở ${lines(a)}.`,
    hint: (a) =>
      arg(a, 'reason') === 'no-results'
        ? 'Với mỗi nhiệm vụ, ghi kết quả đã làm trong năm vào dòng "results:". Nhiệm vụ chưa triển khai thì ghi "status: not_started" và nêu lý do trong "results".'
        : 'Thay mỗi chỗ <<...>> bằng nội dung thật (xóa cả hai dấu << và >>); mục không bắt buộc mà không có nội dung thì xóa cả dòng. Điền xong thì chạy lại lệnh kiểm tra.',
  },  'report-placeholder-required': {
    message: (a) => `Chưa điền "${arg(a, 'field')}": dòng này vẫn là chỗ "<<...>>" của mẫu, mà đây là mục bắt buộc.`,
    hint: (a) => `Thay cả chỗ "<<...>>" (gồm hai dấu << và >>) bằng nội dung của "${arg(a, 'field')}".`,
  },
  'report-placeholder-left': {
    message: (a) => `Còn ${arg(a, 'count')} chỗ "<<...>>" của mẫu chưa điền, ở ${lines(a)}; các mục này được coi như bỏ trống.`,
    hint: () => 'Nếu có nội dung thì thay chỗ <<...>> bằng nội dung (xóa cả hai dấu << và >>); nếu không có thì xóa cả dòng.',
  },
  'report-placeholder-in-text': {
    message: (a) => `Trong "${arg(a, 'field')}" còn một chỗ "<<...>>" của mẫu chưa thay; đoạn chữ sẽ được in nguyên như vậy.`,
    hint: () => 'Thay chỗ <<...>> bằng nội dung thật (xóa cả hai dấu << và >>), giữ nguyên phần chữ còn lại.',
  },
  'report-stray-marks': {
    message: (a) => `Trong "${arg(a, 'field')}" còn sót dấu "<<" hoặc ">>" của mẫu.`,
    hint: () => 'Xóa dấu << hoặc >> còn sót, giữ nguyên phần chữ còn lại.',
  },
  'report-hash-in-text': {
    message: (a) => `Phần chữ từ dấu "#" trở đi ("${arg(a, 'dropped')}") bị YAML coi là ghi chú và bỏ đi: "${arg(a, 'field')}" chỉ còn "${arg(a, 'kept')}".`,
    hint: (a) => `Đặt cả đoạn chữ trong ngoặc kép: ${arg(a, 'fix')} (hoặc viết "${arg(a, 'field')}: |" rồi xuống dòng, thụt vào và ghi nội dung).`,
  },

  'report-text-too-long': {
    message: (a) => `"${arg(a, 'field')}" dài ${arg(a, 'length')} ký tự, vượt giới hạn ${arg(a, 'limit')} ký tự của một mục.`,
    hint: () => 'Rút gọn nội dung, chỉ nêu các kết quả chính; số liệu chi tiết gửi kèm trong văn bản riêng.',
  },
  'report-line-too-long': {
    message: (a) => `"${arg(a, 'field')}" có một dòng dài ${arg(a, 'length')} ký tự, vượt giới hạn ${arg(a, 'limit')} ký tự của một đoạn.`,
    hint: (a) => `Chia đoạn dài thành nhiều đoạn: viết "${arg(a, 'field')}: |" rồi mỗi đoạn một dòng, thụt vào.`,
  },
  'report-unknown-agency': {
    message: (a) => `Không có đơn vị nào mang mã "${arg(a, 'agency')}" trong kế hoạch (${planFile(a, 'unitsFile', 'units.yaml')}).`,
    hint: (a) => (arg(a, 'suggestion') ? `Có phải ý là "${arg(a, 'suggestion')}"? Ghi: agency: ${arg(a, 'suggestion')}` : `Xem mã của các đơn vị bằng lệnh "kt-bio plan${arg(a, 'options')}", rồi ghi đúng mã của đơn vị mình.`),
  },
  'report-agency-is-group': {
    message: (a) => `"${arg(a, 'agency')}" là mã của cả một nhóm đơn vị (${arg(a, 'name')}), không phải của một đơn vị.`,
    hint: (a) => `Mỗi đơn vị gửi báo cáo riêng: ghi mã của chính đơn vị mình vào "agency" (xem mã bằng lệnh "kt-bio plan${arg(a, 'options')}").`,
  },
  'report-agency-ended': {
    message: (a) => {
      const successors = a['successorNames'] as readonly string[] | undefined;
      const n = successors?.length ?? 0;
      if (n === 1) return `${arg(a, 'name')} đã hợp nhất vào ${successors![0]} từ ${date(a, 'endedFrom')}; báo cáo do ${successors![0]} gửi (agency: ${list(a, 'successors')}).`;
      if (n > 1) return `${arg(a, 'name')} không còn hoạt động từ ${date(a, 'endedFrom')}, nhiệm vụ đã chuyển cho ${list(a, 'successorNames')}; báo cáo do các đơn vị này gửi.`;
      return `${arg(a, 'name')} không còn hoạt động từ ${date(a, 'endedFrom')}, nên không thể ký báo cáo ngày ${date(a, 'submitted')}.`;
    },
    hint: (a) => {
      const ids = a['successors'] as readonly string[] | undefined;
      if (ids?.length === 1) return `Sửa thành "agency: ${ids[0]}" và lập báo cáo dưới tên đơn vị mới. Nếu ngày ký (${date(a, 'submitted')}) ghi nhầm thì sửa lại "submitted".`;
      if (ids && ids.length > 1) return `Ghi mã của đơn vị đang thực hiện nhiệm vụ: ${list(a, 'successors', ' hoặc ')}. Nếu ngày ký (${date(a, 'submitted')}) ghi nhầm thì sửa lại "submitted".`;
      return 'Báo cáo do đơn vị tiếp nhận nhiệm vụ gửi; nếu chưa rõ là đơn vị nào, hỏi cơ quan tổng hợp báo cáo. Nếu ngày ký ghi nhầm thì sửa lại "submitted".';
    },
  },
  'report-agency-not-yet': {
    message: (a) => `${arg(a, 'name')} bắt đầu hoạt động từ ngày ${date(a, 'from')}, nhưng ngày ký báo cáo là ${date(a, 'submitted')}, trước thời điểm đó.`,
    hint: (a) =>
      arg(a, 'predecessors')
        ? `Kiểm tra lại ngày ký ("submitted"). Báo cáo ký trước ngày ${date(a, 'from')} do ${list(a, 'predecessors', ' hoặc ')} gửi.`
        : 'Kiểm tra lại ngày ký ("submitted") và mã đơn vị ("agency").',
  },
  'report-year-folder': {
    message: (a) => `Năm báo cáo ${arg(a, 'year')} không khớp với thư mục "${arg(a, 'folderYear')}" chứa tệp.`,
    hint: (a) => `Nếu đây là báo cáo năm ${arg(a, 'folderYear')}, sửa thành "year: ${arg(a, 'folderYear')}"; nếu không, chuyển tệp sang thư mục ${arg(a, 'year')}.`,
  },
  'report-submitted-future': {
    message: (a) => `Ngày ký ${date(a, 'submitted')} là một ngày trong tương lai (hôm nay là ${date(a, 'today')}).`,
    hint: (a) => `Ghi đúng ngày ký văn bản báo cáo theo thứ tự ngày/tháng/năm${typeof a['example'] === 'string' ? `, ví dụ ${dateExample(a)}` : ''}. Kiểm tra xem có ghi nhầm năm, hoặc đảo ngày và tháng không.`,
  },
  'report-submitted-before-year': {
    message: (a) => `Ngày ký ${date(a, 'submitted')} ở trước năm báo cáo ${arg(a, 'year')}: báo cáo năm ${arg(a, 'year')} không thể ký trước ngày 01/01/${arg(a, 'year')}.`,
    hint: () => 'Có thể tệp được chép từ báo cáo năm trước mà chưa sửa ngày ký; sửa lại "submitted" (hoặc "year" nếu năm báo cáo ghi sai).',
  },
  'report-submitted-long-after': {
    message: (a) => `Ngày ký ${date(a, 'submitted')} ở sau ngày ${date(a, 'limit')}, quá xa so với năm báo cáo ${arg(a, 'year')}.`,
    hint: (a) => `Kiểm tra lại năm trong ngày ký ("submitted"), ví dụ 18/11/${arg(a, 'year')}, hoặc năm báo cáo ("year").`,
  },
  'report-date-out-of-range': {
    message: (a) => `Ngày ${date(a, 'date')} nằm ngoài khoảng thời gian của kế hoạch (từ ${date(a, 'from')} đến ${date(a, 'until')}).`,
    hint: () => 'Kiểm tra lại ngày, tháng và nhất là năm (ghi đủ 4 chữ số, theo thứ tự ngày/tháng/năm).',
  },
  'report-period-order': {
    message: (a) => `Thời gian chốt số liệu bị ngược: ngày bắt đầu ${date(a, 'from')} ở sau ngày kết thúc ${date(a, 'to')}.`,
    hint: () => 'Kiểm tra lại hai ngày; có thể đã ghi đảo "from" (từ ngày) và "to" (đến ngày).',
  },
  'report-unknown-task': {
    message: (a) => `Không có nhiệm vụ nào mang mã "${arg(a, 'id')}" trong kế hoạch.`,
    hint: (a) =>
      arg(a, 'suggestion')
        ? `Có phải ý là "${arg(a, 'suggestion')}"?`
        : `Xem mã các nhiệm vụ của đơn vị bằng lệnh "kt-bio plan${arg(a, 'agency') ? ` --agency ${arg(a, 'agency')}` : ''}${arg(a, 'options')}".`,
  },
  'report-task-id-spelling': {
    message: (a) => `Mã "${arg(a, 'id')}" được hiểu là nhiệm vụ ${arg(a, 'planId')} của kế hoạch${arg(a, 'title') ? ` (${arg(a, 'title')})` : ''}.`,
    hint: (a) => `Không cần sửa; kế hoạch ghi mã này là: id: ${arg(a, 'planId')}`,
  },
  'report-task-not-assigned': {
    message: (a) => `Theo kế hoạch, tại ngày ${date(a, 'date')} nhiệm vụ ${arg(a, 'id')} không được giao cho ${arg(a, 'name')}.`,
    hint: (a) =>
      (arg(a, 'assigned') ? `Các nhiệm vụ được giao cho đơn vị: ${list(a, 'assigned')}. ` : 'Kế hoạch không giao nhiệm vụ nào cho đơn vị tại ngày này. ') +
      'Kiểm tra lại mã nhiệm vụ; nếu đơn vị thật sự có kết quả về nhiệm vụ này thì có thể giữ lại.',
  },
  'report-task-not-reported': {
    message: (a) => `Báo cáo chưa nhắc đến ${arg(a, 'count')} nhiệm vụ được giao cho đơn vị: ${list(a, 'named', '; ')}. Báo cáo tổng hợp sẽ ghi "không báo cáo" cho các nhiệm vụ này.`,
    hint: (a) => `Với mỗi nhiệm vụ trên, thêm một mục vào "tasks", ví dụ "- id: ${arg(a, 'first')}", với "status" và "results". Nhiệm vụ chưa triển khai thì ghi "status: not_started" và nêu lý do.`,
  },

  'report-duplicate-task': {
    message: (a) => `Nhiệm vụ ${arg(a, 'id')} được báo cáo hai lần (lần đầu ở dòng ${arg(a, 'firstLine')}).`,
    hint: () => 'Gộp nội dung hai mục vào một mục và xóa mục thừa.',
  },
  'report-completed-recurring': {
    message: (a) => `Theo kế hoạch, nhiệm vụ ${arg(a, 'id')} được thực hiện "${arg(a, 'label')}", nên không ghi trạng thái "completed" (đã hoàn thành).`,
    hint: () => 'Ghi "status: ongoing" (đang thực hiện thường xuyên) và nêu kết quả trong năm ở "results".',
  },
  'report-completed-on-not-completed': {
    message: (a) => `Nhiệm vụ ${arg(a, 'id')} có ngày hoàn thành ("completed_on") nhưng trạng thái là "${arg(a, 'status')}" (${statusVi(arg(a, 'status'))}), không phải "completed".`,
    hint: () => 'Nếu nhiệm vụ đã hoàn thành, ghi "status: completed"; nếu chưa, xóa dòng "completed_on".',
  },
  'report-completed-after-submitted': {
    message: (a) => `Ngày hoàn thành nhiệm vụ ${arg(a, 'id')} (${date(a, 'completedOn')}) ở sau ngày ký báo cáo (${date(a, 'submitted')}).`,
    hint: () => 'Kiểm tra lại hai ngày. Nếu đến ngày ký nhiệm vụ chưa xong, ghi "status: in_progress" và xóa dòng "completed_on".',
  },
  'report-completed-no-date': {
    message: (a) => `Nhiệm vụ ${arg(a, 'id')} có thời hạn và đã hoàn thành ("completed") nhưng chưa ghi ngày hoàn thành ("completed_on").`,
    hint: (a) => `Thêm dòng "completed_on:" với ngày hoàn thành, ví dụ completed_on: 20/6/${arg(a, 'year')}.`,
  },
  'report-no-results': {
    message: (a) => `Nhiệm vụ ${arg(a, 'id')} có trạng thái "${arg(a, 'status')}" (${statusVi(arg(a, 'status'))}) nhưng chưa ghi kết quả thực hiện ("results").`,
    hint: () => 'Thêm dòng "results:" trong mục của nhiệm vụ và tóm tắt kết quả đã đạt được trong năm.',
  },
  'report-unknown-funding': {
    message: (a) => `Nguồn kinh phí "${arg(a, 'source')}" không có trong danh mục nguồn kinh phí của kế hoạch (${planFile(a, 'fundingFile', 'funding.yaml')}).`,
    hint: (a) => (arg(a, 'suggestion') ? `Có phải ý là "${arg(a, 'suggestion')}"? Các nguồn: ${list(a, 'allowed', '; ')}.` : `Chỉ dùng các nguồn: ${list(a, 'allowed', '; ')}.`),
  },
};
