import json

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "pi": 3.14159, "big": 10**20,
        "ok": True, "none": None, "nested": {"x": [1, 2, {"y": (3, 4)}]}, "é": "ñ😀", "neg": -0.0, "e": 1e-7}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
print(json.dumps({3: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("tab\tquote\"back\\slash\nnl\x01ctl\u2028"))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps([1.0, 100.0, 1e16, 1.5e-10, 123456789.123]))
back = json.loads(json.dumps(data))
print(back == {**data, "nested": {"x": [1, 2, {"y": [3, 4]}]}}, type(back["big"]).__name__)
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.5, 2, "x", null, true, false, {"k": []}]'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'))
print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads('[1, 2.5]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: sorted(pairs)))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads("NaN"), json.loads("-Infinity"))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


print(json.dumps([Point(1, 2)], default=encode_point))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))
print(json.dumps({(1, 2): "tuple key", "k": 1}, skipkeys=True))

for bad in [{1, 2}, {"a": Point(0, 0)}, {(1, 2): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)

for doc in ['', '{"a": 1,}', '[1, 2', '{"a" 1}', '"unterminated', 'nul', '1 2', '"bad \\q"', "{'single': 1}", '\ufeff[]']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def read(self):
        return '{"from": "a file", "n": [1, 2, 3]}'


sink = Sink()
json.dump({"z": [1, {"y": None}], "a": "b"}, sink, indent=1, sort_keys=True)
print("".join(sink.parts))
print(json.load(Source()))
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError), json.JSONDecodeError.__module__)
