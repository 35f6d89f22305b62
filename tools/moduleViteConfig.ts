import type { UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { CSS_TARGET } from './cssTarget.ts';

/**
 * The plain ES-module build of a remote's `mount`, for hosts without the federation runtime:
 * `import { mount } from '…/mfe/<app>/mount.js'`. Solid, XState and RxJS are bundled in. It runs after the
 * federation build (see remoteViteConfig.ts) and writes `dist/mount.js` and its chunks in `dist/module/`, next
 * to `remoteEntry.js`. Every remote uses this one function.
 */
export function moduleViteConfig(): UserConfig {
  return {
    base: './',
    plugins: [solid()],
    build: {
      target: 'es2022',
      cssTarget: CSS_TARGET,
      outDir: 'dist',
      emptyOutDir: false,
      copyPublicDir: false,
      // The stylesheet must stay a file: a CSP with `style-src 'self'` rejects a data: URL.
      assetsInlineLimit: 0,
      minify: true,
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
  };
}
