import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { procedureSchema } from '../../../src/domain/procedure.ts';
import { portalDetailSchema } from '../../../src/server/catalog/portal-source.ts';
import { portalWhereAndHow } from '../../../src/server/catalog/portal-where.ts';
import {
  hasPortalData,
  PORTAL_DIR,
  portalDetailCodes,
  readPortalProcedure,
} from '../../support/portal-data.ts';

/** Issue 11, item 4: where to file, conditions and how results come back, as the source says. */

function detailWith(extra: Record<string, unknown>) {
  return portalDetailSchema.parse({ code: '1.000001', ...extra });
}

describe('portalWhereAndHow on hand-written records', () => {
  it('keeps the source text NFC, without invisible marks or wrapping quotes, line by line', () => {
    const where = portalWhereAndHow(
      detailWith({
        dossierReceivingAddresses:
          '"- Trung tâm Phục vụ hành chính công  tỉnh\u200B Lai Châu\r\n\n+ Quầy số 9"'.normalize(
            'NFD',
          ),
        requirementsAndConditions: 'Không quy định.',
      }),
    );
    expect(where.receivingAddresses).toBe(
      '- Trung tâm Phục vụ hành chính công tỉnh Lai Châu\n+ Quầy số 9',
    );
    expect(where.receivingAddresses?.normalize('NFC')).toBe(where.receivingAddresses);
    // "No conditions set" is a fact the source states, so it stays.
    expect(where.requirements).toBe('Không quy định.');
  });

  it('says nothing it was not told: blank texts, false flags and unknown codes leave fields out', () => {
    const where = portalWhereAndHow(
      detailWith({
        dossierReceivingAddresses: '   ',
        requirementsAndConditions: '',
        isNonTerritorial: false,
        returningMethods: [
          { type: 'ONLINE', value: ['BY_PIGEON'] },
          { type: 'SOMETIMES', value: ['AT_HOME'] },
        ],
        updatedAt: 'yesterday',
      }),
    );
    expect(where).toEqual({});
  });

  it('reads result ways per way of filing, once each, in a stable order', () => {
    const where = portalWhereAndHow(
      detailWith({
        isNonTerritorial: true,
        returningMethods: [
          { type: 'OFFLINE', value: ['ONLINE', 'AT_SUBMISSION_PLACE', 'AT_SUBMISSION_PLACE'] },
          { type: 'ONLINE', value: ['AT_HOME', 'ONLINE', 42] },
        ],
        updatedAt: Date.UTC(2026, 3, 15, 20, 0),
      }),
    );
    expect(where).toEqual({
      isFiledAnywhereInProvince: true,
      resultDelivery: [
        { filedBy: 'online', ways: ['post', 'online'] },
        { filedBy: 'offline', ways: ['office', 'online'] },
      ],
      sourceUpdatedAt: '2026-04-15',
    });
  });

  it('refuses a date outside the portal’s lifetime rather than print it', () => {
    expect(portalWhereAndHow(detailWith({ updatedAt: 0 })).sourceUpdatedAt).toBeUndefined();
    expect(portalWhereAndHow(detailWith({ updatedAt: 9e15 })).sourceUpdatedAt).toBeUndefined();
  });
});

interface SourceData {
  dossierReceivingAddresses?: string;
  requirementsAndConditions?: string;
  isNonTerritorial?: boolean;
  returningMethods?: { type: string; value: string[] }[];
  updatedAt?: number;
}

describe.runIf(hasPortalData)('where and how over every real detail file', () => {
  const codes = hasPortalData ? portalDetailCodes() : [];
  const rows = codes.map((code) => {
    const file = path.join(PORTAL_DIR, 'details', `${code}.json`);
    const source = (JSON.parse(readFileSync(file, 'utf8')) as { data: SourceData }).data;
    return { code, source, procedure: readPortalProcedure(code) };
  });

  it('carries every non-empty address and condition text, and each is valid to serve', () => {
    const withAddress = rows.filter((r) => r.source.dossierReceivingAddresses?.trim());
    const withRequirements = rows.filter((r) => r.source.requirementsAndConditions?.trim());
    expect(withAddress.length).toBeGreaterThan(200);
    expect(withRequirements.length).toBeGreaterThan(200);
    for (const r of withAddress) expect(r.procedure.receivingAddresses, r.code).toBeTruthy();
    for (const r of withRequirements) expect(r.procedure.requirements, r.code).toBeTruthy();
    expect(rows.filter((r) => r.procedure.receivingAddresses)).toHaveLength(withAddress.length);
    for (const r of rows) expect(procedureSchema.safeParse(r.procedure).success, r.code).toBe(true);
  });

  it('marks "file anywhere in the province" exactly where the source does', () => {
    const flagged = rows.filter((r) => r.source.isNonTerritorial === true).map((r) => r.code);
    expect(flagged.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.procedure.isFiledAnywhereInProvince).map((r) => r.code)).toEqual(
      flagged,
    );
  });

  it('gives every procedure with result ways at least one, only known ways, and a real date', () => {
    const withWays = rows.filter((r) => (r.source.returningMethods ?? []).length > 0);
    expect(withWays.length).toBeGreaterThan(300);
    for (const r of withWays) {
      const delivery = r.procedure.resultDelivery ?? [];
      expect(delivery.length, r.code).toBeGreaterThan(0);
      for (const d of delivery)
        expect(['office', 'post', 'online']).toEqual(expect.arrayContaining(d.ways));
    }
    for (const r of rows) {
      expect(r.procedure.factsSource).toBe('portal');
      expect(r.procedure.sourceUpdatedAt, r.code).toMatch(/^20(19|2\d)-\d\d-\d\d$/);
      // Never after the day the files were collected (the data README: 2026-07-18).
      expect(r.procedure.sourceUpdatedAt! <= '2026-07-18', r.code).toBe(true);
    }
  });
});
