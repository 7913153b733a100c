import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM builds. Node (and so Yoga and Pothos)
    // loads the CommonJS one; Vite would hand our sources the ESM one, and
    // two copies make `instanceof GraphQLError` fail, masking our errors.
    alias: [{ find: /^graphql$/u, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Several tests start the server or the CLI as a child process; on a
    // busy two-core machine that alone can take seconds.
    testTimeout: 30_000,
  },
});
