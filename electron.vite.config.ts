import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          cli: resolve(__dirname, 'src-main/cli.ts'),
          // the thread a `pyscope FILE` program runs in (cli.ts starts it from beside the bundle)
          cliWorker: resolve(__dirname, 'src-main/cliWorker.ts'),
          // a run's worker thread (host/runs.ts starts it from beside the bundle)
          runWorker: resolve(__dirname, 'src-main/runWorker.ts'),
          // the two analysis threads behind the views (host/analysisPool.ts)
          analysisWorker: resolve(__dirname, 'src-main/analysisWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { preload: resolve(__dirname, 'src-main/preload.ts') } },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [svelte()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
})
