// A worker thread starts without the TypeScript loader its process has, so
// each worker entry (a plain JavaScript file) loads its TypeScript through
// this. tsx's require hook compiles the modules to CommonJS on this thread;
// its ES module loader instead starts a thread of its own for the hooks: the
// adjacency's worker was ready in 0.29-0.36 s that way, in 0.15-0.20 s this
// way, and a load waits for the workers that read half its file and build
// the coauthor adjacency.
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();

/**
 * A `require` that loads TypeScript modules from `url` (the worker entry's
 * `import.meta.url`).
 *
 * @example const { buildAdjacency } = requireTypeScript(import.meta.url)('./coauthorAdjacency.ts');
 */
export function requireTypeScript(url) {
  return createRequire(url);
}
