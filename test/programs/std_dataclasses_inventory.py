# An inventory with dataclasses: defaults, factories, ordering, asdict.
from dataclasses import dataclass, field, asdict, astuple, fields


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.price * self.qty

    @property
    def total(self):
        return self.price * self.qty


@dataclass
class Inventory:
    owner: str
    items: list[Item] = field(default_factory=list)

    def add(self, *args, **kwargs):
        self.items.append(Item(*args, **kwargs))

    def worth(self):
        return sum(i.total for i in self.items)


inv = Inventory('shop')
inv.add('pen', 1.5, 10, ['office'])
inv.add('book', 12.0, 2)
inv.add('lamp', 30.0, 1, tags=['home', 'light'])
inv.add(name='cup', price=4.25, qty=4)
print(inv)
print('worth', inv.worth())
for item in sorted(inv.items):
    print(f'{item.name:>5} {item.total:7.2f} {item.tags}')
print(max(inv.items).name, min(inv.items).name)
print(asdict(inv.items[0]))
print(astuple(inv.items[1]))
print([f.name for f in fields(Item)], [f.name for f in fields(Item) if f.compare])
print(Item('a', 1.0) == Item('a', 1.0, 0, ['x']), Item('a', 1.0) < Item('b', 2.0, 1))
try:
    Item('x')
except TypeError as e:
    print('TypeError:', e)
try:
    Item('x', 1.0, 2, [], 5)
except TypeError as e:
    print('TypeError:', e)
