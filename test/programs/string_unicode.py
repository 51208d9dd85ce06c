s = "naïve café 日本語 😀"
print(len(s), s.upper(), s[6:10], s[-1], s[::-1][:3], s.encode("utf-8")[:8])
print([c for c in "日本"], ord("😀"), chr(128512) == "😀", "😀".encode(), len("😀".encode("utf-8")))
print("Straße".upper(), "ǅ".lower(), "ÀÉÎ".lower(), "ﬁ".upper())
print(repr("\x00\x07\u200b"), repr("é\n😀"), ascii("é😀"), "\N{GREEK SMALL LETTER ALPHA}")
print("abc" < "abd" < "b", "Z" < "a", "é" > "z", sorted(["é", "e", "f", "E"]))
print("tab\there".split("\t"), "a\u3000b".split(), " ".join(["α", "β"]), "x".center(5, "·"))
print(f"{'日本':>6}|{'😀':^5}|{s!a:.20}")
