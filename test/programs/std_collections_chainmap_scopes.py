# Nested scopes and layered settings with ChainMap.
from collections import ChainMap

builtins = {'print': 'builtin print', 'len': 'builtin len'}
module = {'x': 1, 'len': 'module len'}
scope = ChainMap({}, module, builtins)
print(scope['len'], scope['print'], scope['x'], len(scope), sorted(scope))
inner = scope.new_child({'x': 10, 'y': 20})
print(inner['x'], inner['y'], inner.parents['x'], inner.maps[0])
inner['z'] = 30
del inner['y']
print(inner.maps[0], 'y' in inner, inner.get('y', 'none'))
try:
    del inner['len']
except KeyError as e:
    print('KeyError:', e)

defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
settings = ChainMap(cli, env, defaults)
print(dict(settings), settings['color'], settings.maps[-1] is defaults)
settings['color'] = 'blue'
print(cli, defaults['color'], repr(settings))
print(list(settings.items()), settings.new_child().maps[0], bool(ChainMap()), ChainMap())
