import '@testing-library/jest-dom/vitest';
import { cleanup } from '@solidjs/testing-library';
import { afterEach } from 'vitest';
import { setFrameScheduler } from './session/scheduleFrame.ts';

// Rendering waits for animation frames in a browser; here a microtask stands in, so fake timers need no frames.
setFrameScheduler((callback) => queueMicrotask(callback));

afterEach(() => cleanup());
