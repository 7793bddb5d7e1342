// One invocation of every command, for behaviour all commands share (a broken plan, --lang).
export const COMMAND_INVOCATIONS: string[][] = [['plan'], ['plan', '--agency', 'so-yte']];
