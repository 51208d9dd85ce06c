// `pyscope -m compileall`: Lib/compileall.py of CPython 3.12 — walk folders
// (sorted, skipping __pycache__), compile every .py whose .pyc is not up to date
// (the first 12 header bytes against MAGIC, flags 0 and the source mtime, unless -f),
// print "Listing '...'..." / "Compiling '...'..." and the errors as it does, and exit
// with status 1 when any file failed. -j is accepted and runs sequentially.

import type { PyHost } from '../host'
import { strRepr } from '../objects/strrepr'
import { PYC_MAGIC, cacheFromSource, pycMtime, type InvalidationMode } from '../cache/pyc'
import { CompileFailure, OSFailure, compileFile, pycachePrefix } from './py_compile'

const USAGE = `usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e LIMIT_SL_DEST] [--hardlink-dupes]
                     [FILE|DIR ...]
`

interface Options {
  maxlevels: number | null
  recursion: number | null
  force: boolean
  quiet: number
  legacy: boolean
  ddir: string | null
  stripdir: string | null
  prependdir: string | null
  rx: RegExp | null
  flist: string | null
  mode: InvalidationMode | undefined
  optLevels: number[] | null
  dests: string[]
}

class UsageError extends Error {}

/** the options that take a value */
const WITH_VALUE = new Set(['-r', '-d', '-s', '-p', '-x', '-i', '-j', '-o', '-e', '--workers', '--invalidation-mode'])

function parseArgs(argv: string[]): Options {
  const o: Options = {
    maxlevels: null, recursion: null, force: false, quiet: 0, legacy: false, ddir: null, stripdir: null,
    prependdir: null, rx: null, flist: null, mode: undefined, optLevels: null, dests: [],
  }
  const intValue = (opt: string, v: string): number => {
    if (!/^\s*[-+]?\d+\s*$/.test(v)) throw new UsageError(`argument ${opt}: invalid int value: '${v}'`)
    return parseInt(v, 10)
  }
  const set = (opt: string, v: string): void => {
    switch (opt) {
      case '-r': o.recursion = intValue(opt, v); break
      case '-d': o.ddir = v; break
      case '-s': o.stripdir = v; break
      case '-p': o.prependdir = v; break
      case '-x': o.rx = new RegExp(v); break
      case '-i': o.flist = v; break
      case '-j': case '--workers': intValue('-j/--workers', v); break
      case '-o': (o.optLevels ??= []).push(intValue(opt, v)); break
      case '-e': break
      case '--invalidation-mode':
        if (!['checked-hash', 'timestamp', 'unchecked-hash'].includes(v)) {
          throw new UsageError(`argument --invalidation-mode: invalid choice: '${v}' (choose from 'checked-hash', 'timestamp', 'unchecked-hash')`)
        }
        o.mode = v as InvalidationMode
        break
    }
  }
  let positional = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (positional || a === '-' || !a.startsWith('-')) {
      o.dests.push(a)
    } else if (a === '--') {
      positional = true
    } else if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const name = eq < 0 ? a : a.slice(0, eq)
      if (name === '--hardlink-dupes') throw new UsageError('Hardlinking of duplicated bytecode makes sense only for more than one optimization level.')
      if (name === '--help') throw new UsageError('')
      if (!WITH_VALUE.has(name)) throw new UsageError(`unrecognized arguments: ${a}`)
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i]
      if (v === undefined) throw new UsageError(`argument ${name}: expected one argument`)
      set(name, v)
    } else {
      // a cluster of short flags, the last of which may take a value
      for (let k = 1; k < a.length; k++) {
        const f = '-' + a[k]
        if (f === '-l') o.maxlevels = 0
        else if (f === '-f') o.force = true
        else if (f === '-q') o.quiet++
        else if (f === '-b') o.legacy = true
        else if (f === '-h') throw new UsageError('')
        else if (WITH_VALUE.has(f)) {
          const v = k + 1 < a.length ? a.slice(k + 1) : argv[++i]
          if (v === undefined) throw new UsageError(`argument ${f}: expected one argument`)
          set(f, v)
          break
        } else throw new UsageError(`unrecognized arguments: ${a}`)
      }
    }
  }
  if (o.ddir !== null && (o.stripdir !== null || o.prependdir !== null)) {
    throw new UsageError('-d cannot be used in combination with -s or -p')
  }
  return o
}

function pathJoin(a: string, b: string): string {
  if (b.startsWith('/')) return b
  return a === '' || a.endsWith('/') ? a + b : a + '/' + b
}

class Run {
  constructor(readonly host: PyHost, readonly o: Options) {}

  print(s: string): void {
    this.host.writeStdout(s + '\n')
  }

