// Builds the explorer page (web/ into web/dist/), as `npm install` and
// `npm ci` do through the `prepare` script. Vite is a development
// dependency: a production install (`npm ci --omit=dev`) has none, and then
// the page is left unbuilt rather than the install failing; the server
// answers /explore with 503 and how to build it.
import { fileURLToPath } from 'node:url';

let vite: typeof import('vite');
try {
  vite = await import('vite');
} catch {
  console.log('coauthor-graph: vite is not installed (a production install), so the explorer page is not built; /explore answers 503 until `npm run build:web` runs');
  process.exit(0);
}
await vite.build({ configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)) });
