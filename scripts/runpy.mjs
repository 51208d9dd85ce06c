#!/usr/bin/env node
// Dev entry: run a .py file through our whole pipeline straight from the TypeScript
// sources (no build), like `pyscope FILE [ARGS]`. Vite's module runner loads the sources the
// way vitest does (ES modules, so the object files' import cycles resolve as in the tests).
//   node scripts/runpy.mjs prog.py [ARGS]
import { createServer } from 'vite'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.env.PYSCOPE_STDLIB ??= path.join(root, 'resources', 'lib')
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
})
let status = 0
try {
  const { runMain } = await server.ssrLoadModule('/src-main/python/run.ts')
  const { createNodePyHost } = await server.ssrLoadModule('/src-main/host/nodePyHost.ts')
  status = await runMain(process.argv.slice(2), createNodePyHost())
} finally {
  await server.close()
}
process.exit(status)
