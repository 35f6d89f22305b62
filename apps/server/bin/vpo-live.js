#!/usr/bin/env node
// The `vpo-live` command: the CLI is TypeScript run from source, so tsx's loader is registered first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main();
