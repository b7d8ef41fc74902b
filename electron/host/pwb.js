#!/usr/bin/env node
// The `pwb` command: runs the TypeScript command line through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
