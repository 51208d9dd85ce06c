// Dev entry: run a .py file through our whole pipeline (parser, compiler, VM), like `pyscope FILE`.
import { runMain } from '../../src-main/python/run'
import { createNodePyHost } from '../../src-main/host/nodePyHost'

runMain(process.argv.slice(2), createNodePyHost()).then((status) => {
  process.exitCode = status
})
