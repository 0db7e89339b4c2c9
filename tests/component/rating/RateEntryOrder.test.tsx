import { act, fireEvent, screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../../src/app/routes.tsx';
import { civilStatusProcedures, makeCatalog } from '../support/factories.ts';
import { renderWithProviders } from '../support/render.tsx';

/**
 * Issue 20 on /rate: keystrokes that come before the page re-renders (a busy phone) all count,
 * and none pulls the user back from where they went. Events fire inside one act(), so every
 * handler runs against the same render.
 */

const catalog = makeCatalog(civilStatusProcedures());

function UrlProbe() {
  const { pathname, search } = useLocation();
  return <output aria-label="Current URL">{pathname + search}</output>;
}

const currentUrl = () => screen.getByRole('status', { name: 'Current URL' }).textContent;

async function renderEntry(route = '/rate') {
  await renderWithProviders(
    <>
      <UrlProbe />
      <AppRoutes />
    </>,
    { storedCatalog: catalog, route, language: 'en' },
  );
  return screen.findByRole('searchbox', { name: 'Procedure name or code' });
}

/** What a browser does on a keystroke: append to the input's current value, then fire. */
function press(input: HTMLInputElement, key: string) {
  fireEvent.change(input, { target: { value: input.value + key } });
}

describe('rate a service: typing keeps up whatever the timing (issue 20)', () => {
  it('keeps every keystroke typed before a re-render', async () => {
    const box = (await renderEntry()) as HTMLInputElement;
    act(() => [...'ket hon'].forEach((key) => press(box, key)));
    expect(box).toHaveValue('ket hon');
    expect(currentUrl()).toBe('/rate?q=ket+hon');
    expect(
      await screen.findByRole('link', { name: 'Rate: Marriage registration' }),
    ).toBeInTheDocument();
  });

  it('a keystroke right after opening a result does not pull the user back', async () => {
    const box = (await renderEntry('/rate?q=ket')) as HTMLInputElement;
    const link = await screen.findByRole('link', { name: 'Rate: Marriage registration' });
    act(() => {
      fireEvent.click(link);
      press(box, ' ');
    });
    expect(currentUrl()).toMatch(/^\/procedures\/[^/]+\/rate$/);
  });

  it('starts from the query of a shared link', async () => {
    const box = await renderEntry('/rate?q=khai+sinh');
    expect(box).toHaveValue('khai sinh');
  });
});
