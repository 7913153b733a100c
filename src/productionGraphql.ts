import { createRequire } from 'node:module';

// graphql-js decides once, when it loads, whether to run every `instanceof`
// of its own through a development check that looks for a second copy of the
// library: about a tenth of the server's CPU under load. The entry points
// import this module first, so graphql-js loads here in production mode,
// with NODE_ENV set for that moment only: what the operator set (which
// decides whether errors suggest names) is back before anything else reads it.
const given = process.env['NODE_ENV'];
process.env['NODE_ENV'] = 'production';
createRequire(import.meta.url)('graphql');
if (given === undefined) delete process.env['NODE_ENV'];
else process.env['NODE_ENV'] = given;
