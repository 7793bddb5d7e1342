// The commune-level units of the former Kon Tum area (group ubnd-xa-kontum-cu) as plan data:
// complete against the official count, in office from 01/7/2025, and the heirs of the districts.
import { describe, expect, it } from 'vitest';
import { expectedReporters, resolveOn } from '../../src/plan/model.js';
import { COMMUNE_GROUP, realPlan } from '../helpers/plan.js';

/**
 * How many commune-level units Resolution 1677/NQ-UBTVQH15 (16/6/2025) gives the former Kon Tum
 * area: Điều 1 khoản 49-81 (33 xã) and 88-90 (3 phường), and 4 of the 5 communes khoản 92 leaves
 * unchanged (Đăk Long, Rờ Kơi, Mô Rai, Ia Đal; Ba Xa is in the former Quảng Ngãi) — 3 phường,
 * 37 xã, no đặc khu. The same 40 (codes 23xxx, of the former Kon Tum) are Stt 2002-2041 of the
 * national list of Công văn 1027/CTK-CSCL (25/6/2025). Read in github.com/dvhcvn/20250701,
 * input/docs/1677_NQ-UBTVQH15.md and input/docs/1027_CTK-CSCL.md.
 */
const COMMUNE_LEVEL_UNITS_OF_FORMER_KON_TUM = 40;
const WARDS = 3;

const memberIds = async () => (await realPlan()).groups.get(COMMUNE_GROUP)!.members.map((m) => (typeof m === 'string' ? m : m.unit));

describe('the commune-level units of the former Kon Tum area', () => {
  it('on 20/11/2026 the group stands for all its members, as many as the resolution creates', async () => {
    const plan = await realPlan();
    const members = await memberIds();
    const r = resolveOn(plan, COMMUNE_GROUP, '2026-11-20');
    expect(r.emptyGroups).toEqual([]);
    expect(r.units.map((u) => u.id)).toEqual(members);
    expect(new Set(members).size).toBe(members.length);
    expect(members).toHaveLength(COMMUNE_LEVEL_UNITS_OF_FORMER_KON_TUM);
  });

  it('are 3 phường and 37 xã, each a commune unit in office from 01/7/2025 on the resolution', async () => {
    const plan = await realPlan();
    const units = (await memberIds()).map((id) => plan.units.get(id)!);
    for (const u of units) {
      expect(u, u.id).toMatchObject({ kind: 'commune', from: '2025-07-01' });
      expect(u.until, u.id).toBeUndefined();
      expect(u.basis, u.id).toContain('1677/NQ-UBTVQH15');
      expect(u.id, u.id).toMatch(/^ubnd-(xa|phuong)-[a-z]+$/);
      expect(u.name, u.id).toMatch(/^Ủy ban nhân dân (xã|phường) \S/);
      expect(u.unconfirmed, u.id).toBeUndefined();
    }
    const wards = units.filter((u) => u.name.startsWith('Ủy ban nhân dân phường '));
    expect(wards.map((u) => u.id)).toEqual(['ubnd-phuong-kontum', 'ubnd-phuong-dakcam', 'ubnd-phuong-dakbla']);
    expect(wards).toHaveLength(WARDS);
    expect(units.length - wards.length).toBe(COMMUNE_LEVEL_UNITS_OF_FORMER_KON_TUM - WARDS);
    // Every unit of kind commune is in the group: none is listed and left out.
    expect([...plan.units.values()].filter((u) => u.kind === 'commune')).toHaveLength(units.length);
    expect(plan.groups.get(COMMUNE_GROUP)!.unconfirmed).toBeUndefined();
  });

  it('are not in office before 01/7/2025, when the districts still are', async () => {
    const plan = await realPlan();
    expect(resolveOn(plan, COMMUNE_GROUP, '2025-06-30')).toEqual({ units: [], emptyGroups: [] });
    expect(resolveOn(plan, 'ubnd-huyen', '2025-06-30').units).toHaveLength(10);
    expect(resolveOn(plan, 'ubnd-huyen', '2025-07-01').units.map((u) => u.id)).toEqual(await memberIds());
  });

  it('each district hands over to the communes of its area; together they are the group, each once', async () => {
    const plan = await realPlan();
    const districts = [...plan.units.values()].filter((u) => u.kind === 'district');
    expect(districts).toHaveLength(10);
    const heirs = districts.flatMap((d) => d.successors ?? []);
    expect([...heirs].sort()).toEqual([...(await memberIds())].sort());
    expect(plan.units.get('ubnd-iahdrai')!.successors).toEqual(['ubnd-xa-iatoi', 'ubnd-xa-iadal']);
    expect(plan.units.get('ubnd-kontum')!.successors).toEqual(['ubnd-phuong-kontum', 'ubnd-phuong-dakcam', 'ubnd-phuong-dakbla', 'ubnd-xa-ngokbay', 'ubnd-xa-iachim', 'ubnd-xa-dakrowa']);
  });

  it('report for 2026 with the departments: 15 + 40 units, each commune with the districts’ 11 tasks', async () => {
    const plan = await realPlan();
    const r = expectedReporters(plan, 2026);
    expect(r.emptyGroups).toEqual([]);
    expect(r.reporters).toHaveLength(15 + COMMUNE_LEVEL_UNITS_OF_FORMER_KON_TUM);
    for (const id of await memberIds()) {
      const tasks = r.reporters.find((x) => x.unitId === id)!.tasks;
      expect(tasks, id).toHaveLength(11);
      expect(tasks.every((t) => t.via === COMMUNE_GROUP && t.inheritedFrom === 'ubnd-huyen'), id).toBe(true);
    }
  });
});
