def level3(d):
    return d["key"]
def level2(d):
    try:
        return level3(d)
    except KeyError as e:
        raise LookupError("level2 failed") from e
def level1():
    try:
        level2({})
    except LookupError:
        raise RuntimeError("level1 failed")
level1()
