import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../src/domain/procedure.ts';
import { firstListOnlyProcedure, hasPortalData } from '../../support/portal-data.ts';
import { makeCatalog, makeProcedure } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

/** What each language says once, and what it must no longer repeat under every heading. */
const TEXT = {
  vi: {
    sentence: /^Cổng Dịch vụ công quốc gia chưa công bố chi tiết của thủ tục này/,
    none: 'Nguồn không có thông tin này.',
    portal: /Cổng Dịch vụ công quốc gia.*thẻ mới/,
  },
  en: {
    sentence: /^The National Public Service Portal has not published the details/,
    none: 'The source has no information on this.',
    portal: /National Public Service Portal.*new tab/,
  },
} as const;

const handMade = makeProcedure({
  code: '1.000004',
  name: { vi: 'Thủ tục chỉ có trong danh sách' },
  onlineLevel: 'unknown',
  portalUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/0000-list-only',
});

async function renderListOnly(procedure: Procedure, language: 'vi' | 'en') {
  await renderWithProviders(undefined, {
    storedCatalog: makeCatalog([procedure]),
    route: `/procedures/${procedure.code}`,
    language,
  });
  await screen.findByRole('heading', { level: 1, name: procedure.name.vi });
}

function expectOneSentenceAndTheLink(language: 'vi' | 'en', portalUrl: string | undefined) {
  const text = TEXT[language];
  expect(screen.getAllByText(text.sentence)).toHaveLength(1);
  expect(screen.queryAllByText(text.none)).toHaveLength(0);
  expect(screen.getByRole('link', { name: text.portal })).toHaveAttribute('href', portalUrl);
}

describe('a list-only procedure page (issue 11, item 9)', () => {
  for (const language of ['vi', 'en'] as const) {
    it(`says once that the portal has not published the details, with the link (${language})`, async () => {
      await renderListOnly(handMade, language);
      expectOneSentenceAndTheLink(language, handMade.portalUrl);
    });
  }

  it('keeps the usual sections, and no such sentence, for a procedure with details', async () => {
    const detailed = makeProcedure({ code: '1.000005', steps: ['Nộp hồ sơ'] });
    await renderWithProviders(undefined, {
      storedCatalog: makeCatalog([detailed]),
      route: '/procedures/1.000005',
    });
    await screen.findByRole('heading', { level: 1, name: 'Thủ tục mẫu' });
    expect(screen.queryAllByText(TEXT.vi.sentence)).toHaveLength(0);
    expect(screen.getByRole('region', { name: 'Trình tự thực hiện' })).toHaveTextContent(
      'Nộp hồ sơ',
    );
    // Sections the source left empty still say so, one by one.
    expect(screen.getAllByText(TEXT.vi.none)).toHaveLength(4);
  });
});

describe.runIf(hasPortalData)('a real list-only procedure from the national-portal list', () => {
  const procedure = hasPortalData ? firstListOnlyProcedure() : handMade;
  for (const language of ['vi', 'en'] as const) {
    it(`reads one sentence and links to its own portal page (${language})`, async () => {
      await renderListOnly(procedure, language);
      expect(procedure.portalUrl).toMatch(/^https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\//);
      expectOneSentenceAndTheLink(language, procedure.portalUrl);
    });
  }
});
