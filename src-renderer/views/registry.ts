// The views later issues add (tokens, AST, bytecode, frames, console, timeline, cache log).
// Each registers here with the area it lives in; an area with no views takes no space, so
// the shell never shows a panel for a feature that does not exist yet.

import type { Component } from 'svelte'
import type { Workspace } from '../lib/workspace.svelte'
import AstView from './AstView.svelte'
import BytecodeView from './BytecodeView.svelte'
import CacheView from './CacheView.svelte'
import ConsoleView from './ConsoleView.svelte'
import TokensView from './TokensView.svelte'
import RunTimeline from './RunTimeline.svelte'

export interface ViewSpec {
  id: string
  title: string
  component: Component<{ ws: Workspace }>
}

/** tabs in the right-hand area, beside the editor */
export const RIGHT_VIEWS: readonly ViewSpec[] = [
  { id: 'tokens', title: 'Tokens', component: TokensView },
  { id: 'ast', title: 'AST', component: AstView },
  { id: 'bytecode', title: 'Bytecode', component: BytecodeView },
]

/** tabs in the bottom area (console, timeline) */
export const BOTTOM_VIEWS: readonly ViewSpec[] = [
  { id: 'console', title: 'Console', component: ConsoleView },
  { id: 'cache', title: 'Cache log', component: CacheView },
  { id: 'timeline', title: 'Timeline', component: RunTimeline },
]
