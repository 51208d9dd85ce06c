// A synthetic but ordinary-looking program of about `lines` lines for the timing figure:
// functions, a class, loops, comprehensions, try/except and f-strings, repeated.

export function bigProgram(lines: number): string {
  const out: string[] = ['"""A long module for the timing figure."""', 'import math', '']
  for (let i = 0; out.length < lines - 20; i++) {
    out.push(
      `def step_${i}(xs, k=${i}):`,
      `    total = 0`,
      `    for j, x in enumerate(xs):`,
      `        if x % 2 == 0 and j > k:`,
      `            total += x * j`,
      `        elif x in (1, 3, 5):`,
      `            total -= math.floor(x / 2)`,
      `    try:`,
      `        ratio = total / len(xs)`,
      `    except ZeroDivisionError as e:`,
      `        ratio = 0.0`,
      `    return [y ** 2 for y in xs if y > ratio], f"{total=} {ratio:.2f}"`,
      ``,
      `class Box_${i}:`,
      `    def __init__(self, items):`,
      `        self.items = {n: str(n) for n in items}`,
      `    def get(self, key, default=None):`,
      `        return self.items.get(key, lambda: default)`,
      ``,
    )
  }
  out.push('if __name__ == "__main__":', '    print(step_0([1, 2, 3, 4]))', '')
  return out.join('\n')
}
