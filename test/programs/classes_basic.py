class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
q = Point(3, 4)
print(p + q, p == Point(1, 2), p != q, Point.count, q.norm2())
print({p: "a"}[Point(1, 2)], len({p, Point(1, 2), q}))
print(type(p).__name__, isinstance(p, Point), hasattr(p, "x"), getattr(p, "z", None))
p.z = 5; print(p.__dict__, vars(q))
class Empty: pass
e = Empty()
print(type(e).__qualname__, Empty.__mro__, e.__class__ is Empty)
print(str(Point), repr(Point(0, 0)))
