// The V8 heap settings of the threads that parse, compile and run Python (the program's
// thread of the CLI, the app's run and analysis threads). Parsing and compiling allocate
// many small short-lived objects; with V8's default young generation they are promoted and
// collected over and over. A 64 MB semi-space (young generation of three semi-spaces) made
// parsing and compiling CPython's Lib about 20% faster (measured: 600 Lib files, parse
// 433 -> 340 ms, compile 669 -> 520 ms). Memory is committed only as it is used.

import type { ResourceLimits } from 'node:worker_threads'

export const PYTHON_THREAD_LIMITS: ResourceLimits = {
  maxYoungGenerationSizeMb: 192,
  // deep Python recursion runs inside nested JS calls of the eval loop
  stackSizeMb: 64,
}
