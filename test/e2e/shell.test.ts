// The real renderer in browser mode, driven through chromium: open a sample project, edit
// and save a file, watch a change on disk arrive, toggle projector mode. Screenshots land
// in test-results/ for a human to look at.

import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir, removeDir, waitFor } from '../support/tempFolder'
import { REPO, SCREENSHOTS, launchChromium, startPyscopeWeb, type RunningWeb } from '../support/browserMode'

const SAMPLE = path.join(REPO, 'resources/samples/shapes-package')

describe('the shell in browser mode', () => {
  let browser: Browser
  let web: RunningWeb
  let folder: string
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    folder = makeTempDir('pyscope-e2e-')
    fs.cpSync(SAMPLE, folder, { recursive: true })
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    web = await startPyscopeWeb(folder)
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
  })
  afterAll(async () => {
    await browser?.close()
    await web?.stop()
    removeDir(folder)
  })

  it('opens with the folder from the command line and shows its tree', async () => {
    await page.goto(web.url)
    await page.getByRole('button', { name: 'main.py' }).waitFor()
    await expect(page.getByRole('button', { name: 'shapes' }).isVisible()).resolves.toBe(true)
    await expect(page.title()).resolves.toBe(`${path.basename(folder)} — Pyscope`)
    await expect(page.getByText('Choose a .py file in the tree').isVisible()).resolves.toBe(true)
    // the sample's README says what to look at
    await page.getByRole('article', { name: 'README.md' }).getByText('shapes: a program with a package').waitFor()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-folder-open.png') })
  })

  it('moves through the tree with the keyboard', async () => {
    await page.getByRole('button', { name: 'main.py' }).focus()
    await page.keyboard.press('ArrowUp')
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toContain('shapes')
    await page.keyboard.press('ArrowRight')
    await page.getByRole('button', { name: 'circle.py' }).waitFor()
    await page.keyboard.press('ArrowLeft')
    await page.getByRole('button', { name: 'circle.py' }).waitFor({ state: 'detached' })
  })

  it('opens a file from the tree into the editor with Python highlighting', async () => {
    await page.getByRole('button', { name: 'shapes' }).click()
    await page.getByRole('button', { name: 'circle.py' }).click()
    await page.locator('.cm-content').getByText('class Circle:').waitFor()
    await expect(page.getByTestId('file-title').textContent()).resolves.toBe('shapes/circle.py')
    // line numbers and highlighted keywords (a styled span around "class")
    await expect(page.locator('.cm-lineNumbers .cm-gutterElement').getByText('11', { exact: true }).count()).resolves.toBe(1)
    const keywordColor = await page.locator('.cm-line span', { hasText: /^class$/ }).first().evaluate((el) => getComputedStyle(el).color)
    const plainColor = await page.locator('.cm-content').evaluate((el) => getComputedStyle(el).color)
    expect(keywordColor).not.toBe(plainColor)
  })

  it('edits, marks the file dirty, and saves it to disk with Ctrl+S', async () => {
    const file = path.join(folder, 'shapes/circle.py')
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('\nUNIT = "cm"')
    await page.getByTestId('file-title').getByTitle(/Unsaved changes/).waitFor()
    await expect(page.getByTestId('status').textContent()).resolves.toContain('unsaved')
    expect(fs.readFileSync(file, 'utf8')).not.toContain('UNIT')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-dirty.png') })

    await page.keyboard.press('Control+S')
    await waitFor(() => fs.readFileSync(file, 'utf8').includes('\nUNIT = "cm"'), 5000, 'the save to reach the disk')
    expect(fs.readFileSync(file, 'utf8').endsWith('"Circle({self.radius})"\n\nUNIT = "cm"')).toBe(true)
    await page.getByTestId('status').getByText(/Saved shapes\/circle\.py/).waitFor()
    await expect(page.getByTestId('file-title').getByTitle(/Unsaved changes/).count()).resolves.toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-normal.png') })
  })

  it('reloads the open file when it changes on disk', async () => {
    fs.writeFileSync(path.join(folder, 'shapes/circle.py'), 'import math\n\nRADIUS = 42\n')
    await page.locator('.cm-content').getByText('RADIUS = 42').waitFor({ timeout: 10_000 })
    await page.getByTestId('status').getByText(/Reloaded shapes\/circle\.py/).waitFor()
    fs.writeFileSync(path.join(folder, 'shapes/triangle.py'), 'class Triangle:\n    pass\n')
    await page.getByRole('button', { name: 'triangle.py' }).waitFor({ timeout: 10_000 })
  })

  it('keeps unsaved edits when the file changes on disk underneath them', async () => {
    const file = path.join(folder, 'shapes/circle.py')
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('\n# mine')
    fs.writeFileSync(file, 'RADIUS = 7\n')
    await page.getByTestId('status').getByText(/changed on disk; your unsaved edits are kept/).waitFor({ timeout: 10_000 })
    await expect(page.locator('.cm-content').textContent()).resolves.toContain('# mine')
    await page.keyboard.press('Control+S')
    await waitFor(() => fs.readFileSync(file, 'utf8').includes('# mine'), 5000, 'the save over the outside change')
  })

  it('switches to projector mode: every panel scales, high contrast, and it persists', async () => {
    await page.getByRole('button', { name: 'main.py' }).click()
    await page.locator('.cm-content').getByText('from shapes import').waitFor()
    const treeFontBefore = await page.getByRole('button', { name: 'main.py' }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const editorFontBefore = await page.locator('.cm-content').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const statusFontBefore = await page.getByTestId('status').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

    await page.getByTestId('projector-toggle').check()
    await expect(page.evaluate(() => document.documentElement.classList.contains('projector'))).resolves.toBe(true)
    const treeFont = await page.getByRole('button', { name: 'main.py' }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const editorFont = await page.locator('.cm-content').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const statusFont = await page.getByTestId('status').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(treeFont).toBeGreaterThan(treeFontBefore * 1.4)
    expect(editorFont).toBeGreaterThan(editorFontBefore * 1.4)
    expect(statusFont).toBeGreaterThan(statusFontBefore * 1.4)
    const editorBg = await page.locator('.cm-editor').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(editorBg).toBe('rgb(0, 0, 0)')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-projector.png') })

    await page.reload()
    await page.getByRole('button', { name: 'main.py' }).waitFor()
    await expect(page.evaluate(() => document.documentElement.classList.contains('projector'))).resolves.toBe(true)
    await expect(page.getByTestId('projector-toggle').isChecked()).resolves.toBe(true)
    await page.getByTestId('projector-toggle').uncheck()
    await expect(page.evaluate(() => document.documentElement.classList.contains('projector'))).resolves.toBe(false)
  })

  it('resizes the panels with the splitters, by mouse and by keyboard, and keeps the sizes', async () => {
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!
    const bottom0 = await box('.bottom-area')
    const handle = await box('[data-testid=splitter-bottom]')
    // drag the console's top edge 150 px up: the console grows by as much
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
    await page.mouse.down()
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2 - 150, { steps: 5 })
    await page.mouse.up()
    const bottom1 = await box('.bottom-area')
    expect(bottom1.height - bottom0.height).toBeGreaterThan(140)
    expect(bottom1.height - bottom0.height).toBeLessThan(160)
    // the tree's edge by keyboard: ArrowRight widens it, Enter restores the default
    const tree0 = await box('.tree-area')
    await page.getByTestId('splitter-tree').focus()
    await page.keyboard.press('Shift+ArrowRight')
    const tree1 = await box('.tree-area')
    expect(tree1.width).toBeGreaterThan(tree0.width + 100)
    await expect(page.getByTestId('splitter-tree').getAttribute('aria-valuenow')).resolves.toBe('27')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-resized.png') })
    await page.reload()
    await page.getByRole('button', { name: 'main.py' }).waitFor()
    expect(Math.round((await box('.tree-area')).width)).toBe(Math.round(tree1.width))
    await page.getByTestId('splitter-tree').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('splitter-bottom').dblclick()
    expect(Math.round((await box('.tree-area')).width)).toBe(Math.round(tree0.width))
    expect(Math.round((await box('.bottom-area')).height)).toBe(Math.round(bottom0.height))
  })

  it('raised no errors in the page', () => {
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([])
  })
})

