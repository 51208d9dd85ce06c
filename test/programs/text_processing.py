text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(words), len(set(words)), max(words, key=len))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {line[:30]:<30}|{len(line):4}")
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
print(" ".join(w[::-1] for w in "reverse each word".split()))
print(sorted(set("the quick brown fox".replace(" ", ""))))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "racecar" == "racecar"[::-1], "level".count("e"))
