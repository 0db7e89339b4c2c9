import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeCatalog, makeProcedure } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

/** Issue 11, item 7: a link to the procedure's own portal page, or none at all. */
describe('the national portal link on a procedure page', () => {
  const withPage = makeProcedure({
    code: '1.001193',
    portalUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/0b8a3c5e-1111-4c2b-9c62-3f1d2e4a5b6c',
  });
  const withoutPage = makeProcedure({ code: '1.000099', name: { vi: 'Thủ tục chưa có trang' } });
  delete withoutPage.portalUrl;

  it('links to the procedure’s own page', async () => {
    await renderWithProviders(undefined, {
      storedCatalog: makeCatalog([withPage]),
      route: '/procedures/1.001193',
    });
    const link = await screen.findByRole('link', { name: /Xem thủ tục trên Cổng Dịch vụ công/ });
    expect(link).toHaveAttribute('href', withPage.portalUrl);
  });

  for (const [language, sentence] of [
    ['vi', /ở đó, hãy tìm theo mã 1\.000099/],
    ['en', /search there for code 1\.000099/],
  ] as const) {
    it(`without a known page, names the code to search for and links nowhere (${language})`, async () => {
      await renderWithProviders(undefined, {
        storedCatalog: makeCatalog([withoutPage]),
        route: '/procedures/1.000099',
        language,
      });
      expect(await screen.findByText(sentence)).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: /Cổng Dịch vụ công|Public Service Portal/ })).toBe(
        null,
      );
    });
  }
});
