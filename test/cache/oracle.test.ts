// CPython judges our .pyc files (only with the oracle): importlib's header checks
// (_classify_pyc, _validate_timestamp_pyc / _validate_hash_pyc) pass, and
// marshal.loads of the body equals CPython's own compile() of the source. The code
// objects are CPython's (from the fixtures' .marshal), so this tests the file format
// without our compiler.

import { execFileSync } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildPyc, type InvalidationMode } from '../../src-main/python/cache/pyc'
import { loadsCode } from '../../src-main/python/marshal/loads'
import { makeTempDir, removeDir } from '../support/tempFolder'
import { oracle } from '../support/oracle'


const CHECK = `
import importlib.util, importlib._bootstrap_external as be, marshal, os, sys
src, pyc = sys.argv[1], sys.argv[2]
data = open(pyc, 'rb').read()
source = open(src, 'rb').read()
name = os.path.basename(src)
flags = be._classify_pyc(data, name, {})
if flags & 1:
    be._validate_hash_pyc(data, importlib.util.source_hash(source), name, {})
else:
    st = os.stat(src)
    be._validate_timestamp_pyc(data, int(st.st_mtime), st.st_size, name, {})
got = marshal.loads(data[16:])
want = compile(source, name, 'exec', dont_inherit=True)
print('same' if got == want and got.co_filename == want.co_filename else 'differ')
`

const py = oracle()
const FIX = join(__dirname, '..', 'fixtures', 'dis')
const dir = makeTempDir('pyscope-pyc-')
afterAll(() => removeDir(dir))

describe.skipIf(!py)('CPython reads our .pyc files', () => {
  for (const mode of ['timestamp', 'checked-hash', 'unchecked-hash'] as InvalidationMode[]) {
    for (const name of ['calculate_sum', 'closures', 'literals']) {
      it(`${name} (${mode})`, () => {
        const src = join(dir, name + '.py')
        const source = new Uint8Array(readFileSync(join(FIX, name + '.py')))
        writeFileSync(src, source)
        const st = statSync(src)
        const code = loadsCode(new Uint8Array(readFileSync(join(FIX, name + '.marshal'))))
        const pyc = join(dir, `${name}.${mode}.pyc`)
        writeFileSync(pyc, buildPyc(code, source, mode, { mtime: st.mtimeMs / 1000, size: st.size }))
        expect(execFileSync(py!, ['-c', CHECK, src, pyc], { encoding: 'utf8' }).trim()).toBe('same')
      })
    }
  }
})
