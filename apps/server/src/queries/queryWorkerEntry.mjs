// The first module of every query worker thread: the server is TypeScript run from source, so tsx's loader is
// registered in this thread before the worker module (workerData.module) is imported.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
