import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeCatalog, makeProcedure } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

/** Issue 11, item 1: what a citizen reads as the fee. */
const escape = (text: string) => text.replace(/[()]/g, '\\$&');
const consular = makeProcedure({
  code: '1.000797',
  methods: [
    {
      channel: 'in_person',
      fees: [
        { kind: 'SERVICE_FEE', amountVnd: null, currency: 'USD', amount: 5, note: 'Cấp bản sao' },
        {
          kind: 'FEE',
          amountVnd: 0,
          note: 'Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định',
        },
      ],
    },
  ],
});

describe('fees on a procedure page', () => {
  for (const [language, dollars, fee, charge] of [
    ['vi', /5,00\sUS\$/, 'Phí', 'Lệ phí'],
    ['en', /US\$5\.00/, 'Fee (phí)', 'Charge (lệ phí)'],
  ] as const) {
    it(`keeps dollars in dollars and never calls a fee set by the council free (${language})`, async () => {
      await renderWithProviders(undefined, {
        storedCatalog: makeCatalog([consular]),
        route: '/procedures/1.000797',
        language,
      });
      const items = (
        await screen.findAllByText(new RegExp(`^(${escape(fee)}|${escape(charge)}):`))
      ).map((kind) => kind.closest('li')?.textContent ?? '');
      expect(items.find((text) => text.startsWith(`${fee}:`))).toMatch(dollars);
      const setByCouncil = items.find((text) => text.startsWith(`${charge}:`)) ?? '';
      expect(setByCouncil).toContain('Hội đồng nhân dân tỉnh quyết định');
      expect(setByCouncil).not.toMatch(/Miễn phí|Free/);
      expect(document.body.textContent).not.toContain('₫');
    });
  }
});
