data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
while (item := data.pop()) != 12:
    print("popped", item)
print(data)
a = b = c = 0
a += 1; b -= 1; c |= 6; c &= 3; c ^= 1; c <<= 2
print(a, b, c)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 != 6, 0 < x < 3)
print(*range(3), sep=", ", end=".\n")
print("a", "b", sep="")
t = 1,
print(t, type(t).__name__)
s = "abc"
print(s * 0, s[::-1], s[1:100], s[5:])
print(True and "yes", False or [], None is None, [] is not None)
print(type(...), ... is Ellipsis)
