data = b"Hello, W\xf6rld! \xc3\xa9t\xe9"
print(data.upper(), data.lower())
print(bytes(range(0x40, 0x80)).upper())
print(b"abc".startswith((b"x", b"ab")), b"abc".endswith((b"bc", b"zz")), b"abc".startswith(b""))
for bad in ["a", ("a",), 1]:
    try:
        b"abc".startswith(bad)
    except TypeError as e:
        print("TypeError:", e)
