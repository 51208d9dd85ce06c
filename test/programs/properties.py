class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temp(25)
print(t.c, t.f, Temp.unit(), t.unit(), Temp.freezing().c)
t.c = 100
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("error:", e)
try:
    t.f = 1
except AttributeError as e:
    print("error:", e)
print(type(Temp.c).__name__, Temp.freezing.__self__ is Temp)
