class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __str__(self):
        return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak().upper()
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a, a.speak())
print(Puppy.__mro__)
print(issubclass(Puppy, Animal), isinstance(Puppy("x", 2), Dog), Dog.__bases__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
