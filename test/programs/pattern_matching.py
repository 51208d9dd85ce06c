def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "quit" | "exit":
            return "command"
        case str(s):
            return f"string {s!r}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} + {len(rest)}"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"type": t, **others}:
            return f"thing {t} {others}"
        case None:
            return "none"
        case _:
            return "unknown"
for v in [0, -5, 3.5, "quit", "hi", [1, 2], [1, 2, 3], {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 3}, None, (), {1}]:
    print(describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "elsewhere"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1), "nope"]:
    print(where(p))
