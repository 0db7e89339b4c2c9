import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setSetting, SETTING_KEYS } from '../../../src/db/settings.ts';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { freshDatabase, renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog(civilStatusProcedures());
const FORM = '/procedures/1.001193/rate';

async function openForm(options: Parameters<typeof renderWithProviders>[1] = {}) {
  const view = await renderWithProviders(undefined, {
    storedCatalog: catalog,
    server: 'offline',
    route: FORM,
    ...options,
  });
  await screen.findByRole('group', { name: /Nhìn chung, bạn có hài lòng/ });
  return view;
}

/** The overall question's choices (the criteria below use the same three words). */
function chooseOverall(level: string) {
  return within(screen.getByRole('group', { name: /Nhìn chung/ })).getByRole('radio', {
    name: level,
  });
}

describe('rating form', () => {
  it('without an overall level, shows the error summary focused, linking to the field', async () => {
    const { user, db } = await openForm();
    await user.click(screen.getByRole('radio', { name: 'Trực tuyến' }));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Có lỗi cần sửa' })).toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: 'Hãy chọn mức hài lòng chung' });
    expect(within(summary).getAllByRole('link')).toHaveLength(1);

    const overall = screen.getByRole('group', { name: /Nhìn chung/ });
    expect(overall).toHaveAccessibleDescription(/Hãy chọn mức hài lòng chung/);
    await user.click(link);
    expect(within(overall).getByRole('radio', { name: 'Rất hài lòng' })).toHaveFocus();
    expect(await db.outbox.count()).toBe(0);
  });

  it('shows a bad dossier code beside the field, and in the summary', async () => {
    const { user } = await openForm();
    await user.click(chooseOverall('Hài lòng'));
    await user.click(screen.getByRole('radio', { name: 'Trực tiếp, tại cơ quan' }));
    const dossier = screen.getByRole('textbox', { name: /Mã hồ sơ/ });
    await user.type(dossier, 'Nguyễn Văn A');
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(dossier).toHaveAttribute('aria-invalid', 'true');
    expect(dossier).toHaveAccessibleDescription(/Nhập mã hồ sơ như in trên giấy tiếp nhận/);
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: /Nhập mã hồ sơ/ })).toHaveAttribute(
      'href',
      '#rating-dossier',
    );
  });

  it('counts comment characters and refuses a comment over 1,000', async () => {
    const { user, db } = await openForm();
    const comment = screen.getByRole('textbox', { name: /Góp ý/ });
    expect(comment).toHaveAccessibleDescription(/Không ghi thông tin cá nhân/);
    expect(screen.getByText('Bạn còn 1.000 ký tự')).toBeInTheDocument();
    await user.type(comment, 'Nhanh');
    expect(screen.getByText('Bạn còn 995 ký tự')).toBeInTheDocument();

    await user.clear(comment);
    await user.click(comment);
    await user.paste('x'.repeat(1_005));
    expect(comment).toHaveValue('x'.repeat(1_005)); // pasted text is never cut off unseen
    expect(screen.getByText('Bạn đã vượt 5 ký tự')).toBeInTheDocument();

    await user.click(chooseOverall('Hài lòng'));
    await user.click(screen.getByRole('radio', { name: 'Trực tuyến' }));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Góp ý không được dài quá 1000 ký tự',
      }),
    ).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(0);
  });

  it('offline, a valid rating is stored once in the outbox and the page says it is saved', async () => {
    const { user, db } = await openForm();
    await user.click(chooseOverall('Rất hài lòng'));
    await user.click(screen.getByRole('radio', { name: 'Trực tuyến' }));
    const staff = screen.getByRole('group', { name: 'Thái độ của cán bộ, công chức' });
    await user.click(within(staff).getByRole('radio', { name: 'Không hài lòng' }));
    await user.type(screen.getByRole('textbox', { name: /Mã hồ sơ/ }), 'H29.22-240115-0001');
    await user.type(screen.getByRole('textbox', { name: /Góp ý/ }), '  Cán bộ hướng dẫn kỹ. ');
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(
      await screen.findByText('Đã lưu trên thiết bị này — sẽ được gửi khi có mạng.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Cảm ơn bạn đã đánh giá' })).toBeVisible();
    const items = await db.outbox.toArray();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      state: 'pending',
      rating: {
        id: items[0]?.id,
        procedureCode: '1.001193',
        overall: 'very_satisfied',
        channel: 'online',
        criteria: { staff_attitude: 'dissatisfied' },
        dossierCode: 'H29.22-240115-0001',
        comment: 'Cán bộ hướng dẫn kỹ.',
        locale: 'vi',
      },
    });
    // The draft is gone: the next rating starts empty.
    expect(await db.settings.where('key').startsWith('rating.draft:').count()).toBe(0);
  });

  it('online, says "sent" once the server accepted it', async () => {
    const { user, db, fetchMock } = await openForm();
    fetchMock.mockImplementation(async (_input, init) => {
      const body = JSON.parse(String(init?.body)) as { ratings: { id: string }[] };
      return Response.json({
        results: body.ratings.map((r) => ({ id: r.id, status: 'accepted' })),
      });
    });
    await user.click(chooseOverall('Hài lòng'));
    await user.click(screen.getByRole('radio', { name: 'Trực tuyến' }));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findByText('Đã gửi. Đánh giá của bạn đã được nhận.')).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(0);
  });

  it('restores the answers after the form is closed and opened again', async () => {
    const db = freshDatabase();
    const first = await openForm({ db });
    await first.user.click(chooseOverall('Không hài lòng'));
    await first.user.type(screen.getByRole('textbox', { name: /Góp ý/ }), 'Phải chờ lâu');
    first.unmount();

    await openForm({ db });
    const overall = screen.getByRole('group', { name: /Nhìn chung/ });
    expect(within(overall).getByRole('radio', { name: 'Không hài lòng' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /Góp ý/ })).toHaveValue('Phải chờ lâu');
  });

  it('pre-fills the province the device remembers', async () => {
    const db = freshDatabase();
    await setSetting(SETTING_KEYS.province, '79');
    await openForm({ db });
    expect(
      screen.getByRole('combobox', { name: /Tỉnh, thành phố nơi bạn làm thủ tục/ }),
    ).toHaveValue('79');
  });

  it('keeps the answers and says so when the device is out of space', async () => {
    const { user, db } = await openForm();
    db.outbox.hook('creating', () => {
      throw Object.assign(new Error('no space'), { name: 'QuotaExceededError' });
    });
    await user.click(chooseOverall('Hài lòng'));
    await user.click(screen.getByRole('radio', { name: 'Trực tuyến' }));
    await user.type(screen.getByRole('textbox', { name: /Góp ý/ }), 'Giữ lại');
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/hết dung lượng lưu trữ/);
    expect(screen.getByRole('textbox', { name: /Góp ý/ })).toHaveValue('Giữ lại');
    expect(await db.outbox.count()).toBe(0);
  });
});
