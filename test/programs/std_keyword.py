import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for word in ["if", "match", "print", "None", "none", "_", "type", "async", "nonlocal"]:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
names = ["total", "class", "for_each", "lambda", "x1"]
print([n for n in names if not keyword.iskeyword(n) and n.isidentifier()])
print(keyword.__all__)
