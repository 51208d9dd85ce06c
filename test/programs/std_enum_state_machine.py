# A traffic light as an Enum state machine, with match on members.
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def seconds(self):
        return {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}[self]


def describe(light):
    match light:
        case Light.RED:
            return 'stop'
        case Light.GREEN:
            return 'go'
        case Light.YELLOW:
            return 'slow down'


state = Light.RED
total = 0
for step in range(7):
    print(f'{step}: {state.name:<6} {describe(state):<9} for {state.seconds}s')
    total += state.seconds
    state = state.next()
print('total', total, 'final', state, repr(state))
print([m.value for m in Light], Light['GREEN'] is Light.GREEN, Light(3))
print(sorted(Light, key=lambda m: m.seconds))
print({m: m.seconds for m in Light})
try:
    Light(9)
except ValueError as e:
    print('ValueError:', e)
try:
    Light.RED.value = 4
except AttributeError as e:
    print('AttributeError:', e)
print(Light.RED in Light, isinstance(Light.GREEN, Light), type(Light.GREEN))
