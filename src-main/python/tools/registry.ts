// The modules `pyscope -m NAME` runs natively, each printing what `python3.12 -m NAME`
// prints. A tool's main takes the arguments after the module name and returns the
// exit status.

import type { PyHost } from '../host'

export type ToolMain = (argv: string[], host: PyHost) => number | Promise<number>

export const TOOLS: Readonly<Record<string, () => Promise<{ main: ToolMain }>>> = {
  ast: () => import('./ast'),
  dis: () => import('./dis'),
  py_compile: () => import('./py_compile'),
  compileall: () => import('./compileall'),
  tokenize: () => import('./tokenize'),
}
