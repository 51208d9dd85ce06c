# Word statistics with Counter.
from collections import Counter
import re

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = re.findall(r'[a-z]+', text.lower())
counts = Counter(words)
print(len(words), len(counts), counts.total())
print(counts.most_common(5))
print(counts['was'], counts['missing'], 'age' in counts)
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(3), sorted(letters)[:5])
first = Counter(words[:20])
second = Counter(words[20:])
print((first & second).most_common(3))
print((first - second).most_common(3))
print(sum((first | second).values()), (first + second) == counts)
inventory = Counter(apples=3, pears=1)
inventory.update({'apples': 2, 'kiwis': 4})
inventory.subtract(['pears', 'pears'])
print(inventory, +inventory, -inventory)
print(sorted(inventory.elements()), inventory.most_common()[-1])
del inventory['kiwis']
print(inventory, Counter('hello') <= Counter('hello world'), Counter('aab') > Counter('ab'))
print(Counter({'x': 2, 'y': 2, 'z': 1}).most_common(2), repr(Counter()))
c = Counter(a=1)
c += Counter(a=2, b=-1)
print(c)
