// What a command's module receives from the shell to register itself and hand back its outcome.
import type { Command } from 'commander';
import type { CliTexts } from '../messages/cli-texts.js';
import type { Outcome } from '../present/outcome.js';
import type { CliEnv } from './context.js';

/** What a command hands back to the shell when it is done. */
export type Finish = (outcome: Outcome) => void;

/** Everything a command's register function needs. */
export interface CommandSetup {
  program: Command;
  env: CliEnv;
  texts: CliTexts;
  finish: Finish;
}
