// Browser mode: serves the built renderer and the API over a WebSocket, for rooms without
// the desktop app and for the end-to-end tests. Bound to 127.0.0.1 only; every request and
// the WebSocket upgrade must carry the per-start token, so other local users' processes
// and web pages cannot read or write the opened folder.

import { randomBytes, timingSafeEqual } from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { WebSocketServer, type WebSocket } from 'ws'
import type { PyscopeEvents, WireMessage } from '../src-shared/api'
import { dispatchCall } from './host/dispatch'
import { replyMessage } from './host/jsonText'
import { createHost } from './host/handlers'

export interface WebServerOptions {
  /** the folder to open at start (the command line's FOLDER) */
  folder?: string
  /** 0 or undefined: any free port */
  port?: number
  rendererDir: string
  samplesDir: string
  version: string
}

export interface WebServer {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

const TOKEN_COOKIE = 'pyscope_token'

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url')
  const rendererDir = path.resolve(options.rendererDir)
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing); run \`npm run build\`.`)
  }
  const sockets = new Set<WebSocket>()
  const emit = <E extends keyof PyscopeEvents>(name: E, payload: PyscopeEvents[E]) => {
    const text = JSON.stringify({ type: 'event', name, payload } satisfies WireMessage)
    for (const s of sockets) if (s.readyState === s.OPEN) s.send(text)
  }
  const host = createHost({
    mode: 'browser',
    version: options.version,
    samplesDir: options.samplesDir,
    allowTypedPaths: true,
    emit,
  })
  if (options.folder) await host.open(options.folder)

  let port = 0
  const server = http.createServer((req, res) => {
    if (!hostHeaderOk(req, port)) return refuse(res, 403, 'Forbidden: wrong Host header.')
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (!tokenOk(token, url.searchParams.get('token') ?? readCookie(req, cookieName(port)))) {
      return refuse(res, 403, 'Forbidden: this Pyscope server needs the URL with its token, as printed at start.')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.')
    serveStatic(rendererDir, url.pathname, res, cookieName(port), token)
  })
  const wss = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 })
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const origin = req.headers.origin
    const originOk = origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
    if (url.pathname !== '/api' || !hostHeaderOk(req, port) || !originOk || !tokenOk(token, url.searchParams.get('token'))) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws)
      ws.on('close', () => sockets.delete(ws))
      ws.on('message', (data) => void answer(ws, String(data)))
    })
  })

  const answer = async (ws: WebSocket, text: string) => {
    let msg: Partial<Extract<WireMessage, { type: 'call' }>>
    try {
      msg = JSON.parse(text)
    } catch {
      return
    }
    if (msg.type !== 'call' || typeof msg.id !== 'number') return
    const reply = await dispatchCall(host.api, msg.name, msg.args)
    if (ws.readyState === ws.OPEN) ws.send(replyMessage(msg.id, reply))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        host.dispose()
        for (const s of sockets) s.terminate()
        wss.close()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function cookieName(port: number): string {
  // cookies ignore ports, so two servers on one machine need two names
  return `${TOKEN_COOKIE}_${port}`
}

/** Refuse DNS-rebinding: only our own address may be named in the Host header. */
function hostHeaderOk(req: http.IncomingMessage, port: number): boolean {
  const h = req.headers.host
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`
}

function tokenOk(expected: string, given: string | null | undefined): boolean {
  if (!given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readCookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return undefined
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(`${message}\n`)
}

function serveStatic(root: string, urlPath: string, res: http.ServerResponse, cookie: string, token: string): void {
  let rel: string
  try {
    rel = decodeURIComponent(urlPath)
  } catch {
    return refuse(res, 400, 'Bad path.')
  }
  if (rel === '/' || rel === '') rel = '/index.html'
  const abs = path.resolve(root, `.${rel}`)
  if (!abs.startsWith(root + path.sep)) return refuse(res, 404, 'Not found.')
  let data: Buffer
  try {
    data = fs.readFileSync(abs)
  } catch {
    return refuse(res, 404, 'Not found.')
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(abs)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // the page's assets are fetched without ?token=, so the first page sets this cookie
    'Set-Cookie': `${cookie}=${token}; HttpOnly; SameSite=Strict; Path=/`,
  })
  res.end(data)
}
