import { describe, expect, it } from 'vitest';
import { isApiPath, isSkipWaitingMessage } from '../../../src/sw/sw-rules.ts';

describe('service worker rules', () => {
  it('treats every /api path as API, and nothing else', () => {
    expect(isApiPath('/api/catalog')).toBe(true);
    expect(isApiPath('/api/catalog/1.001193')).toBe(true);
    expect(isApiPath('/api')).toBe(true);
    expect(isApiPath('/')).toBe(false);
    expect(isApiPath('/procedures/1.001193')).toBe(false);
    // A procedure or page whose name merely starts with "api" is still an app route.
    expect(isApiPath('/apiary')).toBe(false);
    expect(isApiPath('/procedures/api')).toBe(false);
  });

  it('accepts only the skip-waiting message the page sends', () => {
    expect(isSkipWaitingMessage({ type: 'SKIP_WAITING' })).toBe(true);
    expect(isSkipWaitingMessage({ type: 'OTHER' })).toBe(false);
    expect(isSkipWaitingMessage('SKIP_WAITING')).toBe(false);
    expect(isSkipWaitingMessage(null)).toBe(false);
    expect(isSkipWaitingMessage(undefined)).toBe(false);
  });
});
