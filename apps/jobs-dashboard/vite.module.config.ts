import { defineConfig } from 'vite';
import { moduleViteConfig } from '../../tools/moduleViteConfig.ts';

/** The plain ES-module build of `mount` (see tools/moduleViteConfig.ts). */
export default defineConfig(moduleViteConfig());
