import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const gatewayUrl = process.env.XS_GATEWAY_URL ?? 'http://localhost:3000';
const port = 4200;

/** The browser calls same-origin `/api/v1/...`; the dev and preview servers pass it to the gateway. */
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: gatewayUrl, changeOrigin: false, xfwd: true },
};

export default defineConfig({
  root,
  envDir: root,
  plugins: [react()],
  resolve: {
    alias: {
      // The console only takes types and constants from contracts, straight from source.
      '@xieshang/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
    },
  },
  server: { host: 'localhost', port, strictPort: true, proxy },
  preview: { host: 'localhost', port, strictPort: true, proxy },
  // react-admin with Material UI is a large vendor bundle; an admin console loads it once, in two
  // chunks so that a change of the console's own code leaves the cached libraries valid.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'mui', test: /node_modules[\\/]@mui[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
