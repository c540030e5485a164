// Builds the kiosk page and the dev dock into dist/renderer. Relative asset URLs because the
// same files are served over http://127.0.0.1 by the browser shell and over borne://app/ in
// Electron. Everything becomes a file (no data: fonts, no inline script) so the strict CSP holds.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${root}/../dist/renderer`,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: `${root}/index.html`,
        'dev-dock': `${root}/dev-dock.html`,
      },
    },
  },
});
