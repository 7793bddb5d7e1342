// The yearly cycle is the standing request the plan makes: run through the request path (its
// deadlines, no limit on units or tasks) it gives exactly the summary of the plan's own rule, on
// the sample year, the cycle fixture (blank, invalid, stray, corrected files) and a year with
// group changes (2025).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportPaths } from '../../src/report/load.js';
import { submissionStatus } from '../../src/cycle/submissions.js';
import { requestScope, yearlyRequest } from '../../src/cycle/requests.js';
import { REPO } from '../helpers/cli.js';
import { realPlan } from '../helpers/plan.js';

describe('the yearly request', () => {
  for (const [folder, year, today] of [
    ['reports/2024', 2024, '2024-12-10'],
    ['test/fixtures/cycle/2024', 2024, '2024-12-10'],
    ['test/fixtures/cycle/2025', 2025, '2025-11-10'],
    ['reports/2023', 2023, '2023-11-01'],
  ] as const) {
    it(`gives the plan's own verdicts: ${folder} as of ${today}`, async () => {
      const plan = await realPlan();
      const read = await checkReportPaths([path.join(REPO, folder)], { plan, today, cwd: REPO });
      expect(read.reports.length).toBeGreaterThan(3);
      const own = submissionStatus(plan, year, read.reports, today);
      const viaRequest = submissionStatus(plan, year, read.reports, today, [], requestScope(plan, yearlyRequest(plan, year)));
      expect(viaRequest).toEqual(own);
      expect(own.units.length).toBeGreaterThan(20);
    });
  }
});
