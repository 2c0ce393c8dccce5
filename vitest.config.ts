import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds. Node loads the CJS one for Apollo Server;
    // Vite would hand our sources the ESM one, and graphql refuses objects from "another realm". One copy.
    alias: { graphql: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Every test file starts its own simulator and gateway on port 0, so files run in parallel safely.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
