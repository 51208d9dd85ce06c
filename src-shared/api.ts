// The API contract between the renderer and the main side, declared once.
// The preload (Electron) and the WebSocket bridge (browser mode) are both built from
// API_CALLS and API_EVENTS; host/ implements PyscopeApi, so a call added here without a
// handler fails to compile, and a name missing from the lists below fails to compile too.

import type { Analysis, AnalysisCode } from './analysis'
import type { CodeInstructions } from './bytecode'
import type { TraceLevel } from './trace'
import type { TraceColumns, TraceState } from './timeline'
import type { CacheEvent, CacheStatus } from './cache'

/** Which shell the renderer runs in: the Electron window or a browser tab (`pyscope web`). */
export type AppMode = 'desktop' | 'browser'

export interface AppInfo {
  mode: AppMode
  version: string
  /** the folder already open (the last folder, or the one named on the command line) */
  folder: FolderInfo | null
  /** sample projects shipped in resources/samples, openable by name */
  samples: string[]
  /** whether openFolder accepts a typed path (browser mode) or shows a native dialog */
  canTypePath: boolean
}

export interface FolderInfo {
  /** absolute path on disk, for display */
  root: string
  /** the folder's own name */
  name: string
}

export interface TreeNode {
  name: string
  /** path relative to the opened folder, with '/' separators; '' for the root */
  path: string
  kind: 'dir' | 'file'
  children?: TreeNode[]
}

export interface TreeListing {
  root: TreeNode
  fileCount: number
  /** true when the folder held more files than the listing limit */
  truncated: boolean
}

export interface FileContent {
  path: string
  text: string
  /** modification time in milliseconds since the epoch */
  mtimeMs: number
  size: number
}

export interface SavedFile {
  path: string
  mtimeMs: number
  size: number
}

/** How to open a folder: nothing (native dialog), a typed path, or a bundled sample. */
export interface OpenFolderRequest {
  path?: string
  sample?: string
}

/** What to run: a file of the opened folder, with the editor's unsaved text ignored (save first). */
export interface RunRequest {
  path: string
  /** record the run for the timeline: call/line/return/exception events, or every instruction too */
  trace?: TraceLevel | null
}

export interface RunStarted {
  runId: number
  /** the file run, relative to the folder */
  path: string
}

export type RunStream = 'stdout' | 'stderr'

export interface RunOutputChunk {
  stream: RunStream
  text: string
}

export interface RunEnd {
  runId: number
  /** the exit status python3.12 would return; null when stopped */
  exitCode: number | null
  stopped: boolean
  durationMs: number
  /** every import's trip through __pycache__, in order (the main script included) */
  cacheEvents: CacheEvent[]
  /** set when the run failed inside Pyscope itself (not a Python exception) */
  internalError: string | null
}

/** a module's cache state, with paths relative to the opened folder */
export interface FolderCacheStatus extends CacheStatus {
  relPath: string
}

/** Every call the renderer can make. Paths are relative to the opened folder. */
export interface PyscopeApi {
  appInfo(): Promise<AppInfo>
  /** null when the user cancelled the dialog */
  openFolder(request?: OpenFolderRequest): Promise<FolderInfo | null>
  listTree(): Promise<TreeListing>
  readFile(path: string): Promise<FileContent>
  saveFile(path: string, text: string): Promise<SavedFile>
  /** tokens, AST and bytecode of `text` as if saved at `path` (the editor's current text) */
  analyze(path: string, text: string): Promise<Analysis>
  /** the tokens and AST half of analyze (code is null), ready before the bytecode */
  analyzeFront(path: string, text: string): Promise<Analysis>
  /** the bytecode half of analyze, computed at the same time on another thread */
  analyzeCode(path: string, text: string): Promise<AnalysisCode>
  /** the instructions of one code object of `text` (its CodeObjectView.path):
   *  analyze() sends only the module code's, the bytecode view asks for the one it shows */
  codeInstructions(path: string, text: string, codePath: number[]): Promise<CodeInstructions | null>
  /** ast.dump(ast.parse(text), indent=indent) for the AST view's text form; null on a syntax error */
  astDump(path: string, text: string, indent: number | null): Promise<string | null>
  /** start running a file in a worker; output and the end arrive as events */
  startRun(request: RunRequest): Promise<RunStarted>
  /** end the run at once (worker.terminate) */
  stopRun(runId: number): Promise<void>
  /** answer the run's pending input(); null is end of file (Ctrl+D) */
  sendInput(runId: number, line: string | null): Promise<void>
  /** the state at a step of a traced run: frames, locals, value stacks (the run is replayed) */
  traceState(runId: number, step: number): Promise<TraceState>
  /** the pyc state of every .py file in the folder */
  cacheStatus(): Promise<FolderCacheStatus[]>
  /** remove Pyscope's pycs (never CPython's); returns how many files were removed */
  clearCache(): Promise<number>
}

