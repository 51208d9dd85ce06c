class Robot:
    def __init__(self):
        self.battery = 100
r = Robot()
print(r.battery)
print(r.batery)
