n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
i = 0
found = None
while i < 100:
    i += 1
    if i * i > 500:
        found = i
        break
else:
    found = -1
print(found)
total = 0
k = 10
while k:
    k -= 1
    if k % 2:
        continue
    total += k
print(total)
guess, lo, hi = None, 0, 1000
secret = 737
tries = 0
while guess != secret:
    guess = (lo + hi) // 2
    tries += 1
    if guess < secret:
        lo = guess + 1
    elif guess > secret:
        hi = guess - 1
print("found", guess, "in", tries)
