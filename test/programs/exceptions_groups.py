def run():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    run()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("msg", [KeyError("k"), ValueError("v")])
print(repr(eg), str(eg), len(eg.exceptions))
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
e = ValueError("x")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__notes__)
