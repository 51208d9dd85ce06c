// A reply value already serialized as JSON: the analysis of a long file is megabytes that
// a worker thread turned into text once; parsing it on the main side only to serialize it
// again for the WebSocket would cost as much as making it. Transports splice the text in
// (web.ts) or parse it where a structured clone is needed anyway (IPC, index.ts).

export class JsonText<T> {
  /** the type the text stands for, for the reader only */
  declare readonly of: T
  constructor(readonly text: string) {}
}

/** the value a transport without JSON text hands on: parsed */
export function plainValue(v: unknown): unknown {
  return v instanceof JsonText ? JSON.parse(v.text) : v
}

/** the WebSocket reply message for `value`, with JSON text spliced in unparsed */
export function replyMessage(id: number, reply: { ok: true; value: unknown } | { ok: false; error: unknown }): string {
  if (reply.ok && reply.value instanceof JsonText) return `{"type":"reply","id":${id},"reply":{"ok":true,"value":${reply.value.text}}}`
  return JSON.stringify({ type: 'reply', id, reply })
}
