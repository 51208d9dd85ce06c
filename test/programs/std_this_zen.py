import this
print(this.c, this.i, len(this.d))
print(this.s.splitlines()[0])