/** Commands from the desktop menu that the renderer carries out. */
export type MenuCommand = 'openFolder' | 'save' | 'toggleProjector' | 'run' | 'stop'

/** Every event the renderer can receive, with its payload. */
export interface PyscopeEvents {
  /** a file or folder inside the opened folder changed on disk */
  fileChanged: { path: string; kind: 'changed' | 'removed' }
  menuCommand: { command: MenuCommand }
  /** output of a run, batched (one event per burst, not per print) */
  runOutput: { runId: number; chunks: RunOutputChunk[] }
  /** the run is blocked in input() */
  runInput: { runId: number }
  runEnded: RunEnd
  /** a traced run's events, sent as it ends (before runEnded) */
  runTrace: { runId: number; columns: TraceColumns }
}

export type ApiCall = keyof PyscopeApi
export type ApiEvent = keyof PyscopeEvents

export const API_CALLS = [
  'appInfo',
  'openFolder',
  'listTree',
  'readFile',
  'saveFile',
  'analyze',
  'analyzeFront',
  'analyzeCode',
  'astDump',
  'codeInstructions',
  'startRun',
  'stopRun',
  'sendInput',
  'cacheStatus',
  'clearCache',
  'traceState',
] as const satisfies readonly ApiCall[]
export const API_EVENTS = ['fileChanged', 'menuCommand', 'runOutput', 'runInput', 'runEnded', 'runTrace'] as const satisfies readonly ApiEvent[]

// Compile-time proof that the runtime lists cover every key: each line is an error
// when a call or event is declared above but left out of its list.
type Missing<All, Listed> = Exclude<All, Listed>
const allCallsListed: Missing<ApiCall, (typeof API_CALLS)[number]> extends never ? true : never = true
const allEventsListed: Missing<ApiEvent, (typeof API_EVENTS)[number]> extends never ? true : never = true
void allCallsListed
void allEventsListed

export type EventListener<E extends ApiEvent> = (payload: PyscopeEvents[E]) => void

/** What the renderer finds on window.pyscope. */
export interface PyscopeBridge extends PyscopeApi {
  /** subscribe to an event; returns the unsubscribe function */
  on<E extends ApiEvent>(event: E, listener: EventListener<E>): () => void
}

/** Error codes a call can fail with; the renderer shows the message as is. */
export type ApiErrorCode =
  | 'no-folder'
  | 'outside-folder'
  | 'not-found'
  | 'not-a-file'
  | 'not-a-folder'
  | 'too-large'
  | 'binary'
  | 'bad-request'
  | 'io'

/** How a call's outcome travels over IPC or the WebSocket: errors as data, not exceptions,
 *  so the renderer sees our message instead of Electron's "Error invoking remote method". */
export type ApiReply<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ApiErrorCode; message: string } }

/** The error the renderer sees when a call fails. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiCallError'
  }
}

export function unwrapReply<T>(reply: ApiReply<T>): T {
  if (reply.ok) return reply.value
  throw new ApiCallError(reply.error.code, reply.error.message)
}

/** IPC channel names, shared by main and preload. */
export const ipcCallChannel = (name: ApiCall): string => `pyscope:call:${name}`
export const ipcEventChannel = (name: ApiEvent): string => `pyscope:event:${name}`

/** Messages on the browser-mode WebSocket. */
export type WireMessage =
  | { type: 'call'; id: number; name: ApiCall; args: unknown[] }
  | { type: 'reply'; id: number; reply: ApiReply }
  | { type: 'event'; name: ApiEvent; payload: unknown }
