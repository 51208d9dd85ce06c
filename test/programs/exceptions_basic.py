def risky(x):
    if x == 0:
        raise ValueError("zero!")
    return 10 / x
for v in [2, 0]:
    try:
        print(risky(v))
    except ValueError as e:
        print("ValueError:", e, e.args)
    else:
        print("no error")
    finally:
        print("finally", v)
try:
    [][1]
except (IndexError, KeyError) as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except LookupError as e:
    print(repr(e), str(e))
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(e, e.code, isinstance(e, Exception))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError:
        raise KeyError("during")
except KeyError as e:
    print(repr(e), repr(e.__context__))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
e = ValueError("a", 1); print(e.args, str(e), repr(e))
print(repr(Exception()), str(Exception()), repr(KeyError("k")), str(KeyError("k")))
