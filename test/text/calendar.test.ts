// Calendar dates in Vietnam's time, whatever the machine's zone (the test run sets TZ far from UTC+7).
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { daysBetween, formatDateVi, parseDate, todayInVietnam } from '../../src/text/calendar.js';
import { REPO } from '../helpers/cli.js';

describe('today in Vietnam', () => {
  it('is already the next day from 17:00 UTC', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(todayInVietnam(new Date('2025-11-20T16:59:59Z'))).toBe('2025-11-20');
    expect(todayInVietnam(new Date('2025-11-20T17:00:00Z'))).toBe('2025-11-21');
  });

  /** The "today" that `check --json` reports when the clock reads `now` and no --today is given. */
  async function checkTodayAt(now: string): Promise<{ code: number; today: string }> {
    let out = '';
    const code = await run(['check', '--year', '2024', '--json'], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => true },
      cwd: REPO,
      now: () => new Date(now),
      vars: {},
      isTTY: false,
    });
    return { code, today: (JSON.parse(out) as { result: { today: string } }).result.today };
  }

  it('is what a command judges deadlines by when --today is not given', async () => {
    // 20/11/2024 23:30 in Vietnam is still the deadline day; in Los Angeles it is the 20th morning, in UTC the 20th 16:30.
    const before = await checkTodayAt('2024-11-20T16:30:00Z');
    expect(before.code).toBe(1);
    expect(before.today).toBe('2024-11-20');
    expect((await checkTodayAt('2024-11-20T17:30:00Z')).today).toBe('2024-11-21');
  });
});

describe('dates as clerks write them', () => {
  it('reads DD/MM/YYYY with or without leading zeros, and ISO', () => {
    expect(parseDate('7/6/2023')).toEqual({ ok: true, date: '2023-06-07' });
    expect(parseDate('07/06/2023')).toEqual({ ok: true, date: '2023-06-07' });
    expect(parseDate('2023-06-07')).toEqual({ ok: true, date: '2023-06-07' });
  });

  it('rejects impossible dates and says why', () => {
    expect(parseDate('31/11/2025')).toMatchObject({ ok: false, reason: 'impossible', daysInMonth: 30 });
    expect(parseDate('29/02/2025')).toMatchObject({ ok: false, reason: 'impossible', daysInMonth: 28 });
    expect(parseDate('29/02/2024')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseDate('18.11.2025')).toEqual({ ok: false, reason: 'format' });
  });

  it('counts days across the turn of a year and prints dates the Vietnamese way', () => {
    expect(daysBetween('2024-11-20', '2025-01-05')).toBe(46);
    expect(formatDateVi('2023-06-07')).toBe('07/6/2023');
  });
});
