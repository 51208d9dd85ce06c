"""Shallow and deep copy operations (Pyscope's own copy module, as CPython 3.12's).

copy(x) duplicates the outer object only; deepcopy(x) duplicates everything reachable,
once each: the memo dict (keyed by id) maps each original already copied to its copy,
which is how cycles and shared references survive. Classes take over with __copy__ and
__deepcopy__(memo), or describe themselves with __reduce_ex__/__getstate__/__setstate__.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# values that are their own copy, shallow or deep
_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
           bytes, str, types.CodeType, type, range, types.BuiltinFunctionType,
           types.FunctionType, property}


def _own_reducer(cls):
    """the class's __reduce_ex__/__reduce__ when it defines one (object's do not count)"""
    for name in ('__reduce_ex__', '__reduce__'):
        found = getattr(cls, name, None)
        if found is not None and found is not getattr(object, name, None):
            return name
    return None


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls in (tuple, frozenset) or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # a cycle through the tuple may have copied it already
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for original, copied in zip(x, y):
        if original is not copied:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y


def _deepcopy_frozenset(x, memo):
    return frozenset(deepcopy(item, memo) for item in x)


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _atomic}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[set] = _deepcopy_set
_deepcopy_dispatch[frozenset] = _deepcopy_frozenset
_deepcopy_dispatch[types.MethodType] = _deepcopy_method
_deepcopy_dispatch[bytearray] = lambda x, memo: bytearray(x)


def _keep_alive(x, memo):
    """Keep the originals referenced from the memo, so their ids stay unique while
    the copy runs (CPython's reason; our ids are never reused, but the memo shape is
    what user __deepcopy__ methods may look at)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _state_of(x):
    cls = type(x)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return x.__getstate__()
    state = dict(x.__dict__) if hasattr(x, '__dict__') else None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            if hasattr(x, name):
                slots[name] = getattr(x, name)
    if slots:
        return (state, slots)
    return state or None


def _set_state(y, state, memo):
    if memo is not None:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__') and type(y).__setstate__ is not getattr(object, '__setstate__', None):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    else:
        slots = None
    if state:
        y.__dict__.update(state)
    if slots:
        for name, value in slots.items():
            setattr(y, name, value)


def _reconstruct(x, memo):
    """copy an instance: through its own __reduce_ex__ when it has one, else as
    object.__reduce_ex__ would describe it (the class, its __dict__ and slots)"""
    cls = type(x)
    deep = memo is not None
    name = _own_reducer(cls)
    if name is not None:
        rv = getattr(x, name)(4) if name == '__reduce_ex__' else x.__reduce__()
        if isinstance(rv, str):
            return x
        return _from_reduce(x, rv, memo)
    getnewargs = getattr(x, '__getnewargs__', None)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
    elif getnewargs is not None:
        args = getnewargs()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        try:
            y = cls.__new__(cls)
        except TypeError:
            raise Error('un(deep)copyable object of type %s' % cls) from None
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        for item in x:
            list.append(y, deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        for item in x:
            set.add(y, deepcopy(item, memo) if deep else item)
    state = _state_of(x)
    if state is not None:
        _set_state(y, state, memo)
    return y


def _from_reduce(x, rv, memo):
    deep = memo is not None
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
