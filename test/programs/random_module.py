import random
for s in (42, 0, 12345, "seed", b"bytes"):
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.getrandbits(70))
    xs = list(range(10))
    random.shuffle(xs)
    print(xs, random.choice("abcdef"), random.sample(range(100), 5))
    print(random.choices(["a", "b", "c"], weights=[1, 2, 3], k=5), random.uniform(1, 2), random.triangular())
    print(random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5) > 0)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
