class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(5)), [x * 2 for x in Countdown(3)])
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10
r = Range2(4)
print(list(r), len(r), r[2], sum(r), max(r), 3 in r, list(reversed(r)))
class OldStyleSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(OldStyleSeq()), "b" in OldStyleSeq())
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
