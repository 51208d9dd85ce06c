class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
shapes = [Circle(1), Square(3), Circle(2.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(sum(s.area() for s in shapes) > 20)
try:
    Shape().describe()
except NotImplementedError as e:
    print("error:", e)
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
st = Stack().push(1).push(2).push(3)
print(len(st), st.pop(), st.pop(), len(st))
