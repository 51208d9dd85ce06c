import math
print(math.sqrt(16), math.pi, math.e, math.floor(3.7), math.ceil(3.2), math.floor(-3.5))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5, 2))
print(math.isqrt(99), math.hypot(3, 4), math.log(100, 10), math.log2(8), math.log10(1000))
print(math.isclose(0.1 + 0.2, 0.3), math.inf > 10 ** 100, math.isnan(math.nan), math.fabs(-2))
print(round(math.sin(math.pi / 2), 6), round(math.cos(0), 6), math.degrees(math.pi), math.trunc(-2.7))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.copysign(3, -0.0), math.exp(0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
