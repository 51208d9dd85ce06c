parts = []
for i in range(800000):
    parts.append(str(i) + ":" + hex(i))
s = ",".join(parts)
print(len(s), s[:30], s.count("0x1"))
acc = ""
for i in range(200000):
    acc += chr(97 + i % 26)
print(len(acc), acc[-5:], acc.upper()[:5])
words = ("word%d" % (i % 1000) for i in range(800000))
print(sum(len(w) for w in words))
