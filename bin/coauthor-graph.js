#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so it works straight after `npm ci`
// with no build step.
import { register } from 'tsx/esm/api';

register();
// graphql-js in production mode for `serve`, before anything imports it.
await import('../src/productionGraphql.ts');
await import('../src/cli/main.ts');
