import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

/**
 * The plain ES-module build of the same `mount` (library mode), for hosts without the federation runtime:
 * `import { mount } from '…/mfe/jobs-dashboard/mount.js'`. Solid, XState and RxJS are bundled in. It runs
 * after the federation build and writes `dist/mount.js` next to `remoteEntry.js`.
 */
export default defineConfig({
  base: './',
  plugins: [solid()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: { entry: 'src/mount.tsx', formats: ['es'], fileName: () => 'mount.js' },
    // The stylesheet must stay a file: a CSP with `style-src 'self'` rejects a data: URL.
    assetsInlineLimit: 0,
    minify: true,
  },
});
