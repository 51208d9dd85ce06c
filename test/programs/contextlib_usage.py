from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("nested")
with suppress(KeyError, ValueError):
    {}["missing"]
    print("not reached")
print("after suppress")
@contextmanager
def catching():
    try:
        yield
    except ZeroDivisionError as e:
        print("handled", e)
with catching():
    1 / 0
print("continued")
try:
    with tag("p"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("outer", e)
