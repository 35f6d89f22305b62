import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

/**
 * The plain ES-module build of the same `mount`, for hosts without the federation runtime:
 * `import { mount } from '…/mfe/job-detail/mount.js'`. Solid, XState and RxJS are bundled in. It is written
 * next to the federation build (run after it), into `dist/mount.js` and `dist/module/`.
 */
export default defineConfig({
  base: './',
  plugins: [solid()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: { mount: 'src/mount.tsx' },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'module/[name]-[hash].js',
        assetFileNames: 'module/[name]-[hash][extname]',
      },
    },
  },
});
