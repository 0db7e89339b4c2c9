import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy*/waitFor wait up to 5 s, not 1 s: CI shares two cores with Chromium and PostgreSQL.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
