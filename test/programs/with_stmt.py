class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx("a") as c:
    print("body", c.name)
with Ctx("b", swallow=True):
    raise ValueError("swallowed")
try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("outer caught", e)
with Ctx("x") as x, Ctx("y") as y:
    print("two", x.name, y.name)
def early():
    with Ctx("r"):
        return "returned"
print(early())
