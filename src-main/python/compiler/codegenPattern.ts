// placeholder, replaced below
import type * as A from '../spec/astNodes.gen'
import { LOC, type Compiler } from './compiler'
export function compileMatch(c: Compiler, s: A.Match): void {
  c.error(LOC(s), 'match statements are not supported yet')
}
