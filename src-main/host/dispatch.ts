// Runs one call that arrived over a transport (IPC or WebSocket). The name and argument
// count are checked against the contract because they come from the renderer; errors
// come back as data (ApiReply) so the renderer shows our message, not a transport's.

import { API_CALLS, ApiCallError } from '../../src-shared/api'
import type { ApiCall, ApiReply, PyscopeApi } from '../../src-shared/api'

const CALLS: ReadonlySet<string> = new Set(API_CALLS)

export function isApiCall(name: unknown): name is ApiCall {
  return typeof name === 'string' && CALLS.has(name)
}

export async function dispatchCall(api: PyscopeApi, name: unknown, args: unknown): Promise<ApiReply> {
  try {
    if (!isApiCall(name)) throw new ApiCallError('bad-request', `Unknown call "${String(name)}".`)
    if (!Array.isArray(args)) throw new ApiCallError('bad-request', `Arguments of ${name} must be a list.`)
    const fn = api[name] as (...a: unknown[]) => Promise<unknown>
    if (args.length > fn.length) throw new ApiCallError('bad-request', `Too many arguments for ${name}.`)
    const value = await fn.apply(api, args)
    return { ok: true, value }
  } catch (e) {
    if (e instanceof ApiCallError) return { ok: false, error: { code: e.code, message: e.message } }
    return { ok: false, error: { code: 'io', message: e instanceof Error ? e.message : String(e) } }
  }
}
