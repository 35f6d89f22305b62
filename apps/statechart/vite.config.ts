import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { CSS_TARGET } from '../../tools/cssTarget.ts';

/**
 * One build into `dist/`, served by the server under `/mfe/statechart/`:
 * - `mount.js` — the entry host pages import (`mount(el)`), exports kept;
 * - `index.html` — the page on its own (also what `npx vite` serves in development);
 * - `probe.html` — a page that runs one real job-list poller with inspection on, to try the visualizer
 *   without any other micro-frontend.
 * The stylesheet stays a file (`assetsInlineLimit: 0`): a CSP with `style-src 'self'` rejects data: URLs.
 * The layout engine (ELK) is bundled into the layout worker's own file (`assets/layoutWorker-*.js`), an ES
 * module worker loaded from this origin (a CSP's `script-src 'self'` covers it), so no page script carries it.
 */
export default defineConfig({
  base: '/mfe/statechart/',
  plugins: [solid()],
  server: {
    proxy: {
      '/api': process.env.VPO_LIVE_URL ?? 'http://127.0.0.1:8321',
      '/health': process.env.VPO_LIVE_URL ?? 'http://127.0.0.1:8321',
    },
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    cssTarget: CSS_TARGET,
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // The layout worker is ELK (about 1.4 MB) and loads off the page's first script and main thread.
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      input: { index: 'index.html', probe: 'probe.html', mount: 'src/mount.tsx' },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: (chunk) => (chunk.name === 'mount' ? 'mount.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
