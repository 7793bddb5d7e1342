// Who must report for a year, and with which tasks, as units merge, end and are renamed.
import { describe, expect, it } from 'vitest';
import { assignmentsOn, expectedReporters, issuerOn, successorsOn, unitNameOn } from '../../src/plan/model.js';
import { COMMUNE_GROUP, planWithoutCommunes, realPlan } from '../helpers/plan.js';

const DEPARTMENTS_2023 = [
  'vp-ubnd', 'thanh-tra', 'so-noivu', 'so-tuphap', 'so-khdt', 'so-taichinh', 'so-congthuong', 'so-nnptnt', 'so-gtvt', 'so-xaydung',
  'so-tnmt', 'so-tttt', 'so-ldtbxh', 'so-vhttdl', 'so-khcn', 'so-gddt', 'so-yte', 'so-ngoaivu', 'ban-dantoc', 'ban-qlkkt',
];
const DISTRICTS = ['ubnd-kontum', 'ubnd-dakglei', 'ubnd-ngochoi', 'ubnd-dakto', 'ubnd-konplong', 'ubnd-konray', 'ubnd-dakha', 'ubnd-sathay', 'ubnd-tumorong', 'ubnd-iahdrai'];
const DEPARTMENTS_LATE_2025 = ['vp-ubnd', 'thanh-tra', 'so-noivu', 'so-tuphap', 'so-taichinh', 'so-congthuong', 'so-xaydung', 'so-vhttdl', 'so-khcn', 'so-gddt', 'so-yte', 'ban-qlkkt', 'so-nnmt', 'so-dttg'];
/** The 40 commune-level units of the former Kon Tum area from 01/7/2025, as plan/units.yaml lists them. */
const communes = async () => (await realPlan()).groups.get(COMMUNE_GROUP)!.members.map((m) => (typeof m === 'string' ? m : m.unit));

const tasksOf = (r: Awaited<ReturnType<typeof expectedReporters>>, unit: string) => r.reporters.find((x) => x.unitId === unit)?.tasks ?? [];

