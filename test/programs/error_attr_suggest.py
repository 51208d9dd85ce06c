class Car:
    def __init__(self):
        self.speed = 0
        self.colour = "red"
    def accelerate(self):
        self.speed += 10
car = Car()
car.accelerate()
print(car.speed)
car.accelerat()
