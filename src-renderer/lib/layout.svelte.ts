// The sizes of the shell's panels, changed with the splitters and kept in localStorage:
// on a projector the teacher widens the views or the console for the room, and the next
// lesson starts the same way. Sizes are fractions of the window (they survive a resize
// and projector mode's larger type), clamped so no panel can vanish.

const KEY = 'pyscope.layout'

export interface PanelSizes {
  /** the folder tree's width, as a fraction of the window's width */
  tree: number
  /** the right-hand views' width, as a fraction of the width beside the tree */
  right: number
  /** the bottom area's height, as a fraction of the window's height */
  bottom: number
}

export const DEFAULT_SIZES: PanelSizes = { tree: 0.17, right: 0.5, bottom: 0.3 }
export const LIMITS: Record<keyof PanelSizes, [number, number]> = { tree: [0.08, 0.4], right: [0.15, 0.85], bottom: [0.1, 0.8] }

export function clampSize(which: keyof PanelSizes, v: number): number {
  const [lo, hi] = LIMITS[which]
  return Math.min(hi, Math.max(lo, Number.isFinite(v) ? v : DEFAULT_SIZES[which]))
}

function read(): PanelSizes {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<PanelSizes>
    return {
      tree: clampSize('tree', raw.tree ?? DEFAULT_SIZES.tree),
      right: clampSize('right', raw.right ?? DEFAULT_SIZES.right),
      bottom: clampSize('bottom', raw.bottom ?? DEFAULT_SIZES.bottom),
    }
  } catch {
    return { ...DEFAULT_SIZES }
  }
}

export const sizes = $state<PanelSizes>(read())

export function setSize(which: keyof PanelSizes, v: number): void {
  sizes[which] = clampSize(which, v)
  try {
    localStorage.setItem(KEY, JSON.stringify(sizes))
  } catch {
    // storage can be disabled; the size still applies for this session
  }
}

export function resetSizes(): void {
  for (const k of Object.keys(DEFAULT_SIZES) as (keyof PanelSizes)[]) setSize(k, DEFAULT_SIZES[k])
}
