# singledispatch pretty printer, total_ordering, cached_property and wraps.
from functools import singledispatch, total_ordering, cached_property, wraps
from collections import OrderedDict


@singledispatch
def render(obj, indent=0):
    return ' ' * indent + repr(obj)


@render.register
def _(obj: list, indent=0):
    inner = '\n'.join(render(x, indent + 2) for x in obj)
    return ' ' * indent + '[\n' + inner + '\n' + ' ' * indent + ']'


@render.register(dict)
def _(obj, indent=0):
    lines = [' ' * (indent + 2) + f'{k}: {render(v).strip()}' for k, v in obj.items()]
    return ' ' * indent + '{\n' + '\n'.join(lines) + '\n' + ' ' * indent + '}'


@render.register(int)
@render.register(float)
def _(obj, indent=0):
    return ' ' * indent + f'<num {obj}>'


print(render([1, 'two', [3.5, None], {'k': 4}]))
print(render(OrderedDict(a=1)), render(True), render.dispatch(bool).__name__)
print(sorted(t.__name__ for t in render.registry))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f'${self.cents / 100:.2f}'


wallet = [Money(250), Money(99), Money(1000), Money(99)]
print(sorted(wallet), max(wallet), Money(5) >= Money(5), Money(6) > Money(5), Money(1) <= Money(0))


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        print('  summing')
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total)
r.rows.append(4)
print(r.total)
del r.total
print(r.total)


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f'call {fn.__name__}{args}')
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    """Rectangle area."""
    return w * h


print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__(2, 2))
