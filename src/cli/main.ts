// The command-line shell: parses arguments, runs one command, returns the exit code. It holds
// no logic of its own; each command is a short module under commands/.
import { Command, CommanderError } from 'commander';
import { EXIT, ExitError, type CliEnv } from './context.js';
import { registerPlan } from './commands/plan.js';
import { registerValidate } from './commands/validate.js';
import { registerCheck } from './commands/check.js';
import { registerTemplate } from './commands/template.js';
import { registerCompile } from './commands/compile.js';

const EXAMPLES = `
Ví dụ / Examples:
  $ kt-bio template --all --year 2025 -o mau/2025/     mẫu báo cáo cho mọi đơn vị / a blank form per unit
  $ kt-bio validate reports/2025/                      kiểm tra báo cáo / check the reports
  $ kt-bio check --year 2025                           ai đã báo cáo, đúng hạn chưa / who reported, on time
  $ kt-bio compile --year 2025                         báo cáo tổng hợp .docx / the summary .docx
  $ kt-bio plan --on 20/11/2025                        nhiệm vụ và đơn vị tại một ngày / tasks and units on a date

Mã thoát / Exit codes: 0 ổn / ok, 1 có phát hiện / findings, 2 lỗi sử dụng hoặc đọc ghi / usage or I/O error.
`;

export function buildProgram(env: CliEnv): Command {
  const program = new Command('kt-bio')
    .description('Tổng hợp báo cáo thực hiện kế hoạch phát triển và ứng dụng công nghệ sinh học.\nCompiles the yearly progress reports of the provincial biotechnology plan.')
    .option('--plan <dir>', 'thư mục dữ liệu kế hoạch / plan data folder', 'plan')
    .option('--reports <dir>', 'thư mục báo cáo của các đơn vị / unit reports folder', 'reports')
    .option('--lang <lang>', 'ngôn ngữ / language: vi | en', 'vi')
    .option('--today <date>', 'ngày dùng để xét hạn (mặc định: hôm nay, giờ Việt Nam) / the date deadlines are judged against')
    .option('--json', 'kết quả dạng JSON cho chương trình khác / JSON output for scripts')
    .option('--no-color', 'không tô màu / no colours')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => void env.stdout.write(s), writeErr: (s) => void env.stderr.write(s) });
  registerPlan(program, env);
  registerValidate(program, env);
  registerCheck(program, env);
  registerTemplate(program, env);
  registerCompile(program, env);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ writeOut: (s) => void env.stdout.write(s), writeErr: (s) => void env.stderr.write(s) });
  return program;
}

/** Runs kt-bio with `argv` (without "node kt-bio") and returns the exit code. Never throws. */
export async function run(argv: readonly string[], env: CliEnv): Promise<number> {
  const program = buildProgram(env);
  let code: number = EXIT.ok;
  program.hook('postAction', (_this, action) => {
    code = (action as Command & { exitCode?: number }).exitCode ?? EXIT.ok;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof ExitError) {
      if (e.message) env.stderr.write(e.message + '\n');
      return e.exitCode;
    }
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    // An unexpected failure is a bug: say so plainly, with enough to report it, and exit 2.
    env.stderr.write(`kt-bio: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.usage;
  }
}
