class Loggable:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class Serializable:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class Base:
    def __init__(self, name):
        self.name = name
        self._secret = 1
class User(Base, Loggable, Serializable):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
u = User("ann", 30)
print(u.log("created"), u.to_dict(), [c.__name__ for c in User.__mro__])
class A:
    def __init__(self):
        print("A init")
        super().__init__()
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
class C(A):
    def __init__(self):
        print("C init")
        super().__init__()
class D(B, C):
    def __init__(self):
        print("D init")
        super().__init__()
D()
print([k.__name__ for k in D.mro()])
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
