class Celsius:
    def __init__(self):
        self._t = 0
    def get(self):
        return self._t
    def set(self, v):
        print("setting", v)
        self._t = v
    def delete(self):
        print("deleting")
        del self._t
    temp = property(get, set, delete, "temperature")
c = Celsius()
c.temp = 37
print(c.temp, Celsius.temp.__doc__)
del c.temp
print(hasattr(c, "_t"))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class ReadOnly:
    @property
    def x(self):
        return 1
try:
    del ReadOnly().x
except AttributeError as e:
    print(e)
