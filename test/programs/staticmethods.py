class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def valid(d):
        return d > -273.15
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees}{self.scale})"
class Kelvin(Temperature):
    scale = "K"
print(Temperature.from_fahrenheit(212), Kelvin.from_fahrenheit(32), Temperature.valid(-300), Kelvin(5).valid(5))
print(type(Temperature.__dict__["valid"]).__name__, type(Temperature.__dict__["from_fahrenheit"]).__name__)
print(Temperature.from_fahrenheit.__func__.__name__, Kelvin.scale, Temperature(1).scale)
