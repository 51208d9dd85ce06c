// The application's services behind the API contract. One object implements PyscopeApi;
// index.ts binds it to ipcMain and web.ts to a WebSocket, so both shells behave alike.
// No electron import here: what differs between shells (the folder dialog, remembering
// the last folder) comes in as options.

import * as fs from 'node:fs/promises'
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { ApiCallError } from '../../src-shared/api'
import type { AppInfo, AppMode, FolderCacheStatus, FolderInfo, OpenFolderRequest, PyscopeApi, PyscopeEvents, RunRequest, TreeListing } from '../../src-shared/api'
import { createAnalysisPool, defaultAnalysisWorker } from './analysisPool'
import type { Analysis, AnalysisCode } from '../../src-shared/analysis'
import { folderCacheStatus, clearCache } from '../python/cache/report'
import { createNodePyHost } from './nodePyHost'
import { createRunManager } from './runs'
import { readTextFile, saveTextFile } from './files'
import { listFolder } from './listing'
import { resolveRealInside } from './paths'
import { watchFolders, type FolderWatcher } from './watcher'

export interface HostOptions {
  mode: AppMode
  version: string
  /** the folder holding the sample projects (resources/samples) */
  samplesDir: string
  /**
   * where samples are copied before opening, so students edit their own copy (an installed
   * app's resources are often read-only); without it samples open in place
   */
  samplesWorkDir?: string
  /** desktop: show the native dialog; resolves to the chosen folder or null */
  pickFolder?: () => Promise<string | null>
  /** browser mode lets the user type any path; the desktop only opens what the dialog gives */
  allowTypedPaths: boolean
  /** called with each folder opened (the desktop remembers it) */
  onFolderOpened?: (folder: FolderInfo) => void
  emit: <E extends keyof PyscopeEvents>(event: E, payload: PyscopeEvents[E]) => void
  /** the built run worker (out/main/runWorker.js); defaults to the one beside this bundle */
  runWorkerFile?: string
  /** the built analysis worker (out/main/analysisWorker.js); null analyses in-process */
  analysisWorkerFile?: string | null
}

export interface Host {
  api: PyscopeApi
  /** open a folder from the main side (last folder, command line) */
  open(dir: string): Promise<FolderInfo>
  dispose(): void
}

interface OpenState {
  realRoot: string
  info: FolderInfo
  watcher: FolderWatcher
}

/** out/main/runWorker.js: this code may sit in out/main or in a shared chunk (out/main/chunks) */
function defaultRunWorker(): string {
  const here = path.join(__dirname, 'runWorker.js')
  return existsSync(here) ? here : path.join(__dirname, '..', 'runWorker.js')
}

