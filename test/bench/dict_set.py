d = {}
for i in range(1500000):
    d[i % 10007] = d.get(i % 10007, 0) + i
print(len(d), d[5], sum(d.values()) % 1000003)
s = set()
for i in range(1500000):
    s.add((i * 31) % 50021)
print(len(s), 7 in s)
words = {}
for i in range(500000):
    k = "k" + str(i % 5000)
    words[k] = words.get(k, 0) + 1
print(len(words), words["k42"])
