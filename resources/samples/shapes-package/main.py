"""A program split into modules: main imports a package, which imports its own modules."""

from shapes import Circle, Square, total_area
from shapes.report import describe

shapes = [Circle(1.0), Square(2.0), Circle(0.5)]

for shape in shapes:
    print(describe(shape))

print(f"total area: {total_area(shapes):.2f}")
