class A:
    def f(self):
        return self.g()
class B(A):
    def f(self):
        return super().f() + 1
B().f()
