// The shell's state: the open folder, its tree, the file in the editor and what the status
// bar says. Components read it and call its methods; only this class talks to the API.

import type { AppInfo, FolderInfo, OpenFolderRequest, PyscopeBridge, PyscopeEvents, TreeListing } from '../../src-shared/api'
import { CacheState } from './cacheState.svelte'
import { Inspector } from './inspector.svelte'
import { Runner } from './runner.svelte'
import { TimelineState } from './timelineView.svelte'
import type { TraceLevel } from '../../src-shared/trace'

export interface OpenFile {
  path: string
  /** the text as last loaded or saved */
  savedText: string
  /** bumped whenever the editor must take the text from disk (open, reload) */
  version: number
}

export type StatusKind = 'info' | 'error'

export class Workspace {
  info = $state<AppInfo | null>(null)
  folder = $state<FolderInfo | null>(null)
  tree = $state.raw<TreeListing | null>(null)
  file = $state<OpenFile | null>(null)
  /** the folder's README.md, shown until a file is chosen (the samples say what to look at) */
  readme = $state<string | null>(null)
  dirty = $state(false)
  cursor = $state({ line: 1, col: 1 })
  status = $state<{ text: string; kind: StatusKind }>({ text: '', kind: 'info' })

  /** the editor's current text; not reactive, read on save and compared on each change */
  private text = ''
  private version = 0

  /** the analysis views' data and the shared source highlight */
  readonly inspect: Inspector
  readonly timeline: TimelineState
  readonly runner: Runner
  readonly cache: CacheState
  /** the file Run runs; null: the open file */
  mainFile = $state<string | null>(null)

  constructor(private readonly api: PyscopeBridge) {
    this.inspect = new Inspector(api)
    this.timeline = new TimelineState(api)
    this.runner = new Runner(api)
    this.cache = new CacheState(api)
    api.on('runEnded', () => void this.cache.refresh())
  }

  /** Run (button, F5): saves the open file first, since a run reads files from disk;
   *  `trace` records it for the timeline */
  async run(trace: TraceLevel | null = null): Promise<void> {
    const path = this.mainFile ?? this.file?.path
    if (!path) {
      this.say('Open a .py file (or choose a main file) to run.', 'error')
      return
    }
    if (this.dirty) await this.save()
    try {
      await this.runner.start(path, trace)
    } catch (e) {
      this.fail(e)
    }
  }

  /** a traceback line was clicked: show that line of that file */
  async reveal(path: string, line: number): Promise<void> {
    if (path !== this.file?.path) await this.openFile(path)
    if (path !== this.file?.path) return
    this.pendingReveal = line
    this.revealSeq++
  }

  /** the line the editor should scroll to and select, bumped by revealSeq */
  pendingReveal = 0
  revealSeq = $state(0)

  async start(): Promise<void> {
    this.api.on('fileChanged', (change) => void this.onFileChanged(change))
    try {
      this.info = await this.api.appInfo()
      if (this.info.folder) await this.showFolder(this.info.folder)
    } catch (e) {
      this.fail(e)
    }
  }

  async openFolder(request?: OpenFolderRequest): Promise<void> {
    if (this.dirty && !confirm(`Discard unsaved changes to ${this.file?.path}?`)) return
    try {
      const folder = await this.api.openFolder(request)
      if (folder) await this.showFolder(folder)
    } catch (e) {
      this.fail(e)
    }
  }

  private async showFolder(folder: FolderInfo): Promise<void> {
    this.folder = folder
    this.file = null
    this.dirty = false
    this.readme = null
    this.mainFile = null
    this.inspect.update(null, '', true)
    this.cache.reset()
    void this.cache.refresh()
    await this.refreshTree()
    this.readme = await this.api.readFile('README.md').then(
      (f) => f.text,
      () => null,
    )
    const n = this.tree?.fileCount ?? 0
    this.say(n === 0 ? `${folder.name} holds no .py files yet.` : `Opened ${folder.root}`)
  }

  async refreshTree(): Promise<void> {
    try {
      this.tree = await this.api.listTree()
    } catch (e) {
      this.fail(e)
    }
  }

  async openFile(path: string): Promise<void> {
    if (path === this.file?.path) return
    if (this.dirty && !confirm(`Discard unsaved changes to ${this.file?.path}?`)) return
    try {
      const content = await this.api.readFile(path)
      this.load(path, content.text)
      this.say(`Opened ${path} (${content.size} bytes)`)
    } catch (e) {
      this.fail(e)
    }
  }

  private load(path: string, text: string): void {
    this.text = text
    this.file = { path, savedText: text, version: ++this.version }
    this.dirty = false
    this.inspect.update(path, text, true)
  }

  /** the editor reports every change here */
  edited(text: string): void {
    this.text = text
    this.dirty = this.file !== null && text !== this.file.savedText
    this.inspect.update(this.file?.path ?? null, text, false)
  }

  currentText(): string {
    return this.text
  }

  private saving: Promise<void> | null = null

  /** One save at a time: Ctrl+S can arrive from both the menu and the editor. */
  save(): Promise<void> {
    if (!this.saving) this.saving = this.doSave().finally(() => (this.saving = null))
    return this.saving
  }

  private async doSave(): Promise<void> {
    const file = this.file
    if (!file) return
    const text = this.text
    try {
      const saved = await this.api.saveFile(file.path, text)
      if (this.file === file) {
        file.savedText = text
        this.dirty = this.text !== text
      }
      this.say(`Saved ${saved.path} (${saved.size} bytes) at ${new Date(saved.mtimeMs).toLocaleTimeString()}`)
    } catch (e) {
      this.fail(e)
    }
  }

  private treeTimer: ReturnType<typeof setTimeout> | null = null

  /** A checkout or a formatter touches many files at once: one new listing per burst. */
  private scheduleTreeRefresh(): void {
    if (this.treeTimer) return
    this.treeTimer = setTimeout(() => {
      this.treeTimer = null
      void this.refreshTree()
    }, 150)
  }

  private async onFileChanged(change: PyscopeEvents['fileChanged']): Promise<void> {
    if (!this.folder) return
    this.scheduleTreeRefresh()
    this.cache.soon()
    const file = this.file
    if (!file || change.path !== file.path) return
    if (change.kind === 'removed') {
      this.say(`${file.path} was deleted on disk; Save writes it again.`, 'error')
      return
    }
    try {
      const content = await this.api.readFile(file.path)
      if (content.text === file.savedText || content.text === this.text) return // our own save
      if (this.dirty) {
        this.say(`${file.path} changed on disk; your unsaved edits are kept. Save overwrites the file.`, 'error')
      } else {
        this.load(file.path, content.text)
        this.say(`Reloaded ${file.path}: it changed on disk.`)
      }
    } catch (e) {
      this.fail(e)
    }
  }

  /** browser mode: back to the empty state to type another folder's path */
  closeFolder(): void {
    if (this.dirty && !confirm(`Discard unsaved changes to ${this.file?.path}?`)) return
    this.folder = null
    this.file = null
    this.tree = null
    this.dirty = false
    this.say('')
  }

  say(text: string, kind: StatusKind = 'info'): void {
    this.status = { text, kind }
  }

  fail(e: unknown): void {
    this.say(e instanceof Error ? e.message : String(e), 'error')
  }
}
