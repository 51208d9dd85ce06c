#!/usr/bin/env python3.12
"""Generate test/runtime/golden/random.json: for each seed, each function of Lib/random.py
run on a freshly seeded generator. Floats are float.hex(), ints are decimal strings."""
import json, os, random

SEEDS = [0, 1, 42, -7, 2**32, 2**100 + 12345, 'hello', 'é€\U0001f600', b'\x00bytes', 123456789]


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return {'f': v.hex()}
    if isinstance(v, int):
        return {'i': str(v)}
    if isinstance(v, list):
        return [enc(x) for x in v]
    return v


CALLS = {
    'random': lambda r: [r.random() for _ in range(5)],
    'getrandbits': lambda r: [r.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 100, 1000)],
    'randrange': lambda r: [r.randrange(10), r.randrange(5, 100), r.randrange(0, 100, 7), r.randrange(100, 0, -3),
                            r.randrange(10**30), r.randrange(-50, 50)],
    'randint': lambda r: [r.randint(1, 6) for _ in range(10)] + [r.randint(-10**20, 10**20)],
    'choice': lambda r: [r.choice(range(10)) for _ in range(5)] + [r.choice(range(1000))],
    'shuffle': lambda r: (lambda x: (r.shuffle(x), x)[1])(list(range(20))),
    'sample_small': lambda r: r.sample(range(100), 10),
    'sample_big': lambda r: r.sample(range(10000), 20),
    'sample_counts': lambda r: r.sample(range(4), 6, counts=[1, 2, 3, 4]),
    'choices': lambda r: r.choices(range(10), k=8),
    'choices_weights': lambda r: r.choices(range(4), weights=[1, 2.5, 0.5, 6], k=8),
    'choices_cum': lambda r: r.choices(range(4), cum_weights=[1, 3, 3.5, 10], k=8),
    'uniform': lambda r: [r.uniform(1.5, 7.25) for _ in range(3)],
    'triangular': lambda r: [r.triangular(), r.triangular(0, 10, 3), r.triangular(2, 2, 2)],
    'gauss': lambda r: [r.gauss() for _ in range(3)] + [r.gauss(10, 2)],
    'normalvariate': lambda r: [r.normalvariate(0, 1) for _ in range(3)],
    'lognormvariate': lambda r: [r.lognormvariate(0, 0.5) for _ in range(3)],
    'expovariate': lambda r: [r.expovariate(1.5) for _ in range(3)],
    'vonmisesvariate': lambda r: [r.vonmisesvariate(1.0, 2.0) for _ in range(3)] + [r.vonmisesvariate(0, 0)],
    'gammavariate': lambda r: [r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(2.5, 1.5)],
    'betavariate': lambda r: [r.betavariate(2, 3) for _ in range(3)],
    'paretovariate': lambda r: [r.paretovariate(3) for _ in range(3)],
    'weibullvariate': lambda r: [r.weibullvariate(1, 1.5) for _ in range(3)],
    'binomialvariate': lambda r: [r.binomialvariate(5, 0.3), r.binomialvariate(20, 0.1), r.binomialvariate(1, 0.5),
                                  r.binomialvariate(10, 0.8)],
}

out = []
for seed in SEEDS:
    for name, fn in CALLS.items():
        r = random.Random()
        r.seed(seed)
        out.append([{'bytes': seed.hex()} if isinstance(seed, bytes) else enc(seed) if isinstance(seed, int) else seed,
                    name, enc(fn(r))])
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'runtime', 'golden', 'random.json')
with open(path, 'w') as fh:
    fh.write('[\n' + ',\n'.join(json.dumps(c) for c in out) + '\n]\n')
print(len(out), 'cases ->', path)