describe('browser mode without a folder', () => {
  let browser: Browser
  let web: RunningWeb

  beforeAll(async () => {
    web = await startPyscopeWeb()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await web?.stop()
  })

  it('tells the user what to do, and opens a typed path', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(web.url)
    await page.getByRole('heading', { name: 'Open a folder of .py files' }).waitFor()
    await expect(page.getByRole('button', { name: 'recursion' }).isVisible()).resolves.toBe(true)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-empty.png') })
    await page.getByLabel('Folder path on this computer').fill(path.join(REPO, 'resources/samples/recursion'))
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    await page.getByRole('button', { name: 'factorial.py' }).waitFor()
  })

  it('refuses the page without its token', async () => {
    const page = await browser.newPage()
    const res = await page.goto(web.url.replace(/\?token=.*/, ''))
    expect(res?.status()).toBe(403)
    await expect(page.textContent('body')).resolves.toContain('needs the URL with its token')
  })
})

describe('a folder of 10,000 files', () => {
  let browser: Browser
  let web: RunningWeb
  let folder: string

  beforeAll(async () => {
    folder = makeTempDir('pyscope-big-')
    fs.mkdirSync(path.join(folder, 'flat'))
    for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(folder, 'flat', `m${i}.py`), `x = ${i}\n`)
    for (let d = 0; d < 80; d++) {
      const dir = path.join(folder, `pkg${d}`)
      fs.mkdirSync(dir)
      for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(dir, `mod${i}.py`), '')
    }
    web = await startPyscopeWeb(folder)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await web?.stop()
    removeDir(folder)
  })

  it('lists it, pages long folders, and stays usable', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(web.url)
    await page.getByRole('button', { name: 'pkg79' }).waitFor()
    await page.getByRole('button', { name: 'flat' }).click()
    await page.getByRole('button', { name: 'Show 1500 more…' }).waitFor()
    // the page still answers promptly with the long folder open
    const t0 = Date.now()
    await page.getByRole('button', { name: 'm10.py', exact: true }).click()
    await page.locator('.cm-content').getByText('x = 10').waitFor()
    expect(Date.now() - t0).toBeLessThan(5000)
    await page.getByRole('button', { name: 'Show 1500 more…' }).click()
    await page.getByRole('button', { name: 'm1999.py' }).waitFor()
  })
})
