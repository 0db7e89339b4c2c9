import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OutboxItem } from '../../../src/db/database.ts';
import { OUTBOX_SETTING_KEYS } from '../../../src/db/outbox.ts';
import { setSetting } from '../../../src/db/settings.ts';
import type { Rating } from '../../../src/domain/rating.ts';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { freshDatabase, renderWithProviders } from '../support/render.tsx';

const catalog = makeCatalog(civilStatusProcedures());

function makeItem(index: number, overrides: Partial<OutboxItem> = {}): OutboxItem {
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const rating: Rating = {
    id,
    procedureCode: '1.001193',
    overall: 'satisfied',
    channel: 'online',
    createdAt: `2026-11-2${index % 10}T08:00:00.000Z`,
    locale: 'en',
  };
  return {
    id,
    rating,
    state: 'pending',
    queuedAt: Date.parse(rating.createdAt),
    attempts: 0,
    // Waiting out a backoff: the screen's own sync triggers leave it alone during the test.
    nextAttemptAt: Date.now() + 3_600_000,
    ...overrides,
  };
}

async function renderWith(items: OutboxItem[], route = '/outbox') {
  const db = freshDatabase();
  await db.outbox.bulkAdd(items);
  return renderWithProviders(undefined, {
    db,
    route,
    language: 'en',
    storedCatalog: catalog,
    server: 'offline',
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('header indicator', () => {
  it('shows how many ratings wait, as a link to the outbox', async () => {
    await renderWith([makeItem(1), makeItem(2), makeItem(3, { state: 'sending' })], '/');
    const link = await screen.findByRole('link', { name: '3 ratings waiting to be sent' });
    expect(link).toHaveAttribute('href', '/outbox');
  });

  it('is hidden when nothing waits; refused ratings do not count as waiting', async () => {
    await renderWith([makeItem(1, { state: 'rejected', reason: 'unknown_procedure' })], '/');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(screen.queryByRole('link', { name: /waiting/ })).toBeNull());
  });
});

describe('outbox screen', () => {
  it('lists a rejected rating with its reason, the count and the oldest waiting', async () => {
    await renderWith([
      makeItem(1, { state: 'rejected', reason: 'dossier_already_rated' }),
      makeItem(2),
      makeItem(3, { attempts: 2 }),
    ]);
    const list = await screen.findByRole('list');
    const items = await within(list).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    const rejected = items[0]!;
    expect(within(rejected).getByRole('heading', { name: 'Birth registration' })).toBeVisible();
    expect(rejected).toHaveTextContent('Not accepted');
    expect(rejected).toHaveTextContent(
      'This dossier has already been rated. Each dossier can be rated once.',
    );
    expect(items[2]).toHaveTextContent(/Tried 2 times/);

    const waiting = screen.getByText('Waiting to be sent', { selector: 'dt' });
    expect(waiting.nextElementSibling).toHaveTextContent('2');
    const oldest = screen.getByText('Oldest waiting since', { selector: 'dt' });
    expect(oldest.nextElementSibling).toHaveTextContent('22 Nov 2026');
  });

  it('discards a rejected rating only after confirmation', async () => {
    const { user, db } = await renderWith([
      makeItem(1, { state: 'conflict', reason: 'id_conflict' }),
    ]);
    await user.click(
      await screen.findByRole('button', { name: 'Discard the rating of Birth registration' }),
    );
    expect(await db.outbox.count()).toBe(1);
    expect(screen.getByRole('button', { name: 'No, keep it' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(await db.outbox.count()).toBe(1);

    await user.click(
      screen.getByRole('button', { name: 'Discard the rating of Birth registration' }),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, discard it' }));
    expect(await screen.findByText('The rating was discarded.')).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(0);
  });

  it('exports every rating with its state as a JSON file', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:outbox';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderWith([
      makeItem(1, { state: 'rejected', reason: 'unknown_procedure' }),
      makeItem(2),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Export as JSON file' }));

    expect(
      await screen.findByText(/The file dvc-ratings-.*\.json has been downloaded\./),
    ).toBeVisible();
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^dvc-ratings-.*\.json$/);
    const exported = JSON.parse(await blobs[0]!.text()) as { items: OutboxItem[] };
    expect(exported.items.map((i) => [i.id, i.state, i.rating.procedureCode])).toEqual([
      [makeItem(1).id, 'rejected', '1.001193'],
      [makeItem(2).id, 'pending', '1.001193'],
    ]);
  });

  it('says when the browser refused to keep its storage', async () => {
    const db = freshDatabase();
    await setSetting(OUTBOX_SETTING_KEYS.persistence, 'denied');
    await renderWithProviders(undefined, { db, route: '/outbox', language: 'en' });
    expect(
      await screen.findByText(/did not agree to keep its storage permanently/),
    ).toBeInTheDocument();
  });

  it('"Send now" sends ratings waiting out a backoff and says how many went', async () => {
    const { user, db, fetchMock } = await renderWith([
      makeItem(1, { attempts: 3 }),
      makeItem(2, { attempts: 1 }),
    ]);
    fetchMock.mockImplementation(async (_input, init) => {
      const body = JSON.parse(String(init?.body)) as { ratings: { id: string }[] };
      return Response.json({
        results: body.ratings.map((r) => ({ id: r.id, status: 'accepted' })),
      });
    });
    await user.click(await screen.findByRole('button', { name: 'Send now' }));
    expect(await screen.findByText('2 ratings sent.')).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(0);
    expect(screen.getByText('There are no ratings on this device.')).toBeInTheDocument();
  });
});
