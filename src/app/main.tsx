import './zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { createI18n, initialLocale } from './i18n.ts';
import { registerServiceWorker } from './pwa/sw-updates.ts';
import { preloadPagesWhenIdle } from './routes.tsx';
import './styles.css';

registerServiceWorker();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BrowserRouter>
        <App i18n={createI18n(initialLocale())} />
      </BrowserRouter>
    </StrictMode>,
  );
  preloadPagesWhenIdle();
}