export function createHost(options: HostOptions): Host {
  let current: OpenState | null = null
  const runs = createRunManager(options.runWorkerFile ?? defaultRunWorker(), options.emit)
  const analysis = createAnalysisPool(options.analysisWorkerFile !== undefined ? options.analysisWorkerFile : defaultAnalysisWorker())
  // the cache services only read and delete files: a host without streams is enough
  const pyHost = createNodePyHost()

  const requireFolder = (): OpenState => {
    if (!current) throw new ApiCallError('no-folder', 'No folder is open. Open a folder of .py files first.')
    return current
  }

  const open = async (dir: string): Promise<FolderInfo> => {
    let realRoot: string
    try {
      realRoot = await fs.realpath(path.resolve(dir))
    } catch {
      throw new ApiCallError('not-found', `The folder "${dir}" does not exist.`)
    }
    const st = await fs.stat(realRoot)
    if (!st.isDirectory()) throw new ApiCallError('not-a-folder', `"${dir}" is not a folder.`)
    current?.watcher.close()
    const info: FolderInfo = { root: realRoot, name: path.basename(realRoot) || realRoot }
    const watcher = watchFolders(realRoot, (change) => options.emit('fileChanged', change))
    current = { realRoot, info, watcher }
    options.onFolderOpened?.(info)
    return info
  }

  const listSamples = async (): Promise<string[]> => {
    try {
      const entries = await fs.readdir(options.samplesDir, { withFileTypes: true })
      return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()
    } catch {
      return []
    }
  }

  /** The sample's folder to open: a working copy made on first use, kept afterwards. */
  const sampleFolder = async (name: string): Promise<string> => {
    const source = path.join(options.samplesDir, name)
    if (!options.samplesWorkDir) return source
    const copy = path.join(options.samplesWorkDir, name)
    try {
      await fs.access(copy)
    } catch {
      await fs.mkdir(options.samplesWorkDir, { recursive: true })
      await fs.cp(source, copy, { recursive: true, filter: (src) => path.basename(src) !== '__pycache__' })
    }
    return copy
  }

  const api: PyscopeApi = {
    async appInfo(): Promise<AppInfo> {
      return {
        mode: options.mode,
        version: options.version,
        folder: current?.info ?? null,
        samples: await listSamples(),
        canTypePath: options.allowTypedPaths,
      }
    },

    async openFolder(request?: OpenFolderRequest): Promise<FolderInfo | null> {
      if (request !== undefined && (typeof request !== 'object' || request === null)) {
        throw new ApiCallError('bad-request', 'openFolder takes { path } or { sample }.')
      }
      if (typeof request?.sample === 'string') {
        const samples = await listSamples()
        if (!samples.includes(request.sample)) throw new ApiCallError('not-found', `There is no sample "${request.sample}".`)
        return open(await sampleFolder(request.sample))
      }
      if (typeof request?.path === 'string' && request.path.trim() !== '') {
        if (!options.allowTypedPaths) throw new ApiCallError('bad-request', 'Use File > Open Folder… to choose a folder.')
        return open(request.path.trim())
      }
      if (!options.pickFolder) throw new ApiCallError('bad-request', 'Type the path of a folder to open.')
      const chosen = await options.pickFolder()
      return chosen === null ? null : open(chosen)
    },

    async listTree(): Promise<TreeListing> {
      const state = requireFolder()
      const { folders, ...listing } = await listFolder(state.realRoot)
      if (current === state) state.watcher.setFolders(folders)
      return listing
    },

    async readFile(relPath: string) {
      const state = requireFolder()
      const abs = await resolveRealInside(state.realRoot, relPath)
      return readTextFile(abs, relPath)
    },

    async saveFile(relPath: string, text: string) {
      const state = requireFolder()
      const abs = await resolveRealInside(state.realRoot, relPath)
      return saveTextFile(abs, relPath, text)
    },

    async analyze(relPath: string, text: string) {
      if (typeof relPath !== 'string' || typeof text !== 'string') throw new ApiCallError('bad-request', 'analyze takes a path and a text.')
      const state = requireFolder()
      // co_filename is the absolute path, as CPython records it for a file run by path
      // JSON text from the worker threads stands for the Analysis: transports splice it in
      return (await analysis.analyze(relPath, text, path.join(state.realRoot, relPath))) as Analysis
    },

    async codeInstructions(relPath: string, text: string, codePath: number[]) {
      if (typeof relPath !== 'string' || typeof text !== 'string' || !Array.isArray(codePath) || !codePath.every((i) => Number.isInteger(i) && i >= 0))
        throw new ApiCallError('bad-request', 'codeInstructions takes a path, a text and a code path (indices).')
      const state = requireFolder()
      return analysis.instructions(text, path.join(state.realRoot, relPath), codePath)
    },

    async analyzeFront(relPath: string, text: string) {
      if (typeof relPath !== 'string' || typeof text !== 'string') throw new ApiCallError('bad-request', 'analyzeFront takes a path and a text.')
      const state = requireFolder()
      return (await analysis.front(relPath, text, path.join(state.realRoot, relPath))) as Analysis
    },

    async analyzeCode(relPath: string, text: string) {
      if (typeof relPath !== 'string' || typeof text !== 'string') throw new ApiCallError('bad-request', 'analyzeCode takes a path and a text.')
      const state = requireFolder()
      return (await analysis.code(text, path.join(state.realRoot, relPath))) as AnalysisCode
    },

    async astDump(relPath: string, text: string, indent: number | null) {
      if (typeof relPath !== 'string' || typeof text !== 'string' || !(indent === null || (Number.isInteger(indent) && indent >= 0 && indent <= 16)))
        throw new ApiCallError('bad-request', 'astDump takes a path, a text and an indent (null or 0-16).')
      const state = requireFolder()
      try {
        return await analysis.astDump(text, path.join(state.realRoot, relPath), indent)
      } catch {
        // a syntax error: the view shows the analysis's error banner instead
        return null
      }
    },

    async startRun(request: RunRequest) {
      const state = requireFolder()
      if (typeof request?.path !== 'string') throw new ApiCallError('bad-request', 'startRun takes { path }.')
      const abs = await resolveRealInside(state.realRoot, request.path)
      const trace = request.trace ?? null
      if (trace !== null && trace !== 'frames' && trace !== 'instructions') throw new ApiCallError('bad-request', 'trace is frames or instructions.')
      return runs.start(abs, request.path, state.realRoot, trace)
    },

    async stopRun(runId: number) {
      await runs.stop(runId)
    },

    async traceState(runId: number, step: number) {
      if (typeof runId !== 'number' || typeof step !== 'number') throw new ApiCallError('bad-request', 'traceState takes a run id and a step.')
      return runs.state(runId, step)
    },

    async sendInput(runId: number, line: string | null) {
      if (line !== null && typeof line !== 'string') throw new ApiCallError('bad-request', 'sendInput takes a line or null.')
      runs.answer(runId, line)
    },

    async cacheStatus(): Promise<FolderCacheStatus[]> {
      const state = requireFolder()
      const rel = (p: string) => path.relative(state.realRoot, p).split(path.sep).join('/')
      return folderCacheStatus(pyHost, state.realRoot, null).map((s) => ({ ...s, relPath: rel(s.sourcePath) }))
    },

    async clearCache() {
      const state = requireFolder()
      return clearCache(pyHost, state.realRoot, null).length
    },
  }

  return {
    api,
    open,
    dispose() {
      runs.dispose()
      analysis.dispose()
      current?.watcher.close()
      current = null
    },
  }
}
