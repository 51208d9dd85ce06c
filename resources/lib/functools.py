"""Higher-order functions and operations on callables (Pyscope's own functools, as
CPython 3.12's). reduce, partial, cmp_to_key and the lru_cache wrapper are native
(_functools); the rest is written here."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
from abc import get_cache_token
from collections import namedtuple
from types import GenericAlias, MappingProxyType

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy its name, doc... and record __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # set last: the __dict__ update may have copied wrapped's own __wrapped__
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering

def _derived(root):
    """the three missing comparisons written in terms of root (and ==)"""
    def from_lt():
        def __gt__(self, other):
            r = type(self).__lt__(self, other)
            return r if r is NotImplemented else not r and self != other

        def __le__(self, other):
            r = type(self).__lt__(self, other)
            return r if r is NotImplemented else r or self == other

        def __ge__(self, other):
            r = type(self).__lt__(self, other)
            return r if r is NotImplemented else not r
        return {'__gt__': __gt__, '__le__': __le__, '__ge__': __ge__}

    def from_le():
        def __ge__(self, other):
            r = type(self).__le__(self, other)
            return r if r is NotImplemented else not r or self == other

        def __lt__(self, other):
            r = type(self).__le__(self, other)
            return r if r is NotImplemented else r and self != other

        def __gt__(self, other):
            r = type(self).__le__(self, other)
            return r if r is NotImplemented else not r
        return {'__ge__': __ge__, '__lt__': __lt__, '__gt__': __gt__}

    def from_gt():
        def __lt__(self, other):
            r = type(self).__gt__(self, other)
            return r if r is NotImplemented else not r and self != other

        def __ge__(self, other):
            r = type(self).__gt__(self, other)
            return r if r is NotImplemented else r or self == other

        def __le__(self, other):
            r = type(self).__gt__(self, other)
            return r if r is NotImplemented else not r
        return {'__lt__': __lt__, '__ge__': __ge__, '__le__': __le__}

    def from_ge():
        def __le__(self, other):
            r = type(self).__ge__(self, other)
            return r if r is NotImplemented else not r or self == other

        def __gt__(self, other):
            r = type(self).__ge__(self, other)
            return r if r is NotImplemented else r and self != other

        def __lt__(self, other):
            r = type(self).__ge__(self, other)
            return r if r is NotImplemented else not r
        return {'__le__': __le__, '__gt__': __gt__, '__lt__': __lt__}

    return {'__lt__': from_lt, '__le__': from_le, '__gt__': from_gt, '__ge__': from_ge}[root]()


def total_ordering(cls):
    """Class decorator filling in the missing comparisons from one of < <= > >= and ==."""
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name, method in _derived(root).items():
        if name not in roots:
            method.__qualname__ = '%s.%s' % (cls.__qualname__, name)
            setattr(cls, name, method)
    return cls


# ---------------------------------------------------------------- lru_cache

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping the maxsize most recently used results
    (unbounded with maxsize=None); cache_info() reports hits and misses."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def cache(user_function, /):
    """Simple lightweight unbounded cache. Sometimes called "memoize"."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- cached_property

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ '
                            'on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not support item "
                                "assignment for caching %r property."
                                % (type(instance).__name__, self.attrname)) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------- partialmethod

class partialmethod:
    """partial() for methods: the instance is bound first, then the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args]
        parts += ['%s=%r' % (k, v) for k, v in self.keywords.items()]
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------------------- singledispatch

def _find_impl(cls, registry):
    """the implementation for cls: the first class of its MRO with one, else an ABC it
    is a (virtual) subclass of"""
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    matches = [t for t in registry if isinstance(t, type) and issubclass(cls, t)]
    best = None
    for t in matches:
        if best is None or issubclass(t, best):
            best = t
    return registry.get(best) if best is not None else None


def _is_union_type(cls):
    from typing import get_origin, Union
    import types
    return get_origin(cls) in (Union, types.UnionType)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    from typing import get_args
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    """Single-dispatch generic function: the implementation is chosen by the type of the
    first argument among those added with .register()."""
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. %r is not a class '
                                'or union type.' % (cls,))
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an annotated '
                                'function.' % (cls,))
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError('Invalid annotation for %r. %r not all arguments are '
                                    'classes.' % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
