def digits_sum(n):
    return sum(int(d) for d in str(n))
print(digits_sum(2 ** 1000), len(str(2 ** 1000)))
def is_armstrong(n):
    s = str(n)
    return n == sum(int(d) ** len(s) for d in s)
print([n for n in range(1, 1000) if is_armstrong(n)])
def perfect(limit):
    return [n for n in range(2, limit) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect(10000))
def to_base(n, b):
    digits = "0123456789ABCDEF"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out or "0"
print(to_base(255, 2), to_base(255, 16), to_base(0, 7), int(to_base(12345, 7), 7))
fibs = [0, 1]
while len(fibs) < 100:
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[99], fibs[99] % 10 ** 9, sum(f for f in fibs if f % 2 == 0 and f < 4000000))
print(pow(3, 10 ** 6, 10 ** 9 + 7), (7 ** 222) % 1000, 12345678901234567890 // 987654321)
