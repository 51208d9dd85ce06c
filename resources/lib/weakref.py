"""Weak references (Pyscope's own weakref module).

Honest note: Pyscope's objects live in JavaScript's memory, whose garbage collector
neither reports when an object dies nor runs at the moments CPython's reference counting
frees one. So here a weak reference never goes dead: ref() always returns its object,
WeakValueDictionary and WeakKeyDictionary keep their entries, callbacks are never called
by a collection, and finalize() runs only when called or detached by the program. Every
other behaviour (which objects can be weakly referenced, the errors, equality, hashing,
the dictionaries' mapping interface) is CPython 3.12's.
"""

from _collections_abc import MutableMapping, MutableSet

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

# the built-in types whose instances have no room for weak references (tp_weaklistoffset 0)
_NOT_WEAKREFABLE = {int, float, complex, bool, str, bytes, bytearray, tuple, list, dict,
                    type(None), range, slice, type(Ellipsis), type(NotImplemented)}

# id(object) -> the refs made to it (getweakrefcount/getweakrefs)
_refs_to = {}


def _check_weakrefable(ob):
    """TypeError unless ob's type has room for weak references: some class of its MRO
    has no __slots__ (so instances get __weakref__) or lists '__weakref__' in them"""
    cls = type(ob)
    if cls in _NOT_WEAKREFABLE:
        raise TypeError("cannot create weak reference to '%s' object" % cls.__name__)
    for klass in cls.__mro__[:-1]:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            return
        if isinstance(slots, str):
            slots = (slots,)
        if '__weakref__' in slots:
            return
    if len(cls.__mro__) > 1:
        raise TypeError("cannot create weak reference to '%s' object" % cls.__name__)


class ReferenceType:
    """ref(object[, callback]): a reference to object that does not keep it alive."""

    __slots__ = ('_ob', '__callback__', '__weakref__', '__dict__')

    def __new__(cls, ob, callback=None, /):
        _check_weakrefable(ob)
        self = object.__new__(cls)
        self._ob = ob
        self.__callback__ = callback
        _refs_to.setdefault(id(ob), []).append(self)
        return self

    def __init__(self, ob, callback=None, /):
        pass

    def __call__(self):
        return self._ob

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._ob == other._ob

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._ob != other._ob

    def __hash__(self):
        return hash(self._ob)

    def __repr__(self):
        ob = self._ob
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(ob).__name__, id(ob))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__module__ = 'builtins'
ReferenceType.__name__ = ReferenceType.__qualname__ = 'ReferenceType'
ref = ReferenceType


class KeyedRef(ref):
    """A ref carrying a key (WeakValueDictionary's entries in CPython)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


def getweakrefcount(object, /):
    """How many weak references and proxies refer to object."""
    return len(_refs_to.get(id(object), ()))


def getweakrefs(object, /):
    """The weak references and proxies referring to object."""
    return list(_refs_to.get(id(object), ()))


class WeakMethod(ref):
    """A weak reference to a bound method: calling it gives the method again."""

    __slots__ = ('_func_ref', '_meth_type')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = func
        self._meth_type = type(meth)
        return self

    def __call__(self):
        return self._meth_type(self._func_ref, self._ob)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._ob is other._ob and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self == other
        return NotImplemented

    __hash__ = ref.__hash__


class ProxyType:
    """proxy(object[, callback]): stands for object, forwarding attributes and operators."""

    __slots__ = ('_ob',)

    def __init__(self, ob, callback=None):
        _check_weakrefable(ob)
        object.__setattr__(self, '_ob', ob)
        _refs_to.setdefault(id(ob), []).append(self)

    def __getattribute__(self, name):
        ob = object.__getattribute__(self, '_ob')
        if name == '__class__':
            return type(ob)
        return getattr(ob, name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_ob'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_ob'), name)

    def __repr__(self):
        ob = object.__getattribute__(self, '_ob')
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(object.__getattribute__(self, '_ob'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_ob'))

    def __len__(self):
        return len(object.__getattribute__(self, '_ob'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_ob'))

    def __contains__(self, item):
        return item in object.__getattribute__(self, '_ob')

    def __getitem__(self, key):
        return object.__getattribute__(self, '_ob')[key]

    def __setitem__(self, key, value):
        object.__getattribute__(self, '_ob')[key] = value

    def __delitem__(self, key):
        del object.__getattribute__(self, '_ob')[key]

    def __eq__(self, other):
        return object.__getattribute__(self, '_ob') == other

    def __lt__(self, other):
        return object.__getattribute__(self, '_ob') < other

    def __add__(self, other):
        return object.__getattribute__(self, '_ob') + other

    def __sub__(self, other):
        return object.__getattribute__(self, '_ob') - other

    def __mul__(self, other):
        return object.__getattribute__(self, '_ob') * other

    __hash__ = None


ProxyType.__module__ = 'builtins'
ProxyType.__name__ = ProxyType.__qualname__ = 'ProxyType'


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_ob')(*args, **kwargs)


CallableProxyType.__module__ = 'builtins'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """A proxy for object (CallableProxyType when object is callable)."""
    return (CallableProxyType if callable(object) else ProxyType)(object, callback)


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are weakly referenced (here: kept; see the module note)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check_weakrefable(value)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def copy(self):
        return WeakValueDictionary(self.data)

    __copy__ = copy

    def itervaluerefs(self):
        return iter([ref(v) for v in self.data.values()])

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are weakly referenced (here: kept; see the module note)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        _check_weakrefable(key)
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def copy(self):
        return WeakKeyDictionary(self.data)

    __copy__ = copy

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(MutableSet):
    """A set whose elements are weakly referenced (here: kept; see the module note)."""

    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            for item in data:
                self.add(item)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def add(self, item):
        _check_weakrefable(item)
        self.data[item] = None

    def discard(self, item):
        self.data.pop(item, None)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, set(self.data))

    def copy(self):
        return self.__class__(self.data)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once. CPython
    calls it when obj is collected or at exit; here only when the program calls it."""

    __slots__ = ('_obj', '_func', '_args', '_kwargs', 'atexit', '__weakref__')

    def __init__(self, obj, func, /, *args, **kwargs):
        _check_weakrefable(obj)
        self._obj = obj
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self.atexit = True

    def __call__(self, _=None):
        if self._func is None:
            return None
        func, args, kwargs = self._func, self._args, self._kwargs
        self._func = self._obj = None
        return func(*args, **(kwargs or {}))

    def detach(self):
        if self._func is None:
            return None
        result = (self._obj, self._func, self._args, self._kwargs)
        self._func = self._obj = None
        return result

    def peek(self):
        if self._func is None:
            return None
        return (self._obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        return self._func is not None

    def __repr__(self):
        if self._func is None:
            return '<finalize object at %#x; dead>' % id(self)
        return '<finalize object at %#x; for %r at %#x>' % (id(self), type(self._obj).__name__,
                                                           id(self._obj))
