name, n, pi = "Ada", 42, 3.14159265
print(f"{name} is {n} years, pi={pi:.3f}")
print(f"{n:>6}|{n:<6}|{n:^6}|{n:06d}|{n:+d}|{-n:d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {255:08b}")
print(f"{name!r} {name!s} {name!a} {'ü'!a}")
print(f"{1234567:,} {1234567:_} {0.25:.1%} {12.5:e} {1e-7:g}")
print(f"{'nested':{'>'}{10}}|", f"{3.5:{'.'}{2}f}")
w = 8
print(f"[{name:{w}}] [{name:>{w}}] [{name:*^{w}}]")
print(f"{n=}", f"{pi=:.2f}", f"{name.upper()=}")
print(f"{{literal}} {n * 2} {[i for i in range(3)]}")
print(f"{3.0:g} {100000000.0:g} {0.0001:g} {1.5:g} {float('inf')} {float('nan'):f}")
print(format(42, "5d"), format(3.5, ".2e"), format("s", "^5"), format(True), format(1.0))
