/**
 * Entry of index.html (`npx vite` in development, and the standalone page in `dist/`): mounts the
 * state-chart page. Not part of the `mount` surface.
 */
import { mount } from './mount.tsx';

const root = document.getElementById('statechart-root');
if (root) mount(root);
