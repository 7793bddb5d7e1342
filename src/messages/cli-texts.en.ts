// English words of the command line (--lang en).
import type { CliTexts } from './cli-entry.js';

export const cliTextsEn: CliTexts = {
  headings: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Arguments:': 'Arguments:', 'Global Options:': 'Global options (for every command):' },
  program: {
    description: 'Compiles the yearly progress reports of the provincial biotechnology plan.',
    examples: `
Examples:
  $ kt-bio init bao-cao-cnsh --year 2026               set up the department's working folder
  $ kt-bio template --all --year 2026 -o forms/2026/   a blank form per unit
  $ kt-bio validate reports/2026/                      check the reports
  $ kt-bio check --year 2026                           who reported, on time or not
  $ kt-bio compile --year 2026                         the summary .docx
  $ kt-bio remind --year 2026 --by 05/12/2026          reminder letter to units not reported
  $ kt-bio plan --on 01/4/2026                         tasks and units on a date

Plan data: --plan <folder>, else the working folder KT_BIO_HOME, else plan/ in the current folder
or the nearest parent, else the plan shipped with kt-bio.

Exit codes: 0 ok, 1 findings (bad reports, late units, a draft...), 2 usage or I/O error.
`,
  },
  options: {
    plan: 'plan data folder (default: see below)',
    reports: "units' reports folder (default: reports/ next to plan/)",
    lang: 'language: vi | en (default: vi)',
    today: 'the date deadlines are judged against (default: today in Vietnam)',
    json: 'JSON output for scripts (one object on stdout)',
    noColor: 'no colours',
    help: 'show help',
    version: 'show the version number',
    helpCommand: 'show help for a command',
    year: 'the year reported on',
    period: 'a reporting period of the plan (reporting.yaml, "periods"), e.g. 6-thang; default: the yearly report',
    request: 'an ad hoc request (requests/<id>.yaml): its own units, tasks and deadline instead of the yearly cycle',
  },
  seeHelp: (command) => `See: ${command} --help`,
  plan: {
    description: 'List the tasks and the units that hold them',
    agency: 'one unit, by role',
    on: 'the date (default: --today)',
    help: `
Examples:
  $ kt-bio plan
  $ kt-bio plan --agency so-yte
  $ kt-bio plan --on 2025-04-01 --json
`,
  },
  validate: {
    description: 'Check unit reports and say how to fix them',
    paths: 'report files or folders',
    format: 'text | json (--json = --format json)',
    help: `
Examples:
  $ kt-bio validate reports/2025/so-yte.yaml       one report
  $ kt-bio validate reports/2025/                  every .yaml/.yml file in a folder
  $ kt-bio validate reports/2025/ --json           machine-readable
  $ kt-bio validate bao-cao.yaml --lang en         messages in English

Exit codes:
  0  no errors (warnings allowed)
  1  a report has errors or is still blank
  2  usage error, or a path that cannot be read
`,
  },
  check: {
    description: 'Which units reported, on time or not',
    help: `
Reads reports/<year>/ (or --reports <dir>: the folder of year folders, or the year's folder itself).

Examples:
  $ kt-bio check --year 2025
  $ kt-bio check --year 2025 --today 2025-12-01 --lang en
  $ kt-bio check --year 2025 --reports /srv/bao-cao --json

Exit codes:
  0  every expected unit reported on time
  1  some unit is late, blank, invalid or missing
  2  usage error, broken plan, unreadable folder
`,
  },
  template: {
    description: 'Write a blank report form for a unit',
    unit: 'the unit id or a group id, see "kt-bio plan"',
    all: 'every unit expected to report that year',
    output: 'file or folder to write (default: standard output)',
    force: 'overwrite existing files',
    intoReports: 'allow writing into the reports folder (reports/<year>/)',
    form: (file) => `the Handlebars form template (default: ${file})`,
    html: 'an HTML page to fill in a browser, offline, saving the .yaml file',
    help: `
Examples:
  $ kt-bio template so-yte --year 2025                     to standard output
  $ kt-bio template so-yte --year 2025 -o form-so-yte.yaml to a file
  $ kt-bio template --all --year 2025 -o forms/            one file per unit

Forms are never written into the reports folder unless --into-reports is given (a form there
counts as a blank report); existing files are overwritten only with --force.

Exit codes:
  0  every form written
  1  --all: some files existed and were kept, or a group has no units yet; the others written
  2  usage error: unknown unit or not expected that year, existing file (one unit), cannot write
`,
  },
  compile: {
    description: "Compile the year's summary report (.docx)",
    output: 'the .docx to write (default: out/bao-cao-tong-hop-<year>.docx)',
    templates: "templates folder (compile/, settings/default.yaml; default: the working folder's templates/, else kt-bio's own)",
    number: 'document number (125, or the whole number and symbol)',
    date: 'date of issue (default: --today)',
    signerName: "the signer's name",
    signerAuthority: 'authority line, repeat for several',
    strict: 'write nothing when a report file has errors',
    force: 'overwrite the -o file even when kt-bio did not write it or it was edited',
    help: `
Reads the plan, the units' reports (reports/<year>/, or --reports <dir>), the year's settings
(reports/settings/<year>.yaml, next to the year folders; shared settings in
templates/settings/default.yaml) and writes one .docx (default out/bao-cao-tong-hop-<year>.docx;
never into the reports folder). Without a document number or a signer's name it writes a draft
(exit 1). An existing -o file is replaced only when kt-bio wrote it and nobody edited it since;
otherwise --force is needed.

Examples:
  $ kt-bio compile --year 2024
  $ kt-bio compile --year 2025 --date 05/12/2025 --number 125 --signer-name "Nguyễn Văn An"
  $ kt-bio compile --year 2025 -o ~/reports/2025.docx --strict --json

Exit codes:
  0  written, every report file compiled
  1  written, but as a draft, or with no valid report, or report files with errors or blank forms
     were left out (--strict: nothing written)
  2  usage error, broken plan, settings or templates, cannot write the file
`,
  },
  remind: {
    description: 'Reminder letter to the units without a counted report (.docx, .txt or .eml)',
    request: 'an ad hoc request (requests/<id>.yaml) instead of the yearly cycle',
    by: 'the date the reports are asked for (default: the deadline, or 7 days after the letter once it has passed)',
    perUnit: 'one letter per unit (written into a folder)',
    format: 'docx | txt | eml (default: docx)',
    output: 'the file to write, or the folder with --per-unit (default: out/don-doc-<year>.docx, out/don-doc-<year>/)',
    force: 'overwrite existing files',
    number: 'letter number (15 or 15/SKHCN-QLCN)',
    date: 'date of the letter (default: --today)',
    signerName: "the signer's name",
    templates: "templates folder (remind/, settings/default.yaml; default: the working folder's templates/, else kt-bio's own)",
    help: `
Writes the reminder letter (công văn đôn đốc) to exactly the units "kt-bio check" lists as blank,
invalid or missing, each with its problem in words; units that sent theirs (on time or late) get
nothing. Run before the deadline, it is an early reminder. Number, "V/v" summary line, recipients:
the reminder section of the settings; signer: signer; body: templates/remind/don-doc.md.hbs. An
existing file is overwritten only with --force.

Examples:
  $ kt-bio remind --year 2024 --by 05/12/2024
  $ kt-bio remind --year 2024 --per-unit -o out/letters/
  $ kt-bio remind --year 2024 --format eml --number 15

Exit codes:
  0  written, or no unit to remind
  2  usage error, broken plan, settings or templates, existing file (without --force), cannot write
`,
    early: (deadline, daysLeft) => (daysLeft > 0 ? `The deadline ${deadline} is ${daysLeft} day(s) away: an early reminder.` : `Today is the deadline ${deadline}: an early reminder.`),
    passed: (deadline, daysPast, by) => `The deadline ${deadline} passed ${daysPast} day(s) ago; the letter asks for the reports by ${by}.`,
    written: (file, units) => `Wrote ${file}, reminding ${units.length} unit(s): ${units.join(', ')}.`,
    nobody: (what) => `No unit to remind (${what}): every expected unit has sent a valid report. No letter written.`,
  },
  init: {
    description: "Set up the department's working folder (a copy of the plan, reports/<year>/, the year's settings file)",
    folder: 'the folder to set up (default: the current folder)',
    year: 'the reporting year (default: the year of --today)',
    help: `
Creates in the folder: plan/ (a copy of the plan in use), reports/<year>/ (where the units' reports
go), reports/settings/<year>.yaml (number, date, signer... of the summary, every field explained).
Existing files are kept. Then run kt-bio in that folder (or set KT_BIO_HOME to it): kt-bio's own
files never need editing.

Examples:
  $ kt-bio init bao-cao-cnsh --year 2026
`,
    created: (path) => `Created ${path}`,
    next: (folder, year) => `Working folder: ${folder}. Put the units' reports in reports/${year}/, fill in reports/settings/${year}.yaml, then run: kt-bio check --year ${year}`,
  },
  written: { form: (file, unit, tasks) => `Wrote ${file} — ${unit}, ${tasks} task(s).` },
};
