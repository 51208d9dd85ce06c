def f(x):
    try:
        if x == 1:
            return "one"
        if x == 2:
            raise ValueError("two")
        return "other"
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("finally for", x)
for x in [1, 2, 3]:
    print(f(x))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("cleanup", i)
g()
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        raise
    finally:
        print("outer finally")
try:
    nested()
except KeyError:
    print("top caught")
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise TypeError("bad type") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
import sys
try:
    1 / 0
except ZeroDivisionError:
    print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
print(sys.exc_info())
