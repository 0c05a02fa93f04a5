import { fileURLToPath } from 'node:url';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:3000';

// The console is built into dist/console, which the gateway serves on its own port.
// `npm run dev` serves it with hot reload and proxies the API to a running gateway (`npm start`).
export default defineConfig({
  root: here,
  base: '/',
  plugins: [
    react({
      // Each `graphql(...)` call becomes an import of that one document, each in its own module
      // (src/gql/documents, scripts/split-operation-documents.mjs), so a route's chunk carries its own
      // operations only, not every document the console has.
      babel: { plugins: [[babelOptimizerPlugin, { artifactDirectory: fileURLToPath(new URL('src/gql/documents', import.meta.url)), gqlTagName: 'graphql' }]] },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    // Office browsers on the intranet: Chromium-based, as old as Chrome 89.
    target: 'chrome89',
    sourcemap: true,
    // read by `npm run bench` to weigh the initial load and each route
    manifest: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: Number(process.env.CONSOLE_DEV_PORT ?? 5173),
    fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] },
    proxy: {
      '/graphql': { target: gateway, ws: true, changeOrigin: true },
      '/reports': { target: gateway, changeOrigin: true },
      '/exports': { target: gateway, changeOrigin: true },
      '/evidence': { target: gateway, changeOrigin: true },
      '/dev': { target: gateway, changeOrigin: true },
    },
  },
});
