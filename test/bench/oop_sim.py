class Entity:
    def __init__(self, name, x, y):
        self.name = name
        self._x = x
        self._y = y
    @property
    def x(self):
        return self._x
    @property
    def y(self):
        return self._y
    def move(self, dx, dy):
        self._x += dx
        self._y += dy
    def energy(self):
        return 0

class Particle(Entity):
    def __init__(self, name, x, y, vx, vy, mass):
        super().__init__(name, x, y)
        self.vx = vx
        self.vy = vy
        self.mass = mass
    def step(self):
        self.move(self.vx, self.vy)
        if self.x < 0 or self.x > 100:
            self.vx = -self.vx
        if self.y < 0 or self.y > 100:
            self.vy = -self.vy
    def energy(self):
        return super().energy() + 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy)

ps = [Particle("p%d" % i, i % 100, (i * 7) % 100, (i % 5) - 2, (i % 3) - 1, 1 + i % 4) for i in range(200)]
for t in range(5000):
    for p in ps:
        p.step()
print(sum(p.energy() for p in ps), ps[17].x, ps[17].y)
