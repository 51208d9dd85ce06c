import re
m = re.match(r"(?P<word>\w+)\s+(\d+)", "hello 42 world")
print(m, m.group(), m.group(1), m.group("word", 2), m.groups(), m.groupdict(), m.span(2), m.start(), m.end(1))
print(m.lastindex, m.lastgroup, m.re, m.string, m[0], m["word"])
print(re.search(r"o", "foo bar"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
print(re.findall(r"\d+", "a1 b22 c333"), re.findall(r"(\w)(\d)", "a1 b2"))
print([x.span() for x in re.finditer(r"a+", "caaab a")])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.subn(r"a", "b", "banana"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b", maxsplit=1))
p = re.compile(r"ab*", re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.search("xxABBB"), re.compile("x"))
print(re.escape("a.b*c?"), re.IGNORECASE == re.I)
try:
    re.compile("(")
except re.error as e:
    print("error:", e, e.msg, e.pos)
print(re.match(rb"\w+", b"bytes!"))
