def make(scale, offset=0):
    def f(x, *, power=1, bias=0):
        return scale * x ** power + offset + bias
    return f
fs = [make(i, offset=i % 3) for i in range(10)]
total = 0
for n in range(400000):
    g = fs[n % 10]
    total += g(n % 7, power=2, bias=1) + g(n % 5)
print(total)
