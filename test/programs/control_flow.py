for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("never")
for i in range(2):
    pass
else:
    print("loop finished", i)
n = 0
while True:
    n += 1
    if n >= 5:
        break
print("n =", n)
x = 15
if x < 10:
    print("small")
elif x < 20:
    print("medium")
else:
    print("large")
print("yes" if x else "no", x and 0, x or 0, not x, None or "default")
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
