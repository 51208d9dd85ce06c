"""The shapes package: importing it runs this file once and caches it in __pycache__."""

from .circle import Circle
from .square import Square


def total_area(shapes):
    return sum(shape.area() for shape in shapes)


__all__ = ["Circle", "Square", "total_area"]