  /** compileall._walk_dir */
  *walk(dir: string, maxlevels: number): Generator<string> {
    if (!this.o.quiet) this.print(`Listing ${strRepr(dir)}...`)
    let names: string[]
    try {
      const st = this.host.stat(dir)
      if (!st || !st.isDir) throw new Error('not a folder')
      names = this.host.listdir(dir)
    } catch {
      if (this.o.quiet < 2) this.print(`Can't list ${strRepr(dir)}`)
      names = []
    }
    names.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    for (const name of names) {
      if (name === '__pycache__') continue
      const full = pathJoin(dir, name)
      const st = this.host.stat(full)
      if (!st?.isDir) yield full
      else if (maxlevels > 0 && name !== '.' && name !== '..') yield* this.walk(full, maxlevels - 1)
    }
  }

  /** compileall.compile_file: true when nothing failed */
  compileFile(fullname: string): boolean {
    const o = this.o
    const name = fullname.slice(fullname.lastIndexOf('/') + 1)
    let dfile: string | undefined
    if (o.ddir !== null) dfile = pathJoin(o.ddir, name)
    if (o.stripdir !== null) {
      const parts = fullname.split('/')
      const kept = [...parts]
      o.stripdir.split('/').forEach((s, i) => {
        if (s === parts[i]) kept.splice(kept.indexOf(s), 1)
      })
      dfile = kept.join('/')
    }
    if (o.prependdir !== null) dfile = pathJoin(o.prependdir, dfile ?? fullname)
    if (o.rx && o.rx.test(fullname)) return true
    const st = this.host.stat(fullname)
    if (!st || st.isDir || !name.endsWith('.py')) return true
    const levels = [...new Set(o.optLevels ?? [-1])].sort((a, b) => a - b)
    const cfiles = levels.map((level) =>
      o.legacy
        ? fullname + 'c'
        : cacheFromSource(fullname, { prefix: pycachePrefix(this.host), cwd: this.host.cwd(), optimization: level >= 1 ? level : '' }),
    )
    if (!o.force && cfiles.every((c) => this.upToDate(c, st.mtime))) return true
    if (!o.quiet) this.print(`Compiling ${strRepr(fullname)}...`)
    try {
      levels.forEach((level, i) => compileFile(this.host, fullname, { cfile: cfiles[i], dfile, optimize: level, mode: o.mode }))
    } catch (e) {
      if (!(e instanceof CompileFailure || e instanceof OSFailure)) throw e
      if (o.quiet >= 2) return false
      if (o.quiet) this.print(`*** Error compiling ${strRepr(fullname)}...`)
      else this.host.writeStdout('*** ')
      this.print(e instanceof CompileFailure ? e.msg : `${e.pyType}: ${e.message}`)
      return false
    }
    return true
  }

  /** the 12 bytes compile_file expects: MAGIC, flags 0, int(mtime) */
  upToDate(cfile: string, mtime: number): boolean {
    let head: Uint8Array
    try {
      head = this.host.readFile(cfile).subarray(0, 12)
    } catch {
      return false
    }
    if (head.length !== 12 || !PYC_MAGIC.every((b, i) => head[i] === b)) return false
    const v = new DataView(head.buffer, head.byteOffset, 12)
    return v.getUint32(4, true) === 0 && v.getUint32(8, true) === pycMtime(mtime)
  }
}

export function main(argv: string[], host: PyHost): number {
  let o: Options
  try {
    o = parseArgs(argv)
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message === '') {
        host.writeStdout(USAGE)
        return 0
      }
      host.writeStderr(USAGE + `compileall.py: error: ${e.message}\n`)
      return 2
    }
    throw e
  }
  if (o.flist !== null) {
    try {
      const text = o.flist === '-' ? readStdin(host) : new TextDecoder().decode(host.readFile(o.flist))
      const lines = text.split('\n')
      if (lines[lines.length - 1] === '') lines.pop()
      for (const line of lines) o.dests.push(line.trim())
    } catch {
      if (o.quiet < 2) host.writeStdout(`Error reading file list ${o.flist}\n`)
      return 1
    }
  }
  const run = new Run(host, o)
  const maxlevels = o.recursion ?? o.maxlevels ?? 1000
  let ok = true
  for (const dest of o.dests) {
    const st = host.stat(dest)
    if (st && !st.isDir) {
      if (!run.compileFile(dest)) ok = false
    } else {
      for (const f of run.walk(dest, maxlevels)) if (!run.compileFile(f)) ok = false
    }
  }
  return ok ? 0 : 1
}

function readStdin(host: PyHost): string {
  let text = ''
  for (let l = host.readLine(); l !== null; l = host.readLine()) text += l
  return text
}
