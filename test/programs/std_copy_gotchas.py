# Aliasing, shallow copies and deep copies, with custom hooks.
import copy

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, 'aliased rows')
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid, 'separate rows')

config = {'name': 'base', 'tags': ['a'], 'limits': {'cpu': 2}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config['tags'].append('b')
config['limits']['cpu'] = 8
config['name'] = 'changed'
print(shallow)
print(deep)
print(shallow['tags'] is config['tags'], deep['tags'] is config['tags'])

shared = [1, 2]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
ring = {'name': 'ring'}
ring['self'] = ring
ring2 = copy.deepcopy(ring)
print(ring2['self'] is ring2, ring2 is not ring)


class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.cache = {'det': None}

    def __copy__(self):
        print('  __copy__')
        clone = Matrix(self.rows)
        return clone

    def __deepcopy__(self, memo):
        print('  __deepcopy__, memo has', len(memo), 'entries')
        clone = Matrix(copy.deepcopy(self.rows, memo))
        return clone

    def __repr__(self):
        return f'Matrix({self.rows})'


m = Matrix([[1, 2], [3, 4]])
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
m.rows[0][0] = 99
print(m, m2, m3)


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].value = 40
print(tree.children[1].children[0].value, clone.children[1].children[0].value)
print(copy.copy((1, [2])) is not None, copy.deepcopy((1, 2)) == (1, 2), copy.copy('str'))
