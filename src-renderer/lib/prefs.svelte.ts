// Preferences the renderer keeps itself (localStorage persists in Electron's profile and
// per origin in browser mode). Projector mode scales the root font size, which every panel
// is sized in, and swaps in the high-contrast palette.

const PROJECTOR_KEY = 'pyscope.projector'

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1'
  } catch {
    return false
  }
}

export const prefs = $state({ projector: readFlag(PROJECTOR_KEY) })

export function setProjector(on: boolean): void {
  prefs.projector = on
  try {
    localStorage.setItem(PROJECTOR_KEY, on ? '1' : '0')
  } catch {
    // storage can be disabled; the toggle still works for this session
  }
  applyProjector()
}

export function applyProjector(): void {
  document.documentElement.classList.toggle('projector', prefs.projector)
}
