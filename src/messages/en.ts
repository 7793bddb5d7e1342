// English messages (--lang en).
import type { Catalogue } from './entry.js';
import type { MessageArgs } from '../diagnostics/diagnostic.js';
import { arg, dateArg, list, planFile, typeNames } from './entry.js';
import { formatDateNumeric } from '../text/calendar.js';

const TYPE_EN: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of "name: value" lines, indented',
  array: 'a list (one "- " item a line)',
  null: 'empty',
};
const typeEn = (t: string): string => typeNames(t, TYPE_EN, ' or ');

const date = dateArg;
/** Line numbers, with "and N more" when the list was cut short. */
const lines = (a: MessageArgs): string => `${(a['lines'] as readonly string[] | undefined)?.length === 1 && !Number(a['more']) ? 'line' : 'lines'} ${list(a, 'lines')}${Number(a['more'] ?? 0) > 0 ? ` and ${String(a['more'])} more lines` : ''}`;

/** How to write a date, with the example date of the plan's own cycle when the args give one. */
const dateExample = (a: Parameters<typeof arg>[0]): string => (typeof a['example'] === 'string' ? `${formatDateNumeric(a['example'])} (or ${a['example']})` : '25/03/2025 (or 2025-03-25)');

/** A date argument (ISO) as this language writes it. */
const day = (a: Parameters<typeof arg>[0], key: string): string => (typeof a[key] === 'string' ? formatDateNumeric(a[key] as string) : '');

const REASON_EN: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a link that points back to itself',
  EBUSY: 'in use by another program',
  EIO: 'a disk read error',
  EMFILE: 'too many open files',
};
const SPECIAL_EN: Record<string, string> = {
  fifo: 'a pipe (FIFO)',
  'character-device': 'a device',
  'block-device': 'a disk device',
  folder: 'a folder',
  socket: 'a socket',
};
const reasonEn = (r: string): string => (REASON_EN[r] ? `${REASON_EN[r]}, ${r}` : r);

