def describe(shape):
    kind = type(shape).__name__.lower()
    return f"{shape!r} is a {kind} with area {shape.area():.2f}"
