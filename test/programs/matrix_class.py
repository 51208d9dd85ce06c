class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __eq__(self, o):
        return self.rows == o.rows
m = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(m @ i == m, m @ m, m + i, m.shape, m[1, 0])
z = Matrix.zeros(2, 3); z[0, 2] = 9
print(z, z.shape)
