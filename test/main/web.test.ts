// Browser mode end to end at the protocol level: the server from src-main/web.ts and the
// renderer's WebSocket bridge, talking over a real socket (the `ws` client stands in for
// the browser's WebSocket).

import * as fs from 'node:fs'
import * as http from 'node:http'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { API_CALLS, ApiCallError, type PyscopeBridge, type PyscopeEvents } from '../../src-shared/api'
import { startWebServer, type WebServer } from '../../src-main/web'
import { apiSocketUrl, connectBridge, type SocketLike } from '../../src-renderer/lib/wsBridge'
import { makeTempDir, removeDir, waitFor, writeTree } from '../support/tempFolder'

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      })
      .on('error', reject)
  })
}

function connect(url: string, origin?: string): Promise<PyscopeBridge> {
  const socket = new WebSocket(url, origin ? { origin } : {}) as unknown as SocketLike
  return connectBridge(socket)
}

describe('browser mode server and WebSocket bridge', () => {
  let folder: string
  let rendererDir: string
  let server: WebServer
  let base: string

  beforeAll(async () => {
    folder = makeTempDir()
    rendererDir = makeTempDir()
    writeTree(folder, { 'main.py': 'print("hi")\n', 'pkg/m.py': 'x = 1\n' })
    writeTree(rendererDir, { 'index.html': '<!doctype html><title>t</title>', 'assets/app.js': 'console.log(1)' })
    server = await startWebServer({ folder, port: 0, rendererDir, samplesDir: path.join(rendererDir, 'none'), version: '0.0.1' })
    base = `http://127.0.0.1:${server.port}`
  })
  afterAll(async () => {
    await server.close()
    removeDir(folder)
    removeDir(rendererDir)
  })

  it('prints a loopback URL with a random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/)
  })

  it('refuses requests without the token', async () => {
    expect((await get(`${base}/`)).status).toBe(403)
    expect((await get(`${base}/assets/app.js`)).status).toBe(403)
    expect((await get(`${base}/?token=wrong`)).status).toBe(403)
  })

  it('serves the renderer with the token, then by cookie for its assets', async () => {
    const page = await get(server.url)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>t</title>')
    const cookie = String(page.headers['set-cookie']?.[0]).split(';')[0]
    const asset = await get(`${base}/assets/app.js`, { cookie })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toMatch(/javascript/)
    expect((await get(`${base}/assets/../../etc/passwd?token=${server.token}`)).status).toBe(404)
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await get(server.url, { host: `evil.example:${server.port}` })).status).toBe(403)
  })

  it('refuses a WebSocket without the right token or from another origin', async () => {
    await expect(connect(`ws://127.0.0.1:${server.port}/api`)).rejects.toThrow(/refused/)
    await expect(connect(`ws://127.0.0.1:${server.port}/api?token=nope`)).rejects.toThrow(/refused/)
    await expect(connect(`ws://127.0.0.1:${server.port}/api?token=${server.token}`, 'http://evil.example')).rejects.toThrow(/refused/)
  })

  it('carries every call and event of the contract', async () => {
    const url = apiSocketUrl({ protocol: 'http:', host: `127.0.0.1:${server.port}`, search: `?token=${server.token}` })
    const api = await connect(url)
    expect(Object.keys(api).sort()).toEqual([...API_CALLS, 'on'].sort())

    const info = await api.appInfo()
    expect(info).toMatchObject({ mode: 'browser', version: '0.0.1', canTypePath: true, folder: { root: folder } })
    expect((await api.listTree()).fileCount).toBe(2)
    expect((await api.readFile('main.py')).text).toBe('print("hi")\n')

    const changes: PyscopeEvents['fileChanged'][] = []
    api.on('fileChanged', (c) => changes.push(c))
    await api.saveFile('pkg/m.py', 'x = 2\n')
    expect(fs.readFileSync(path.join(folder, 'pkg/m.py'), 'utf8')).toBe('x = 2\n')
    await waitFor(() => changes.some((c) => c.path === 'pkg/m.py'), 5000, 'fileChanged over the socket')

    const err = await api.readFile('../outside.py').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiCallError)
    expect((err as ApiCallError).code).toBe('outside-folder')
    expect((err as Error).message).toMatch(/outside the opened folder/)

    const other = makeTempDir()
    try {
      writeTree(other, { 'z.py': '' })
      expect(await api.openFolder({ path: other })).toEqual({ root: other, name: path.basename(other) })
      expect((await api.listTree()).root.children?.map((c) => c.name)).toEqual(['z.py'])
    } finally {
      removeDir(other)
    }
  })
})
