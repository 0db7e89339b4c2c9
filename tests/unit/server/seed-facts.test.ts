import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../src/domain/procedure.ts';
import { loadSeedProcedures } from '../../../src/server/catalog/seed.ts';
import {
  hasPortalData,
  portalDetailCodes,
  readPortalProcedure,
} from '../../support/portal-data.ts';

/**
 * The hand-curated seed tells the truth (issue 11, item 5): its level agrees with its own
 * methods, its days say which days they are, and where the real portal record exists, the seed
 * does not contradict it on level or on a working-day limit.
 */
const seed = loadSeedProcedures();
const byCode = new Map(seed.map((p) => [p.code, p]));
const get = (code: string): Procedure => {
  const procedure = byCode.get(code);
  if (!procedure) throw new Error(`${code} is not in the seed`);
  return procedure;
};
const times = (p: Procedure) => p.methods.map((m) => m.processingTime);

describe('the seed agrees with itself', () => {
  it('says whose facts these are: ours, curated', () => {
    for (const p of seed) expect(p.factsSource, p.code).toBe('curated');
  });

  it('offers an online method exactly when its level is full or partial', () => {
    for (const p of seed) {
      const hasOnline = p.methods.some((m) => m.channel === 'online');
      expect(hasOnline, `${p.code} (${p.onlineLevel})`).toBe(
        p.onlineLevel === 'full' || p.onlineLevel === 'partial',
      );
    }
  });

  it('does not tell people to file online where no online filing exists', () => {
    for (const p of seed.filter((s) => s.onlineLevel === 'in_person')) {
      for (const step of p.steps) expect(step, p.code).not.toMatch(/trực tuyến|Cổng dịch vụ công/i);
    }
  });

  it('counts working days as working days', () => {
    for (const p of seed) {
      for (const time of times(p)) {
        if (time?.note && /ngày làm việc/.test(time.note)) {
          expect(time.unit, `${p.code}: ${time.note}`).toBe('working_day');
        }
      }
    }
  });
});

describe('the seed errors found in review are fixed', () => {
  it('2.002516: 1 working day, as the portal gives it', () => {
    for (const time of times(get('2.002516'))) {
      expect(time).toMatchObject({ value: 1, unit: 'working_day' });
    }
  });

  it('2.000986 and 2.001023: the old paper bundles, filed at the commune, in working days', () => {
    for (const [code, days] of [
      ['2.000986', 20],
      ['2.001023', 15],
    ] as const) {
      const p = get(code);
      expect(p.onlineLevel).toBe('in_person');
      expect(p.summary?.vi).toMatch(/hồ sơ giấy/);
      expect(p.summary?.en).toMatch(/paper/);
      // Says where the online version is instead, so nobody thinks this one is.
      expect(p.summary?.vi).toMatch(/Nghị định 63\/2024\/NĐ-CP/);
      expect(p.legalBasis).toContain('Thông tư liên tịch 05/2015/TTLT-BTP-BCA-BYT');
      expect(p.steps[0]).toMatch(/Ủy ban nhân dân cấp xã/);
      expect(times(p)).toEqual([expect.objectContaining({ value: days, unit: 'working_day' })]);
    }
  });

  it('2.000908: in person or by post, so not "partial"', () => {
    const p = get('2.000908');
    expect(p.onlineLevel).toBe('in_person');
    expect(p.methods.map((m) => m.channel).sort()).toEqual(['in_person', 'postal']);
  });

  it('1.013225 and 1.013229: the 7-working-day limit for a single house is there', () => {
    for (const code of ['1.013225', '1.013229']) {
      for (const time of times(get(code))) {
        expect(time, code).toMatchObject({ value: 10, unit: 'working_day' });
        expect(time?.note, code).toMatch(/7 ngày làm việc đối với nhà ở riêng lẻ/);
      }
    }
  });

  it('1.013226 and 1.013232: working days, with the single-house limit', () => {
    for (const code of ['1.013226', '1.013232']) {
      for (const time of times(get(code))) {
        expect(time?.unit, code).toBe('working_day');
        expect(time?.note, code).toMatch(/7 ngày làm việc đối với nhà ở riêng lẻ/);
      }
    }
  });

  it('1.014063 and 1.014064: identity-card fees as Circular 73/2024/TT-BTC sets them', () => {
    // Cấp đổi 50.000 đồng/thẻ, cấp lại 70.000 đồng/thẻ (Thông tư 73/2024/TT-BTC, Điều 4).
    for (const [code, amount] of [
      ['1.014063', 50_000],
      ['1.014064', 70_000],
    ] as const) {
      for (const method of get(code).methods) {
        expect(method.fees, code).toEqual([
          expect.objectContaining({ kind: 'FEE', amountVnd: amount }),
        ]);
        expect(method.fees[0]?.note, code).toMatch(/Thông tư 73\/2024\/TT-BTC/);
      }
    }
  });

  it('1.010827, 1.013750, 1.013237: English that says what the procedure is', () => {
    expect(get('1.010827').name.en).toMatch(/meritorious services/);
    expect(get('1.010827').name.en).not.toMatch(/war-veteran/);
    expect(get('1.013750').summary?.en).toMatch(/martyr/);
    expect(get('1.013750').summary?.en).not.toMatch(/lodging/);
    expect(get('1.013237').name.en).toMatch(/practising certificate/);
    expect(get('1.013237').summary?.en).not.toMatch(/engineers and architects/);
  });
});

describe.runIf(hasPortalData)('the seed against the real portal records', () => {
  const details = new Set(hasPortalData ? portalDetailCodes() : []);
  const both = seed.filter((p) => details.has(p.code));

  it('has the online level the portal record gives', () => {
    expect(both.length).toBeGreaterThan(30);
    for (const curated of both) {
      expect(curated.onlineLevel, curated.code).toBe(readPortalProcedure(curated.code).onlineLevel);
    }
  });

  it('never calls a portal working-day limit calendar days', () => {
    for (const curated of both) {
      const portal = readPortalProcedure(curated.code);
      for (const method of curated.methods) {
        const official = portal.methods.find((m) => m.channel === method.channel)?.processingTime;
        if (official?.unit === 'working_day') {
          expect(method.processingTime?.unit, `${curated.code} ${method.channel}`).toBe(
            'working_day',
          );
        }
      }
    }
  });
});