export const en: Catalogue = {
  'file-not-found': { message: (a) => `No such file or folder: "${arg(a, 'path')}".`, hint: () => 'Check the path and the file name.' },
  'file-unreadable': {
    message: (a) => `Cannot read "${arg(a, 'path')}" (${reasonEn(arg(a, 'reason'))}).`,
    hint: (a) => (arg(a, 'reason') === 'is a folder' ? 'Name the report file (.yaml), or leave this folder out.' : 'Check the file permissions, or copy the file elsewhere and try again.'),
  },
  'folder-unreadable': { message: (a) => `Cannot read the folder "${arg(a, 'path')}" (${reasonEn(arg(a, 'reason'))}).`, hint: () => 'Check the folder permissions, or copy the reports to another folder and try again.' },
  'file-not-regular': {
    message: (a) => `"${arg(a, 'path')}" is not a regular file but ${SPECIAL_EN[arg(a, 'kind')] ?? 'a special system entry'}; kt-bio does not read it.`,
    hint: () => 'Put the real .yaml report here (saved from Notepad), or take this entry out of the reports folder.',
  },
  'file-link-outside': {
    message: (a) => `"${arg(a, 'path')}" is a link leading out of the reports folder, to "${arg(a, 'target')}"; kt-bio read that file.`,
    hint: () => 'If it is the unit\'s report, copy the real file into the reports folder in place of the link; otherwise delete the link.',
  },
  'file-extra-extension': {
    message: (a) => `The file name "${arg(a, 'path')}" has an extra .txt (Notepad adds it when saving); kt-bio reads the file as a report all the same.`,
    hint: (a) => `Rename the file to "${arg(a, 'rename')}" (in Notepad: File > Save As..., "Save as type" set to "All Files", name ${arg(a, 'rename')}).`,
  },
  'file-too-large': {
    message: (a) => `The file is too large (${arg(a, 'size')} bytes); a report cannot exceed ${arg(a, 'limit')} bytes.`,
    hint: () => 'This is probably the wrong file. A report holds text only: no pictures or spreadsheets.',
  },
  'file-empty': { message: () => 'The file has no content (it is empty, or holds only "#" comment lines).', hint: () => 'Fill in the form sent to your unit (or create one with "kt-bio template") and save it.' },
  'file-binary': { message: () => 'This is not a text file (perhaps Word, Excel, PDF or a picture).', hint: () => 'A report is a plain-text .yaml file, written in Notepad or any plain-text editor.' },
  'file-utf16': {
    message: (a) => `The file is saved as UTF-16 (${arg(a, 'endianness') === 'be' ? 'big-endian' : 'little-endian'}), not UTF-8.`,
    hint: () => 'In Notepad use File > Save As..., choose Encoding "UTF-8" and save.',
  },
  'file-not-utf8': {
    message: (a) => {
      const guess = arg(a, 'guess');
      const enc =
        guess === 'tcvn3' ? 'the TCVN3 (ABC, .VnTime fonts) encoding' : guess === 'vni' ? 'the VNI (VNI-Times fonts) encoding' : guess === 'windows-1258' ? 'Windows-1258' : 'a legacy encoding';
      return `The file is not UTF-8: it looks like text typed in ${enc}.`;
    },
    hint: () => 'Convert the text to Unicode (e.g. with Unikey\'s converter) and save the file with Encoding "UTF-8".',
  },
  'legacy-font-text': {
    message: (a) => `"${arg(a, 'sample')}" is text typed in the ${arg(a, 'guess') === 'vni' ? 'VNI (VNI-Times)' : 'TCVN3 (.VnTime)'} encoding and pasted here; it would print as garbage.`,
    hint: () => 'Convert the original text to Unicode (Unikey\'s converter: source TCVN3 or VNI, target Unicode) and paste it again.',
  },
  'file-utf7': {
    message: (a) => `The file is saved as UTF-7: accented letters are written as sequences like "${arg(a, 'sample')}" (which reads "${arg(a, 'decoded')}"); the printed report would show them garbled.`,
    hint: () => 'Save the original text again as UTF-8 (in Word: File > Save As, Plain Text, encoding "Unicode (UTF-8)", not "Unicode (UTF-7)"), or paste it into Notepad and save with Encoding "UTF-8".',
  },
  'text-viqr': {
    message: (a) => `Accented letters are typed in VIQR (marks written as characters such as ' \` ? ~ . ^ ( +), e.g. "${arg(a, 'sample')}" (which reads "${arg(a, 'decoded')}"); the printed report would show those characters instead of the marks.`,
    hint: () => "Convert the text to Unicode with Unikey's converter (source VIQR, target Unicode) and paste it back; or type it again with Unikey set to Unicode.",
  },
  'file-internal-error': {
    message: () => `kt-bio failed while reading this file, so it is not checked; the other files are checked as usual.`,
    hint: () => 'Send this file to whoever maintains kt-bio. Meanwhile, compare it with the form and remove what differs from it.',
  },
  'yaml-syntax': { message: (a) => `YAML syntax error: ${arg(a, 'detail')}.`, hint: () => 'Compare with the form: one "name: value" a line, list items start with "- ", indent with spaces.' },
  'yaml-tab-indent': { message: () => 'This line is indented with a Tab; YAML allows only spaces.', hint: () => 'Replace the Tab at the start of the line with spaces (usually 2 per level).' },
  'yaml-missing-colon': { message: () => 'A colon ":" is missing after the field name.', hint: () => 'Write "name: value", e.g. "agency: so-yte" (one space after the colon).' },
  'yaml-colon-in-value': {
    message: () => 'The value contains a colon and a space ": ", so it reads as a new field.',
    hint: () => 'Put the whole text in double quotes, e.g. results: "Result: done", or write "results: |" and the text on the next lines, indented.',
  },
  'yaml-unclosed-quote': { message: (a) => `The quote ${arg(a, 'quote')} opened here is never closed.`, hint: (a) => `Add ${arg(a, 'quote')} at the end of the text, or remove the opening quote.` },
  'yaml-bad-indent': {
    message: (a) =>
      a['found'] === undefined
        ? 'Wrong indentation: fields of the same level must start in the same column.'
        : `Wrong indentation: this line starts with ${arg(a, 'found')} spaces, the fields of its group above with ${arg(a, 'expected')}.`,
    hint: (a) => (a['expected'] === undefined ? 'Line this up with the fields above it at the same level (count the leading spaces).' : `Start the line with exactly ${arg(a, 'expected')} spaces, in line with the fields above.`),
  },
  'yaml-missing-dash': { message: () => 'A list item lacks its "- " dash.', hint: () => 'Every list item starts with "- " (a hyphen and a space), in the same column as the others.' },
  'yaml-forgotten-dash': {
    message: (a) => `A "- " seems to be missing before "${arg(a, 'key')}:" on line ${arg(a, 'line')}: this task has merged into the one above.`,
    hint: (a) => `Add "- " (a dash and a space) before "${arg(a, 'key')}:" on line ${arg(a, 'line')}, in line with the other tasks' dashes. Do not delete any line.`,
  },
  'yaml-block-not-indented': {
    message: (a) => `The text of "${arg(a, 'key')}: |" (line ${arg(a, 'line')}) must be indented deeper than "${arg(a, 'key')}".`,
    hint: (a) => `Add spaces at the start of this line (and the text lines after it) so that the text starts at column ${Number(a['indent'] ?? 0) + 1}, deeper than "${arg(a, 'key')}".`,
  },
  'yaml-value-start': {
    message: (a) => `The text of "${arg(a, 'key')}" starts with "${arg(a, 'char')}", which has a meaning of its own in YAML.`,
    hint: (a) => `Keep the words and write two lines: "${arg(a, 'key')}: |", then below, indented ${Number(a['indent'] ?? 0)} spaces: ${arg(a, 'value')}`,
  },
  'yaml-inner-quotes': {
    message: (a) => `The text of "${arg(a, 'key')}" has double quotes at its start or inside, so YAML misreads where it ends.`,
    hint: (a) => `Keep the words and write two lines: "${arg(a, 'key')}: |", then below, indented ${Number(a['indent'] ?? 0)} spaces: ${arg(a, 'value')}`,
  },
  'yaml-no-space-after-colon': {
    message: (a) => `A space is missing after the colon of "${arg(a, 'key')}".`,
    hint: (a) => `Add a space after the colon: ${arg(a, 'key')}: ${arg(a, 'value')}`,
  },
  'yaml-nbsp': {
    message: (a) => `The colon of "${arg(a, 'key')}" is followed by a no-break space (often pasted from Word); it looks like a space but YAML does not take it as one.`,
    hint: () => 'Delete the blank after the colon and type a space with the space bar.',
  },
  'yaml-duplicate-key': { message: (a) => `The field "${arg(a, 'key')}" appears twice in the same group.`, hint: () => 'Keep one and delete the other (merge the text into one field if needed).' },
  'yaml-multiple-documents': { message: () => 'A "---" line splits the file into several documents; a file holds one report.', hint: () => 'Remove the "---" line, or put each report in its own file.' },
  'yaml-alias-limit': { message: (a) => `The file uses too many YAML aliases ("*"), over the limit of ${arg(a, 'limit')}.`, hint: () => 'Write the content out; do not use "&" and "*".' },
  'yaml-recursive-alias': {
    message: () => 'A YAML alias ("*") refers to the very block that contains it, so the content never ends.',
    hint: () => 'Remove the "&name" and "*name" marks and write the content out.',
  },
  'yaml-too-deep': {
    message: (a) => `The content is nested too deep (over ${arg(a, 'limit')} levels of brackets or indentation); a report needs a few.`,
    hint: () => 'Check the brackets [ ] { } here: each opening one needs a closing one. For long text write "results: |", then the text on the next lines, indented.',
  },
  'yaml-tag': {
    message: (a) => `Reports do not use YAML tags such as "${arg(a, 'tag')}" (words starting with "!" before a value).`,
    hint: () => 'Remove the tag that starts with "!" and keep the value; if the "!" belongs to the text, put the whole text in double quotes.',
  },
  'yaml-merge-key': {
    message: () => 'Reports do not use the YAML merge key "<<:".',
    hint: () => 'Remove the "<<: ..." line and write the fields this block needs directly.',
  },
  'yaml-not-a-map': { message: (a) => `The file must hold "name: value" lines, but it holds ${typeEn(arg(a, 'actual'))}.`, hint: () => 'Copy the content into the form sent to your unit (or create one with "kt-bio template").' },
  'missing-field': {
    message: (a) => `The required field "${arg(a, 'field')}" is missing${arg(a, 'parent') ? ` in "${arg(a, 'parent')}"` : ''}.`,
    hint: (a) => (arg(a, 'example') ? `Add the line: ${arg(a, 'example')}` : `Add a line "${arg(a, 'field')}: ..." here.`),
  },
  'unknown-field': {
    message: (a) => `"${arg(a, 'field')}" is not a field of ${arg(a, 'in') === 'plan' ? "the plan's file format" : 'the form'}.`,
    hint: (a) => (arg(a, 'suggestion') ? `Did you mean "${arg(a, 'suggestion')}"? Allowed fields: ${list(a, 'allowed')}.` : `Allowed fields here: ${list(a, 'allowed')}.`),
  },
  'wrong-type': {
    message: (a) => `"${arg(a, 'field')}" must be ${typeEn(arg(a, 'expected'))}, not ${typeEn(arg(a, 'actual'))}.`,
    hint: (a) => (arg(a, 'example') ? `For example: ${arg(a, 'example')}` : 'See the form.'),
  },
  'not-allowed-value': { message: (a) => `"${arg(a, 'value')}" is not a valid value of "${arg(a, 'field')}".`, hint: (a) => `${arg(a, 'suggestion') ? `Did you mean "${arg(a, 'suggestion')}"? ` : ''}Write one of: ${list(a, 'allowed')}.` },
  'wrong-value': { message: (a) => `"${arg(a, 'field')}" must be "${arg(a, 'expected')}".`, hint: (a) => `Write: ${arg(a, 'field')}: ${arg(a, 'expected')}` },
  'bad-format': {
    message: (a) => `The value "${arg(a, 'value')}" of "${arg(a, 'field')}" is badly formed.`,
    hint: (a) => (arg(a, 'example') ? `For example: ${arg(a, 'example')}` : 'Use lower-case letters without accents, digits and hyphens, e.g. so-yte.'),
  },
  'empty-text': { message: (a) => `"${arg(a, 'field')}" must not be empty.`, hint: () => 'Write the text after the colon.' },
  'out-of-range': { message: (a) => `The value ${arg(a, 'value')} of "${arg(a, 'field')}" is out of range (${arg(a, 'limit')}).`, hint: () => 'Check the number.' },
  'empty-list': { message: (a) => `The list "${arg(a, 'field')}" needs at least ${arg(a, 'limit')} item(s).`, hint: () => 'Add items, one a line starting with "- ".' },
  'invalid-date': { message: (a) => `"${arg(a, 'value')}" is not a valid date.`, hint: (a) => (typeof a['example'] === 'string' ? `Write day/month/year, e.g. ${dateExample(a)}.` : 'Write day/month/year (a four-digit year), or year-month-day.') },
  'impossible-date': {
    message: (a) =>
      arg(a, 'daysInMonth')
        ? `${arg(a, 'value')} is not a real date: ${arg(a, 'month')}/${arg(a, 'year')} has only ${arg(a, 'daysInMonth')} days.`
        : `${arg(a, 'value')} is not a real date: the month must be 1 to 12.`,
    hint: () => 'Check the day and the month (the order is day/month/year).',
  },
  'invalid-money': {
    message: (a) => {
      const r = arg(a, 'reason');
      const why =
        r === 'decimal' ? 'amounts are whole đồng, without decimals' :
        r === 'negative' ? 'amounts cannot be negative' :
        r === 'words' ? 'write the full number in digits, not "triệu", "tỷ" or "đồng"' :
        'the amount is badly formed';
      return `The amount "${arg(a, 'value')}" is invalid: ${why}.`;
    },
    hint: (a) =>
      arg(a, 'dong')
        ? `Write ${arg(a, 'dong')} ("${arg(a, 'value')}" in đồng). Amounts are always whole đồng; write 0 when nothing was spent.`
        : 'Write whole đồng, e.g. 350000000, 350.000.000 or 350 000 000 (350 million đồng). Write 0 when nothing was spent.',
  },
  'number-format': {
    message: (a) =>
      `The number "${arg(a, 'value')}" of "${arg(a, 'field')}" is written ${arg(a, 'reason') === 'exponent' ? 'with an exponent (e)' : 'in another base (0x, 0o, 0b)'}; reports write numbers in plain digits.`,
    hint: () => 'Write the number out in digits, e.g. 1250 or 1.250 (a dot between thousands).',
  },
  'number-too-large': {
    message: (a) => `The number "${arg(a, 'value')}" of "${arg(a, 'field')}" is too large for exact arithmetic (15 digits at most).`,
    hint: () => 'Check the number: a digit may have been typed twice.',
  },
  'schema-other': { message: (a) => `"${arg(a, 'field')}" is invalid (${arg(a, 'detail')}).`, hint: () => 'See the form.' },
  'plan-duplicate-id': { message: (a) => `The id "${arg(a, 'id')}" is used twice (first at ${arg(a, 'first')}).`, hint: () => 'Each id names one unit, group or task; give the new entry another id.' },
  'plan-unknown-id': {
    message: (a) => `The id "${arg(a, 'id')}" is not in the ${arg(a, 'kind') === 'section' ? "plan's sections" : `units and groups (${planFile(a, 'registry', 'units.yaml')})`}.`,
    hint: (a) => (arg(a, 'suggestion') ? `Did you mean "${arg(a, 'suggestion')}"?` : `Add the unit to ${planFile(a, 'registry', 'units.yaml')} or correct the id.`),
  },
  'plan-unknown-section': { message: (a) => `The section "${arg(a, 'id')}" is not in "sections".`, hint: (a) => `Add it to "sections" in ${planFile(a, 'tasksFile', 'tasks.yaml')} or correct the id.` },
  'plan-bad-lifetime': { message: (a) => `"${arg(a, 'id')}": it ends (${arg(a, 'until')}) before it starts (${arg(a, 'from')}).`, hint: () => 'Correct "from" or "until".' },
  'plan-no-issuer': {
    message: (a) => `${planFile(a, 'issuersFile', 'issuers.yaml')} has no issuer for ${arg(a, 'date')}.`,
    hint: (a) => `Add an entry to ${planFile(a, 'issuersFile', 'issuers.yaml')} whose "from"/"until" cover this date.`,
  },
  'plan-not-found': {
    message: (a) => `No plan data (plan.yaml) in the folder "${arg(a, 'path')}".`,
    hint: () => 'Run the command in the department\'s working folder (one with plan/, set up by kt-bio init <folder>), or name it with --plan <folder>, or set the environment variable KT_BIO_HOME to the working folder.',
  },
  'plan-broken': { message: (a) => `The plan data (${arg(a, 'path')}) has errors; fix them and run again.` },
  'plan-location': {
    message: (a) =>
      arg(a, 'source') === 'shipped'
        ? `Using the plan shipped with kt-bio: ${arg(a, 'path')}.`
        : arg(a, 'source') === 'env'
          ? `Using the plan of the working folder KT_BIO_HOME: ${arg(a, 'path')}.`
          : `Using the plan of a parent folder: ${arg(a, 'path')}.`,
  },
  'plan-unknown-period': {
    message: (a) => `The plan has no reporting period "${arg(a, 'id')}" (${planFile(a, 'reportingFile', 'reporting.yaml')}, "periods").`,
    hint: (a) =>
      `${arg(a, 'suggestion') ? `Did you mean "${arg(a, 'suggestion')}"? ` : ''}${list(a, 'periods') ? `Its periods: ${list(a, 'periods', '; ')}; without --period, the yearly report.` : 'The plan has the yearly report only: leave out --period.'}`,
  },
  'request-id-mismatch': {
    message: (a) => `The request id "${arg(a, 'id')}" differs from the file name (${arg(a, 'expected')}.yaml).`,
    hint: (a) => `Write "id: ${arg(a, 'expected')}", or rename the file ${arg(a, 'id')}.yaml.`,
  },
  'request-not-found': {
    message: (a) => `No request "${arg(a, 'id')}" (${arg(a, 'file')}).`,
    hint: (a) => (arg(a, 'known') ? `Requests there: ${list(a, 'known')}.` : 'Add the request file to requests/ (see plan/schema/request.schema.json).'),
  },
  'request-year-or-request': {
    message: () => 'Give --year <year> (the yearly cycle) or --request <request id> (an ad hoc request).',
    hint: () => 'E.g. --year 2024, or --request bao-cao-6-thang-2025 (the file requests/bao-cao-6-thang-2025.yaml).',
  },
  'request-year-differs': {
    message: (a) => `--year ${arg(a, 'year')}: the request "${arg(a, 'id')}" is for ${arg(a, 'requestYear')}.`,
    hint: () => 'Leave --year out (the request file gives the year), or correct it.',
  },
  'request-unit-not-asked': {
    message: (a) => `The request "${arg(a, 'id')}" does not ask "${arg(a, 'unit')}" to report.`,
    hint: (a) => `The units asked: ${list(a, 'asked')}; or use --all.`,
  },
  'request-with-period': {
    message: () => '--request and --period do not go together: an ad hoc request has its own deadline and units.',
    hint: () => 'Leave one of them out.',
  },
  'cycle-late': {
    message: (a) => `${arg(a, 'unit')} submitted its report on ${day(a, 'submitted')}, ${arg(a, 'days')} day(s) after the deadline ${day(a, 'deadline')}.`,
  },
  'cycle-missing': {
    message: (a) =>
      Number(a.days) > 0
        ? `${arg(a, 'unit')} has sent no report; the deadline ${day(a, 'deadline')} passed ${arg(a, 'days')} day(s) ago.`
        : `${arg(a, 'unit')} has sent no report yet (deadline ${day(a, 'deadline')}).`,
    hint: (a) => `Remind the unit; its form: kt-bio template ${arg(a, 'unitId')} --year ${arg(a, 'year')}${arg(a, 'options')}`,
  },
  'cycle-blank': {
    message: (a) => `${arg(a, 'unit')} sent only the blank form (${arg(a, 'file')}); it does not count as a report.`,
    hint: (a) => `Ask the unit to fill it in and send it again; what is left: kt-bio validate ${arg(a, 'file')}${arg(a, 'options')}`,
  },
  'cycle-invalid': {
    message: (a) => `The report of ${arg(a, 'unit')} (${arg(a, 'file')}) has errors and is not counted.`,
    hint: (a) => `Errors and how to fix them: kt-bio validate ${arg(a, 'file')}${arg(a, 'options')}`,
  },
  'cycle-stray-file': {
    message: (a) => {
      const who = arg(a, 'agencyName') || arg(a, 'agency');
      const why: Record<string, string> = {
        no_agency: 'Cannot tell which unit this file is from (no readable "agency", and the file name is not a unit id).',
        unknown_agency: `The unit id "${arg(a, 'agency')}" is not in the plan (${planFile(a, 'unitsFile', 'units.yaml')}).`,
        ended: `${who} had ended by the ${arg(a, 'expectedYear')} deadline; its tasks passed to ${list(a, 'successors')}.`,
        not_yet_in_office: `${who} was not yet in office on the ${arg(a, 'expectedYear')} deadline.`,
        no_tasks: `The plan gives ${who} no task in ${arg(a, 'expectedYear')}.`,
        other_year: `This is a report for ${arg(a, 'year')}, not ${arg(a, 'expectedYear')}.`,
        other_request: arg(a, 'request') ? `This report answers the request "${arg(a, 'request')}", not the one checked.` : 'This is a yearly report, without the "request" of the request checked.',
      };
      return `${why[arg(a, 'reason')] ?? ''} The file counts for no unit.`;
    },
    hint: (a) => {
      const r = arg(a, 'reason');
      if (r === 'ended') return 'This year the unit that took over the tasks reports.';
      if (r === 'other_year') return `Move the file to the reports folder of ${arg(a, 'year')}.`;
      if (r === 'other_request') return arg(a, 'request') ? `Move the file to the request's folder (reports/requests/${arg(a, 'request')}/).` : 'An answer to an ad hoc request gives "request: <request id>" and sits in that request\'s folder.';
      if (r === 'unknown_agency' || r === 'no_agency') return `Write the unit's id in "agency" (see the ids with "kt-bio plan${arg(a, 'options')}").`;
      return `If the unit has tasks this year, add them to ${planFile(a, 'tasksFile', 'tasks.yaml')}; otherwise remove the file from the folder.`;
    },
  },
  'cycle-task-overdue': {
    message: (a) => `Task ${arg(a, 'taskId')} (due ${day(a, 'due')}): ${arg(a, 'unit')} has not reported it completed; ${arg(a, 'days')} day(s) overdue.`,
  },
  'cycle-empty-group': {
    message: (a) =>
      `The group "${arg(a, 'group')}" has no units in the data for ${arg(a, 'year')}: nobody can be asked to report on its tasks ${list(a, 'tasks')}, and the units expected to report do not include it (it is not counted as missing).`,
    hint: (a) => `Add the group's units in: ${arg(a, 'whereToAdd') || planFile(a, 'unitsFile', 'units.yaml')}`,
  },
  // the compiled summary
  'compile-setting-missing': {
    message: (a) => `"${arg(a, 'field')}" is not set in the settings of the summary report (${list(a, 'files')}).`,
    hint: (a) =>
      `Add "${arg(a, 'field')}" to ${arg(a, 'yearFile') ? `the year's settings ${arg(a, 'yearFile')} (create it if missing) or ` : ''}${list(a, 'files', ' or ')}${arg(a, 'flag') ? `, or use ${arg(a, 'flag')}` : ''}.`,
  },
  'compile-before-deadline': {
    message: (a) =>
      `The units' deadline (${day(a, 'deadline')}) has not passed (today is ${day(a, 'today')}): units may still report, so the ${arg(a, 'year')} summary may be incomplete (${arg(a, 'reported')} of ${arg(a, 'expected')} units have reported).`,
    hint: (a) => `Compile again after ${day(a, 'deadline')}.`,
  },
  'compile-after-deadline': {
    message: (a) => `The deadline of the ${arg(a, 'year')} summary report (${day(a, 'deadline')}) passed ${arg(a, 'days')} day(s) ago.`,
    hint: () => 'Have it signed and sent soon.',
  },
  'compile-template-error': {
    message: (a) => `The template ${arg(a, 'template')} has an error: ${arg(a, 'detail')}`,
    hint: () => 'Fix the template (Handlebars syntax); the fields it can use are listed at the top of each template and in the README.',
  },
  'compile-output-in-reports': {
    message: (a) => `The summary is not written into the units' reports folder (${arg(a, 'reports')}): ${arg(a, 'output')}.`,
    hint: (a) => `Choose another place with -o, e.g. -o out/bao-cao-tong-hop-${arg(a, 'year')}.docx.`,
  },
  'compile-write-failed': {
    message: (a) => `Could not write ${arg(a, 'output')} (${arg(a, 'reason')}); the previous file, if any, is unchanged.`,
    hint: () => 'Check that the folder exists, has free space and is writable, and that the file is not open in Word.',
  },
  'compile-not-written': {
    message: (a) => `--strict: ${arg(a, 'count')} report file(s) have errors or are still blank forms, so no summary was written.`,
    hint: () => 'Fix the files above (see their errors with kt-bio validate <file>) and run again; without --strict the summary is written without them.',
  },
  'output-empty': {
    message: () => 'The path after -o is empty.',
    hint: () => 'Give the file or folder to write after -o, e.g. -o out/ or -o report.docx; leave -o out for the default place.',
  },
  'output-root': {
    message: (a) => `Not writing into the root folder of a disk (${arg(a, 'output')}).`,
    hint: () => 'Choose a folder of its own, e.g. -o out/.',
  },
  'output-not-regular': {
    message: (a) => `Cannot write "${arg(a, 'output')}": it is ${SPECIAL_EN[arg(a, 'kind')] ?? 'a special system entry'}, not a regular file; kt-bio does not replace it.`,
    hint: () => 'Choose another file name with -o.',
  },
  'output-link': {
    message: (a) => `Not writing "${arg(a, 'output')}": it is a link to "${arg(a, 'target')}", and kt-bio writes through a link only when you name it.`,
    hint: (a) => `Delete the link if it is not needed, or write through it by naming it: -o ${arg(a, 'output')}.`,
  },
  'compile-draft': {
    message: (a) => `The ${arg(a, 'year')} summary is a draft: no ${list(a, 'fields')} yet; the signer's name line is left blank.`,
    hint: (a) => `Write these fields in ${arg(a, 'yearFile')} (kt-bio init writes it with every field explained), or use --number, --signer-name, and compile again.`,
  },
  'compile-no-reports': {
    message: (a) => `No valid report for ${arg(a, 'year')} in ${arg(a, 'folder')}: the summary only says that no unit reported.`,
    hint: (a) => `Check the year (--year) and the reports folder (--reports); see where things stand with kt-bio check${arg(a, 'options')}`,
  },
  'compile-output-exists': {
    message: (a) => `${arg(a, 'output')} exists and was not written by kt-bio; not overwritten.`,
    hint: () => 'Choose another name with -o, or add --force if you really mean to overwrite it.',
  },
  'compile-output-edited': {
    message: (a) => `${arg(a, 'output')} was edited after kt-bio wrote it; not overwritten, so the edits are not lost.`,
    hint: () => 'Choose another name with -o, or add --force if you really mean to overwrite it.',
  },
  'remind-by-before-date': {
    message: (a) => `--by: ${day(a, 'by')} is before the letter's date (${day(a, 'date')}); no unit could make it.`,
    hint: () => "Give a day after the letter's date (--date, today by default), or leave --by out to let kt-bio choose.",
  },
  'remind-output-in-reports': {
    message: (a) => `The reminder letter is not written into the units' reports folder (${arg(a, 'reports')}): ${arg(a, 'output')}.`,
    hint: () => 'Choose another place with -o, e.g. -o out/don-doc.docx.',
  },
  'remind-output-exists': {
    message: (a) => `${arg(a, 'output')} exists; not overwritten.`,
    hint: () => 'Choose another name or folder with -o, or add --force if you really mean to overwrite it.',
  },
  'remind-write-failed': {
    message: (a) => `Could not write ${arg(a, 'output')} (${arg(a, 'reason')}); the previous file, if any, is unchanged.`,
    hint: () => 'Check that the folder exists, has free space and is writable, and that the file is not open in Word.',
  },
  // the form of a unit
  'template-unit-or-all': { message: () => 'Give a unit id (e.g. kt-bio template so-yte --year 2025) or --all.' },
  'template-unit-and-all': { message: () => 'Give a unit id or --all, not both.' },
  'template-all-needs-folder': { message: () => '--all (or a group id) needs -o <folder>, to write one file per unit.' },
  'template-unknown-unit': {
    message: (a) => `No unit or group "${arg(a, 'unit')}" in ${arg(a, 'file')}${arg(a, 'suggestion') ? ` (did you mean "${arg(a, 'suggestion')}"?)` : ''}.`,
    hint: (a) => `List the unit ids with kt-bio plan${arg(a, 'options')}`,
  },
  'template-no-form': { message: (a) => arg(a, 'text') },
  'template-into-reports': {
    message: (a) => `Not writing a form into the reports folder ${arg(a, 'reports')} (${arg(a, 'target')}): an unfilled form there counts as a blank report.`,
    hint: () => 'Choose another place with -o, or add --into-reports if you really mean it.',
  },
  'template-escapes': { message: (a) => `The unit id "${arg(a, 'unit')}" leads outside the folder ${arg(a, 'folder')}; nothing written.` },
  'template-exists': { message: (a) => `${arg(a, 'file')} exists; not overwritten.`, hint: () => 'Add --force to overwrite it, or choose another name with -o.' },
  'template-kept': { message: (a) => `Kept ${arg(a, 'file')} (it exists; add --force to overwrite).` },
  'template-broken': { message: (a) => `The form template ${arg(a, 'file')} is broken: ${arg(a, 'detail')}` },
  'template-no-reporters': { message: (a) => `No unit is expected to report for ${arg(a, 'year')}.` },
  'template-write-failed': { message: (a) => `Cannot write ${arg(a, 'file')} (${arg(a, 'reason')}).` },
  'template-empty-group': {
    message: (a) => `The group "${arg(a, 'group')}" has no units in the data for ${arg(a, 'year')}: no form is written for it (tasks ${list(a, 'tasks')}).`,
    hint: (a) => `Add the group's units in: ${arg(a, 'whereToAdd') || 'plan/units.yaml'}`,
  },
  // a working folder
  'init-kept': { message: (a) => `Kept ${arg(a, 'path')} (it exists).` },
  'init-write-failed': { message: (a) => `Cannot create ${arg(a, 'path')} (${arg(a, 'reason')}).`, hint: () => 'Check write permission and free disk space.' },
  // the command line
  'usage-unknown-option': { message: (a) => `Unknown option ${arg(a, 'option')}${arg(a, 'suggestion') ? ` (did you mean ${arg(a, 'suggestion')}?)` : ''}.` },
  'usage-unknown-command': { message: (a) => `Unknown command "${arg(a, 'command')}"${arg(a, 'suggestion') ? ` (did you mean "${arg(a, 'suggestion')}"?)` : ''}.` },
  'usage-missing-argument': { message: (a) => `Missing ${arg(a, 'argument')}.` },
  'usage-missing-option': { message: (a) => `${arg(a, 'option')} is required.` },
  'usage-option-value-missing': { message: (a) => `${arg(a, 'option')} needs a value.` },
  'usage-too-many-arguments': { message: (a) => `Too many arguments: ${list(a, 'arguments')}.` },
  'usage-conflict': { message: (a) => `${arg(a, 'option')} cannot be used with ${arg(a, 'other')}.` },
  'usage-bad-choice': { message: (a) => `${arg(a, 'option')}: "${arg(a, 'value')}" is not allowed (${list(a, 'choices', ' | ')}).` },
  'usage-bad-year': { message: (a) => `${arg(a, 'option')}: "${arg(a, 'value')}" is not a year (e.g. 2025).` },
  'usage-year-before-plan': {
    message: (a) => `--year: plan ${arg(a, 'number')} was issued on ${day(a, 'issued')}; the first reporting year is ${arg(a, 'first')}, there is no ${arg(a, 'year')} cycle.`,
  },
  'usage-bad-date': { message: (a) => `${arg(a, 'option')}: "${arg(a, 'value')}" is not a valid date (e.g. 05/12/2025 or 2025-12-05).` },
  'usage-date-out-of-range': {
    message: (a) =>
      arg(a, 'reason') === 'future'
        ? `${arg(a, 'option')}: ${day(a, 'date')} is after today (${day(a, 'limit')}).`
        : `${arg(a, 'option')}: ${day(a, 'date')} is before the plan was issued (${day(a, 'limit')}).`,
    hint: () => 'Check the day, month and year.',
  },
  'usage-empty-value': { message: (a) => `${arg(a, 'option')}: no value given.` },
  'usage-unknown-unit': { message: (a) => `${arg(a, 'option')}: no unit "${arg(a, 'unit')}" in ${arg(a, 'file')}${arg(a, 'suggestion') ? ` (did you mean "${arg(a, 'suggestion')}"?)` : ''}.` },
  'usage-not-a-folder': { message: (a) => `${arg(a, 'option')}: "${arg(a, 'path')}" is not a folder.` },
  'usage-other': { message: (a) => arg(a, 'detail') },
  'internal-error': {
    message: (a) => `Internal error in kt-bio: ${arg(a, 'detail')}`,
    hint: () => 'This is a fault of the program, not of the data: please send this whole message to whoever looks after kt-bio.',
  },
  // unit reports
  'report-blank': {
    message: (a) =>
      arg(a, 'reason') === 'no-results'
        ? `The form is still blank: no task has results text ("results"); the tasks are on ${lines(a)}.`
        : `The form is still blank: ${arg(a, 'count')} "<<...>>" placeholder(s) still to replace, on ${lines(a)}.`,
    hint: (a) =>
      arg(a, 'reason') === 'no-results'
        ? 'Write what was done this year on each task\'s "results:" line. For a task not started, write "status: not_started" and say why in "results".'
        : 'Replace each <<...>> with the real content (remove the << and >> too); delete the whole line of an optional field you have nothing for. Then run the check again.',
  },  'report-placeholder-required': {
    message: (a) => `"${arg(a, 'field')}" is not filled in: this line still holds the form's "<<...>>", and the field is required.`,
    hint: (a) => `Replace the whole "<<...>>" (both << and >>) with the value of "${arg(a, 'field')}".`,
  },
  'report-placeholder-left': {
    message: (a) => `${arg(a, 'count')} of the form's "<<...>>" are left, on ${lines(a)}; those fields are taken as left out.`,
    hint: () => 'Where there is something to say, replace the <<...>> with it (removing both << and >>); otherwise delete the line.',
  },
  'report-placeholder-in-text': {
    message: (a) => `"${arg(a, 'field')}" still holds one of the form's "<<...>>"; the text will be printed as it is.`,
    hint: () => 'Replace the <<...>> with the real content (removing both << and >>), keeping the rest of the text.',
  },
  'report-stray-marks': {
    message: (a) => `"${arg(a, 'field')}" still holds a stray "<<" or ">>" of the form.`,
    hint: () => 'Delete the stray << or >>, keeping the rest of the text.',
  },
  'report-hash-in-text': {
    message: (a) => `The text from "#" on ("${arg(a, 'dropped')}") is taken by YAML as a comment and dropped: "${arg(a, 'field')}" keeps only "${arg(a, 'kept')}".`,
    hint: (a) => `Put the whole text in quotes: ${arg(a, 'fix')} (or write "${arg(a, 'field')}: |", then the text on the next lines, indented).`,
  },

  'report-text-too-long': {
    message: (a) => `"${arg(a, 'field')}" is ${arg(a, 'length')} characters long, over the limit of ${arg(a, 'limit')} for one field.`,
    hint: () => 'Shorten it to the main results; send detailed figures in a separate document.',
  },
  'report-line-too-long': {
    message: (a) => `"${arg(a, 'field')}" has a line of ${arg(a, 'length')} characters, over the limit of ${arg(a, 'limit')} for one paragraph.`,
    hint: (a) => `Split the long paragraph: write "${arg(a, 'field')}: |", then one paragraph a line, indented.`,
  },
  'report-unknown-agency': {
    message: (a) => `No unit has the id "${arg(a, 'agency')}" in the plan (${planFile(a, 'unitsFile', 'units.yaml')}).`,
    hint: (a) => (arg(a, 'suggestion') ? `Did you mean "${arg(a, 'suggestion')}"? Write: agency: ${arg(a, 'suggestion')}` : `List the units' ids with "kt-bio plan${arg(a, 'options')}" and write your own unit's id.`),
  },
  'report-agency-is-group': {
    message: (a) => `"${arg(a, 'agency')}" is the id of a group of units (${arg(a, 'name')}), not of one unit.`,
    hint: (a) => `Each unit sends its own report: write your own unit's id in "agency" (see "kt-bio plan${arg(a, 'options')}").`,
  },
  'report-agency-ended': {
    message: (a) => {
      const successors = a['successorNames'] as readonly string[] | undefined;
      const n = successors?.length ?? 0;
      if (n === 1) return `${arg(a, 'name')} merged into ${successors![0]} on ${date(a, 'endedFrom')}; the report is sent by ${successors![0]} (agency: ${list(a, 'successors')}).`;
      if (n > 1) return `${arg(a, 'name')} ceased on ${date(a, 'endedFrom')} and its tasks passed to ${list(a, 'successorNames')}; the report is sent by one of them.`;
      return `${arg(a, 'name')} ceased on ${date(a, 'endedFrom')}, so it cannot sign a report on ${date(a, 'submitted')}.`;
    },
    hint: (a) => {
      const ids = a['successors'] as readonly string[] | undefined;
      if (ids?.length === 1) return `Write "agency: ${ids[0]}" and issue the report under the new unit's name. If the signing date (${date(a, 'submitted')}) is wrong, correct "submitted".`;
      if (ids && ids.length > 1) return `Write the id of the unit that now holds the tasks: ${list(a, 'successors', ' or ')}. If the signing date is wrong, correct "submitted".`;
      return 'The unit that took over the tasks reports; ask the compiling office if unsure. If the signing date is wrong, correct "submitted".';
    },
  },
  'report-agency-not-yet': {
    message: (a) => `${arg(a, 'name')} exists from ${date(a, 'from')}, but the report is signed on ${date(a, 'submitted')}, before that.`,
    hint: (a) =>
      arg(a, 'predecessors')
        ? `Check the signing date ("submitted"). Reports signed before ${date(a, 'from')} come from ${list(a, 'predecessors')}.`
        : 'Check the signing date ("submitted") and the unit id ("agency").',
  },
  'report-year-folder': {
    message: (a) => `The report year ${arg(a, 'year')} does not match the folder "${arg(a, 'folderYear')}" the file is in.`,
    hint: (a) => `If this is the ${arg(a, 'folderYear')} report, write "year: ${arg(a, 'folderYear')}"; otherwise move the file to the folder ${arg(a, 'year')}.`,
  },
  'report-submitted-future': {
    message: (a) => `The signing date ${date(a, 'submitted')} is after today (${date(a, 'today')}).`,
    hint: (a) => `Write the date the report was signed, as day/month/year${typeof a['example'] === 'string' ? `, e.g. ${dateExample(a)}` : ''}. Check the year, and that day and month are not swapped.`,
  },
  'report-submitted-before-year': {
    message: (a) => `The signing date ${date(a, 'submitted')} is before the report year ${arg(a, 'year')}: a ${arg(a, 'year')} report cannot be signed before 01/01/${arg(a, 'year')}.`,
    hint: () => 'The file may have been copied from last year\'s report without updating the date; correct "submitted" (or "year" if that is wrong).',
  },
  'report-submitted-long-after': {
    message: (a) => `The signing date ${date(a, 'submitted')} is after ${date(a, 'limit')}, too long after the report's year ${arg(a, 'year')}.`,
    hint: (a) => `Check the year of the signing date ("submitted"), e.g. 18/11/${arg(a, 'year')}, or the report's year ("year").`,
  },
  'report-date-out-of-range': {
    message: (a) => `The date ${date(a, 'date')} is outside the plan's time (from ${date(a, 'from')} to ${date(a, 'until')}).`,
    hint: () => 'Check the day, month and above all the year (four digits, in the order day/month/year).',
  },
  'report-period-order': {
    message: (a) => `The data period is reversed: it starts on ${date(a, 'from')}, after it ends on ${date(a, 'to')}.`,
    hint: () => 'Check both dates; "from" and "to" may be swapped.',
  },
  'report-unknown-task': {
    message: (a) => `The plan has no task with the id "${arg(a, 'id')}".`,
    hint: (a) => (arg(a, 'suggestion') ? `Did you mean "${arg(a, 'suggestion')}"?` : `List your unit's tasks with "kt-bio plan${arg(a, 'agency') ? ` --agency ${arg(a, 'agency')}` : ''}${arg(a, 'options')}".`),
  },
  'report-task-id-spelling': {
    message: (a) => `"${arg(a, 'id')}" is read as the plan's task ${arg(a, 'planId')}${arg(a, 'title') ? ` (${arg(a, 'title')})` : ''}.`,
    hint: (a) => `Nothing to fix; the plan writes this id as: id: ${arg(a, 'planId')}`,
  },
  'report-task-not-assigned': {
    message: (a) => `On ${date(a, 'date')} the plan does not give task ${arg(a, 'id')} to ${arg(a, 'name')}.`,
    hint: (a) =>
      (arg(a, 'assigned') ? `The unit's tasks: ${list(a, 'assigned')}. ` : 'The plan gives the unit no task on that date. ') +
      'Check the task id; if the unit really has results on this task, it may stay.',
  },
  'report-task-not-reported': {
    message: (a) => `The report does not mention ${arg(a, 'count')} task(s) assigned to the unit: ${list(a, 'named', '; ')}. The summary will say "not reported" for them.`,
    hint: (a) => `For each task above add an entry to "tasks", e.g. "- id: ${arg(a, 'first')}", with "status" and "results". A task not started gets "status: not_started" and the reason.`,
  },

  'report-duplicate-task': {
    message: (a) => `Task ${arg(a, 'id')} is reported twice (first on line ${arg(a, 'firstLine')}).`,
    hint: () => 'Merge the two entries into one and delete the other.',
  },
  'report-completed-recurring': {
    message: (a) => `The plan schedules task ${arg(a, 'id')} as "${arg(a, 'label')}", so it is never "completed".`,
    hint: () => 'Write "status: ongoing" and give the year\'s results in "results".',
  },
  'report-completed-on-not-completed': {
    message: (a) => `Task ${arg(a, 'id')} has a completion date ("completed_on") but its status is "${arg(a, 'status')}", not "completed".`,
    hint: () => 'If the task is done, write "status: completed"; if not, delete the "completed_on" line.',
  },
  'report-completed-after-submitted': {
    message: (a) => `Task ${arg(a, 'id')} is completed on ${date(a, 'completedOn')}, after the report was signed (${date(a, 'submitted')}).`,
    hint: () => 'Check both dates. If the task was not done when the report was signed, write "status: in_progress" and delete "completed_on".',
  },
  'report-completed-no-date': {
    message: (a) => `Task ${arg(a, 'id')} has a due date and is completed, but its completion date ("completed_on") is missing.`,
    hint: (a) => `Add a line "completed_on:" with the date, e.g. completed_on: 20/6/${arg(a, 'year')}.`,
  },
  'report-no-results': {
    message: (a) => `Task ${arg(a, 'id')} has the status "${arg(a, 'status')}" but no results text ("results").`,
    hint: () => 'Add a "results:" line to the task and summarise what was achieved this year.',
  },
  'report-unknown-funding': {
    message: (a) => `"${arg(a, 'source')}" is not a funding source of the plan (${planFile(a, 'fundingFile', 'funding.yaml')}).`,
    hint: (a) => (arg(a, 'suggestion') ? `Did you mean "${arg(a, 'suggestion')}"? Sources: ${list(a, 'allowed', '; ')}.` : `Use only these sources: ${list(a, 'allowed', '; ')}.`),
  },
};
