def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(6000)
print(len(str(f)) if f.bit_length() < 14000 else f.bit_length())
a, b = 0, 1
for i in range(60000):
    a, b = b, a + b
print(a.bit_length(), a % 1000000007)
x = 3 ** 200000
print(x.bit_length(), x % 97, (x * x) % 1000003)
