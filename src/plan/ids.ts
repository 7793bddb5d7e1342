// Task ids as the plan prints them and as clerks type them.

/**
 * A task id as typed, folded so that the spellings of one id meet: Vietnamese item letters may be
 * typed as the plan prints them (III.3.đ) or as Telex spells them (III.3.dd), and eth "ð" is a
 * common slip for "đ"; case and spaces around the dots do not matter.
 */
export function taskIdKey(id: string): string {
  return id.normalize('NFC').replace(/\s+/g, '').toLocaleLowerCase('vi').replace(/[đð]/g, 'dd');
}