describe('expected reporters', () => {
  it('2024: the 2023 units — 20 departments and boards, Liên minh HTX and the 10 district-level UBND', async () => {
    const plan = await realPlan();
    const r = expectedReporters(plan, 2024);
    expect(r.deadline).toBe('2024-11-20');
    expect(r.reporters.map((x) => x.unitId).sort()).toEqual([...DEPARTMENTS_2023, ...DISTRICTS, 'lmhtx'].sort());
    expect(r.emptyGroups).toEqual([]);
    expect(tasksOf(r, 'so-khdt').find((t) => t.taskId === 'II.3.b')).toMatchObject({ role: 'lead' });
    expect(tasksOf(r, 'ubnd-dakglei').map((t) => t.taskId)).toContain('II.1.a');
    expect(tasksOf(r, 'so-khcn').find((t) => t.taskId === 'II.2')).toMatchObject({ role: 'lead' });
  });

  it('2025: the units in office on 20/11/2025 — the merged departments, not their predecessors, no districts, and the communes', async () => {
    const plan = await realPlan();
    const r = expectedReporters(plan, 2025);
    expect(r.deadline).toBe('2025-11-20');
    // 14 departments and boards, Liên minh HTX, and the 40 communes that took over from the districts.
    expect(r.reporters.map((x) => x.unitId).sort()).toEqual([...DEPARTMENTS_LATE_2025, 'lmhtx', ...(await communes())].sort());
    expect(r.reporters).toHaveLength(55);
    for (const gone of ['so-khdt', 'so-nnptnt', 'so-tnmt', 'so-tttt', 'so-gtvt', 'so-ldtbxh', 'ban-dantoc', 'so-ngoaivu', ...DISTRICTS]) {
      expect(r.reporters.map((x) => x.unitId)).not.toContain(gone);
    }
    // Tasks of ended units pass to their successors.
    expect(tasksOf(r, 'so-nnmt').find((t) => t.taskId === 'II.3.a.nn')).toMatchObject({ role: 'lead', inheritedFrom: 'so-nnptnt' });
    expect(tasksOf(r, 'so-nnmt').find((t) => t.taskId === 'II.3.a.mt')).toMatchObject({ role: 'lead', inheritedFrom: 'so-tnmt' });
    expect(tasksOf(r, 'so-taichinh').find((t) => t.taskId === 'II.3.b')).toMatchObject({ role: 'lead', inheritedFrom: 'so-khdt' });
    // The districts' tasks went to the commune level: every commune holds them through its group.
    expect(r.emptyGroups).toEqual([]);
    expect(tasksOf(r, 'ubnd-xa-dakpek').find((t) => t.taskId === 'II.1.b')).toMatchObject({ role: 'implementing', via: COMMUNE_GROUP, inheritedFrom: 'ubnd-huyen' });
    expect(r.reporters.find((x) => x.unitId === 'ubnd-phuong-kontum')!.name).toBe('Ủy ban nhân dân phường Kon Tum');
    // Names in force on the deadline: the departments of the new province.
    expect(r.reporters.find((x) => x.unitId === 'so-yte')!.name).toBe('Sở Y tế tỉnh Quảng Ngãi');
  });

  it('between March and July 2025: merged departments exist, and the districts are still there', async () => {
    const plan = await realPlan();
    const { assignments, emptyGroups } = assignmentsOn(plan, '2025-04-15');
    const units = new Set(assignments.map((a) => a.unitId));
    expect(units.has('so-nnmt')).toBe(true);
    expect(units.has('so-dttg')).toBe(true);
    expect(units.has('so-nnptnt')).toBe(false);
    expect(units.has('so-khdt')).toBe(false);
    for (const d of DISTRICTS) expect(units.has(d)).toBe(true);
    expect(emptyGroups).toEqual([]);
    expect(unitNameOn(plan.units.get('so-khcn')!, '2025-04-15').name).toContain('hợp nhất Sở Thông tin và Truyền thông');
    expect(issuerOn(plan, '2025-04-15')).toMatchObject({ parentAuthority: 'UBND TỈNH KON TUM', place: 'Kon Tum' });
  });

  it('the issuer block follows the document date: Kon Tum until 30/6/2025, Quảng Ngãi from 1/7/2025', async () => {
    const plan = await realPlan();
    expect(issuerOn(plan, '2024-12-05')).toMatchObject({ parentAuthority: 'UBND TỈNH KON TUM', issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', place: 'Kon Tum' });
    expect(issuerOn(plan, '2025-06-30')).toMatchObject({ place: 'Kon Tum' });
    expect(issuerOn(plan, '2025-07-01')).toMatchObject({ parentAuthority: 'UBND TỈNH QUẢNG NGÃI', issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', place: 'Quảng Ngãi' });
    expect(issuerOn(plan, '2026-12-05')).toMatchObject({ place: 'Quảng Ngãi' });
  });

  it('names the successors of a unit that has ended', async () => {
    const plan = await realPlan();
    expect(successorsOn(plan, 'so-khdt', '2025-11-18')).toEqual(['so-taichinh']);
    expect(successorsOn(plan, 'so-tnmt', '2025-03-02')).toEqual(['so-nnmt']);
    expect(successorsOn(plan, 'so-yte', '2025-11-18')).toEqual([]);
    // A district hands over to the communes formed on its area.
    expect(successorsOn(plan, 'ubnd-dakglei', '2025-11-18')).toEqual(['ubnd-xa-xop', 'ubnd-xa-ngoclinh', 'ubnd-xa-dakplo', 'ubnd-xa-dakpek', 'ubnd-xa-dakmon', 'ubnd-xa-daklong']);
    expect(successorsOn(plan, 'ubnd-dakglei', '2025-06-30')).toEqual([]);
  });
});

describe('a group with no members yet (the plan before the province listed its communes)', () => {
  it('holds the tasks it inherits as an empty group, and none of its units report', async () => {
    const plan = await planWithoutCommunes();
    const r = expectedReporters(plan, 2025);
    expect(r.reporters.map((x) => x.unitId).sort()).toEqual([...DEPARTMENTS_LATE_2025, 'lmhtx'].sort());
    expect(r.emptyGroups.map((g) => g.groupId)).toEqual([COMMUNE_GROUP]);
    expect(r.emptyGroups[0]!.taskIds).toContain('II.1.b');
    // A district hands over to a group with no members yet: no unit to name.
    expect(successorsOn(plan, 'ubnd-dakglei', '2025-11-18')).toEqual([]);
  });
});

describe('group membership and succession', () => {
  it('a unit listed in a group holds the group task in its own right, not as the heir of a merged member', async () => {
    const plan = await realPlan();
    const r = expectedReporters(plan, 2025);
    const ii1b = tasksOf(r, 'so-nnmt').find((t) => t.taskId === 'II.1.b');
    expect(ii1b).toMatchObject({ role: 'implementing', via: 'so-ban-nganh' });
    expect(ii1b?.inheritedFrom).toBeUndefined();
  });
});
