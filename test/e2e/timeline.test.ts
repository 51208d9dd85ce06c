// The execution timeline in browser mode: run a recursive program traced, see one bar per
// call, click into the timeline and see the frames, locals and value stack at that step,
// step forwards and back with the keys. Screenshots: test-results/timeline-*.png. Also
// prints the figure for a run of 1,000,000 calls: the time to draw a frame of the
// timeline while zooming and panning (Performance API, not asserted).

import * as fs from 'node:fs'
import * as path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir, removeDir } from '../support/tempFolder'
import { REPO, SCREENSHOTS, launchChromium, startPyscopeWeb, type RunningWeb } from '../support/browserMode'
import { execFileSync } from 'node:child_process'

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `timeline-${name}.png`) })

const FACT = `def fact(n):
    if n <= 1:
        return 1
    rest = fact(n - 1)
    return n * rest


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


items = [fact(k) for k in range(1, 6)]
alias = items
print(items, safe_div(1, 0))
`

describe('the timeline in browser mode', () => {
  let browser: Browser
  let web: RunningWeb
  let folder: string
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    folder = makeTempDir('pyscope-timeline-')
    fs.writeFileSync(path.join(folder, 'fact.py'), FACT)
    fs.writeFileSync(path.join(folder, 'million.py'), 'def f():\n    pass\n\nfor i in range(1000000): f()\n')
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    web = await startPyscopeWeb(folder)
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    page.setDefaultTimeout(30_000)
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await page.goto(web.url)
    await page.getByRole('button', { name: 'fact.py' }).click()
    await page.getByRole('tab', { name: 'Timeline' }).click()
  })
  afterAll(async () => {
    await browser?.close()
    await web?.stop()
    removeDir(folder)
  })

  it('runs a recursive program traced and draws its calls', async () => {
    await page.getByTestId('run-traced').click()
    await expect.poll(() => page.getByTestId('timeline-info').textContent()).toMatch(/steps · 1[0-9] calls/)
    // the module, five calls of fact at the top level with their recursion, two of safe_div... one here
    const info = (await page.getByTestId('timeline-info').textContent())!
    expect(info).toMatch(/^[\d,]+ steps · 17 calls/)
    await shot(page, '1-run')
  })

  it('opens the frames, locals and value stack of the moment clicked', async () => {
    // the deepest point of fact(5): the last steps of the list comprehension's calls
    const canvas = page.getByTestId('timeline-canvas')
    await canvas.focus()
    // move to the first line event inside fact with n == 1 by stepping lines
    for (let i = 0; i < 200; i++) {
      const t = (await page.getByTestId('timeline-step').textContent())!
      if (/line fact line 3$/.test(t)) break
      await page.keyboard.press('ArrowDown')
    }
    await expect.poll(() => page.getByTestId('frame-row').count()).toBeGreaterThan(1)
    const frames = await page.getByTestId('frame-row').allTextContents()
    expect(frames[0]).toContain('fact')
    expect(frames.at(-1)).toContain('<module>')
    await expect.poll(() => page.getByTestId('frame-locals').textContent()).toMatch(/n\s*1\s*int/)
    await shot(page, '2-state')
    // the module frame: items and alias are one object (same number)
    await page.getByTestId('frame-row').last().click()
    await page.getByTestId('source-highlight').first().waitFor()
    const rows = await page.getByTestId('frame-locals').locator('tr').allTextContents()
    expect(rows.some((r) => r.startsWith('fact'))).toBe(true)
  })

  it('steps forward and back, over a call, and clicks into the timeline', async () => {
    const canvas = page.getByTestId('timeline-canvas')
    await canvas.focus()
    await page.keyboard.press('Home')
    await expect.poll(() => page.getByTestId('timeline-step').textContent()).toMatch(/^step 0: call <module>/)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.getByTestId('timeline-step').textContent()).toMatch(/^step 1: line <module> line 1/)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => page.getByTestId('timeline-step').textContent()).toMatch(/^step 0:/)
    // over the definitions and the comprehension's calls: Shift+→ never stops deeper than the module
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight')
    expect(await page.getByTestId('timeline-step').textContent()).toMatch(/<module>/)
    // a click in the middle of the lane of depth 1
    const box = (await canvas.boundingBox())!
    await page.mouse.click(box.x + box.width * 0.5, box.y + 18 + 6 + 22 * 1 + 8)
    await expect.poll(() => page.getByTestId('frame-row').count()).toBeGreaterThan(1)
    await expect.poll(() => page.getByTestId('value-stack').count()).toBe(1)
    await shot(page, '3-clicked')
    // zoom in around the click
    for (let i = 0; i < 3; i++) await page.keyboard.press('+')
    await shot(page, '4-zoomed')
  })

  it('runs to the line of the editor cursor, as a breakpoint', async () => {
    await page.locator('.cm-line').nth(3).click() // line 4: rest = fact(n - 1)
    await page.getByTestId('timeline-canvas').focus()
    await page.keyboard.press('Home')
    await page.getByTestId('run-to-line').click()
    await expect.poll(() => page.getByTestId('timeline-step').textContent()).toMatch(/: line fact line 4$/)
    await expect.poll(() => page.getByTestId('frame-locals').textContent()).toMatch(/n\s*2\s*int/)
    // the bytecode view shows fact's code with the instruction about to run marked
    await page.getByRole('tab', { name: 'Bytecode' }).click()
    const current = page.locator('[data-testid=instructions] .ins.current')
    await current.waitFor()
    expect(await current.getAttribute('data-opname')).toBeTruthy()
    const select = page.getByTestId('code-select')
    expect(await select.locator('option:checked').textContent()).toMatch(/fact \(line 1\)/)
    await shot(page, '7-bytecode-current')
    await page.getByRole('tab', { name: 'Tokens' }).click()
  })

  it('opens a run shared as pyscope --trace-out JSON, without the program', async () => {
    const file = path.join(folder, 'shared.json')
    execFileSync(process.execPath, [path.join(REPO, 'out/main/cli.js'), '--trace-out', file, path.join(folder, 'fact.py')], { cwd: folder })
    await page.getByTestId('trace-file').setInputFiles(file)
    await expect.poll(() => page.getByTestId('timeline-info').textContent()).toMatch(/17 calls/)
    await page.getByTestId('timeline-canvas').focus()
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight')
    const stack = await page.getByTestId('event-stack').locator('li').allTextContents()
    expect(stack.at(-1)).toContain('<module>')
    expect(stack.length).toBeGreaterThan(1)
    await shot(page, '6-shared-file')
  })

  it('stays fluid with 1,000,000 calls (frame times printed)', async () => {
    await page.getByRole('button', { name: 'million.py' }).click()
    await page.getByRole('tab', { name: 'Timeline' }).click()
    const t0 = Date.now()
    await page.getByTestId('run-traced').click()
    await expect.poll(() => page.getByTestId('timeline-info').textContent(), { timeout: 120_000 }).toMatch(/1,000,001 calls/)
    const loaded = Date.now() - t0
    const canvas = page.getByTestId('timeline-canvas')
    const box = (await canvas.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + 60)
    const times = await page.evaluate(async () => {
      const view = document.querySelector<HTMLElement>('[data-testid=timeline-view]')!
      const c = document.querySelector<HTMLCanvasElement>('[data-testid=timeline-canvas]')!
      const r = c.getBoundingClientRect()
      const frame = () => new Promise<number>((res) => requestAnimationFrame(() => res(performance.now())))
      const out: { draw: number; frame: number }[] = []
      const measure = async (act: () => void): Promise<void> => {
        const t0 = performance.now()
        act()
        const t1 = await frame()
        out.push({ draw: Number(view.dataset.lastDrawMs), frame: t1 - t0 })
      }
      // zoom in 30 wheel notches, pan with drags, zoom out again
      for (let i = 0; i < 30; i++) await measure(() => c.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: r.left + r.width / 2, clientY: r.top + 60, bubbles: true, cancelable: true })))
      for (let i = 0; i < 20; i++) {
        await measure(() => {
          c.dispatchEvent(new PointerEvent('pointerdown', { clientX: r.left + 400, clientY: r.top + 60, bubbles: true, pointerId: 1 }))
          c.dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + 300, clientY: r.top + 60, bubbles: true, pointerId: 1 }))
          c.dispatchEvent(new PointerEvent('pointerup', { clientX: r.left + 300, clientY: r.top + 60, bubbles: true, pointerId: 1 }))
        })
      }
      for (let i = 0; i < 30; i++) await measure(() => c.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, clientX: r.left + r.width / 2, clientY: r.top + 60, bubbles: true, cancelable: true })))
      return out
    })
    const draws = times.map((t) => t.draw).sort((a, b) => a - b)
    const frames = times.map((t) => t.frame).sort((a, b) => a - b)
    const pct = (a: number[], p: number) => a[Math.min(a.length - 1, Math.floor(a.length * p))].toFixed(1)
    console.log(
      `[timeline] 1,000,000 calls (${(await page.getByTestId('timeline-info').textContent())!.split(' · ')[0]}) loaded in ${loaded} ms; ` +
        `zoom/pan over ${times.length} frames: draw median ${pct(draws, 0.5)} ms, p95 ${pct(draws, 0.95)} ms, max ${pct(draws, 1)} ms; ` +
        `frame (event to next paint) median ${pct(frames, 0.5)} ms, p95 ${pct(frames, 0.95)} ms`,
    )
    await shot(page, '5-million')
    expect(times.length).toBe(80)
  })

  it('raised no errors in the page', () => {
    expect(errors).toEqual([])
  })
})
