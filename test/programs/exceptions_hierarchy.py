for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError, RecursionError, StopIteration, KeyboardInterrupt]:
    print(exc.__name__, [k.__name__ for k in exc.__mro__[1:]])
def classify(e):
    match e:
        case LookupError():
            return "lookup"
        case ArithmeticError():
            return "math"
        case OSError():
            return "os"
        case _:
            return "other"
print([classify(e) for e in [KeyError(), ZeroDivisionError(), PermissionError(), ValueError()]])
e = OSError(2, "No such file", "x.txt")
print(e, e.errno, e.strerror, e.filename, type(e).__name__)
print(repr(StopIteration(5).value), SystemExit(3).code, KeyError("k").args)
try:
    raise BaseException("base")
except Exception:
    print("not here")
except BaseException as b:
    print("base caught", b)
