u = int | str
print(u, type(u), u.__args__, isinstance(3, u), isinstance(3.0, u), isinstance('x', int | None), int | None, (int | str) == (str | int), list[int] | None)
print(issubclass(bool, int | str), int | int, hash(int | str) == hash(str | int))
def f(x: int | None = None) -> list[str] | None: pass
print(f.__annotations__)
try: int | 3
except TypeError as e: print(e)
