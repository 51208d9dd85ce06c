"""Support for type hints (Pyscope's own typing module, behaving as CPython 3.12's at run
time): the aliases and special forms with their reprs (typing.List[int],
typing.Optional[str]), TypeVar and Generic, Protocol and runtime_checkable, NamedTuple,
TypedDict, NewType, get_type_hints, get_origin and get_args.

Annotations written as strings are evaluated by a small expression reader of our own
(names, attributes, subscripts, |, literals), since that is all an annotation holds.
"""

import collections
import collections.abc
import sys
import types
from abc import ABCMeta, abstractmethod

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
    'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload', 'override',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False
_NoneType = type(None)
_GenericAliasType = types.GenericAlias
_UnionType = types.UnionType


def _caller_module(depth=2, default='__main__'):
    try:
        return sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _type_repr(obj):
    """how an argument shows inside a typing repr: int, __main__.Node, ..., ~T"""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasType):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[%s]' % ', '.join(_type_repr(t) for t in obj)
    return repr(obj)


class ForwardRef:
    """A string annotation, evaluated when get_type_hints() asks for it."""

    __slots__ = ('__forward_arg__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        value = _eval_annotation(self.__forward_arg__, globalns, localns)
        value = _type_check(value, 'Forward references must evaluate to types.',
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        return _eval_type(value, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else ', module=%r' % self.__forward_module__
        return 'ForwardRef(%r%s)' % (self.__forward_arg__, module)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """None becomes NoneType, strings ForwardRefs; other values must be usable as types"""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms:
        raise TypeError('%s is not valid as type argument' % (arg,))
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _collect_parameters(args):
    """the TypeVars appearing in args, first appearance first"""
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if isinstance(t, (TypeVar, ParamSpec, TypeVarTuple)):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_arg_count(alias, params, expected):
    if len(params) != expected:
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if len(params) > expected else 'few', alias, len(params),
                           expected))


class _Final:
    """Base of the typing objects that may not be subclassed."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if '_root' not in kwds and not _root:
            raise TypeError('Cannot subclass special typing classes')


class _NotIterable:
    __iter__ = None


# ---------------------------------------------------------------- special forms

class _SpecialForm(_Final, _NotIterable, _root=True):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError('%s is not subscriptable' % (self,))


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


def _flatten_union(parameters):
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    return params


def _dedupe(params):
    out = []
    for p in params:
        if not any(p == q and type(p) is type(q) for q in out):
            out.append(p)
    return out


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _dedupe(_flatten_union(parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, tuple(parameters), name='Optional')
    return _UnionGenericAlias(self, tuple(parameters))


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, '%s requires a single type.' % (self,))
    return Union[arg, type(None)]


@_SpecialForm
def Literal(self, *parameters):
    """Literal['a', 1]: exactly one of these values."""
    parameters = parameters[0] if len(parameters) == 1 else parameters
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    values = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            values.extend(p.__args__)
        else:
            values.append(p)
    unique = []
    for v in values:
        if not any(v == u and type(v) is type(u) for u in unique):
            unique.append(v)
    return _LiteralGenericAlias(self, tuple(unique))


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type guard functions."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Concatenate(self, parameters):
    """Used with Callable and ParamSpec."""
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters)


@_SpecialForm
def Required(self, parameters):
    """A key that must be present in a TypedDict."""
    item = _type_check(parameters, '%s accepts only a single type.' % self._name)
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A key that may be absent from a TypedDict."""
    item = _type_check(parameters, '%s accepts only a single type.' % self._name)
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _type_check(parameters, '%s accepts only single type.' % (self,))
    return _GenericAlias(self, (item,))


# ---------------------------------------------------------------- type variables

class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if getattr(self, '__infer_variance__', False):
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of %s' % type(self).__name__)

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError("type '%s.%s' is not an acceptable base type"
                            % (__name__, cls.__bases__[0].__name__))


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), TypeVar('N', int, float), TypeVar('B', bound=X)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        msg = 'TypeVar(name, constraint, ...): constraints must be types.'
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        return _type_check(arg, 'Parameters to generic types must be types.')


class TypeVarTuple(_TypeVarLike):
    """A variadic type variable (*Ts)."""

    __covariant__ = __contravariant__ = False

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module




# ---------------------------------------------------------------- generic aliases

class _BaseGenericAlias(_Final, _root=True):
    """Common behaviour of the subscripted and unsubscripted aliases."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__'):
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __dir__(self):
        return list(set(super().__dir__() + [a for a in dir(self.__origin__)
                                              if not (a.startswith('__') and a.endswith('__'))]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted alias: List[int], Stack[int], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError('Cannot subscript already-subscripted %s' % self)
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % self)
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        _check_arg_count(self, args, len(self.__parameters__))
        mapping = dict(zip(self.__parameters__, args))
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            args = '()'
        return '%s[%s]' % (name, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, (_GenericAlias, _GenericAliasType)) and getattr(arg, '__parameters__', ()):
        new_args = tuple(_substitute(a, mapping) for a in arg.__args__)
        if isinstance(arg, _GenericAlias):
            return arg.copy_with(new_args)
        return _GenericAliasType(arg.__origin__, new_args)
    if isinstance(arg, _UnionGenericAlias):
        return Union[tuple(_substitute(a, mapping) for a in arg.__args__)]
    return arg


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted alias of a class: typing.List, typing.Dict..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self.__module__ = 'typing'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = 'Parameters to generic types must be types.'
        params = tuple(_type_check(p, msg) for p in params)
        _check_arg_count(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        assert self._name == 'Callable'
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                               _type_repr(args[-1]))

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = (tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg must be a type.')
                            for a in args), result)
        elif args is not ...:
            raise TypeError('Callable[args, result]: args must be a list. Got %.100r.' % (args,))
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is ...:
            return self.copy_with((..., result))
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = 'Tuple[t, ...]: t must be a type.'
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = 'Tuple[t0, t1, ...]: each t must be a type.'
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is _NoneType:
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return Union, self.__args__


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                              ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: type T carrying the metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.',
                             allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass %s.Annotated' % cls.__module__)


Annotated.__module__ = 'typing'


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
Text = str


class _ContextManagerBase(metaclass=ABCMeta):
    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _ContextManagerBase:
            return _abc._check_methods(C, '__enter__', '__exit__')
        return NotImplemented


_ContextManagerBase.__name__ = _ContextManagerBase.__qualname__ = 'AbstractContextManager'
ContextManager = _alias(_ContextManagerBase, 1, name='ContextManager')
AsyncContextManager = _alias(_abc.AsyncIterable, 1, name='AsyncContextManager')

try:
    import re as _re
    Pattern = _alias(type(_re.compile('')), 1, name='Pattern')
    Match = _alias(type(_re.match('', '')), 1, name='Match')
except Exception:
    pass


# ---------------------------------------------------------------- Generic and Protocol

class Generic:
    """Abstract base class for generic types: class Stack(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError('Parameters to %s[...] must all be type variables or parameter '
                                'specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
        else:
            expected = len(cls.__dict__.get('__parameters__', ()))
            if not expected:
                raise TypeError('%s is not a generic class' % (cls,))
            _check_arg_count(cls, params, expected)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol' and type(cls).__name__ != '_TypedDictMeta'
        if error:
            raise TypeError('Cannot inherit from plain Generic')
        if '__orig_bases__' in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple times.')
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                    % (', '.join(str(t) for t in missing),
                                       ', '.join(str(g) for g in gvars)))
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__protocol_attrs__', '__non_callable_proto_members__',
    '__callable_proto_members_only__', '__parameters__', '__orig_bases__', '__qualname__',
    '_is_protocol', '_is_runtime_protocol', '__init_subclass__', '__type_params__',
    '_abc_registry', '_abc_subclasses', '_abc_cache', '_abc_negative_cache',
    '_abc_negative_cache_version',
})


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if super().__instancecheck__(instance):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                break
            if val is None and attr not in cls.__non_callable_proto_members__:
                break
        else:
            return True
        return False

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if (getattr(cls, '_is_protocol', False)
                and getattr(cls, '__non_callable_proto_members__', None)):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        return super().__subclasscheck__(other)


def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _get_protocol_attrs(cls)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Allow isinstance() and issubclass() with a protocol class (checks member names)."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % cls)
    cls._is_runtime_protocol = True
    non_callable = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception:
            is_callable = False
        if not is_callable:
            non_callable.add(attr)
    cls.__non_callable_proto_members__ = frozenset(non_callable)
    return cls


class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    """An ABC with one abstract method __round__."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0):
        pass


for _proto in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
               SupportsAbs, SupportsRound):
    runtime_checkable(_proto)
del _proto


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


# ---------------------------------------------------------------- NamedTuple, TypedDict, NewType

_prohibited_namedtuple = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                    '_fields', '_field_defaults', '_make', '_replace',
                                    '_asdict', '_source'})
_special_namedtuple = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    annotations = {n: _type_check(t, 'field %s annotation must be a type' % n)
                   for n, t in types_}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types_.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited_namedtuple:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _special_namedtuple:
                if key not in nm_tpl._fields:
                    setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class Employee(NamedTuple): name: str."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        msg = 'TypedDict(\'Name\', {f0: t0, f1: t1, ...}); each t must be a type'
        own = {n: _type_check(tp, msg, module=tp_dict.__module__) for n, tp in own.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Required:
                required_keys.add(key)
            elif origin is NotRequired:
                optional_keys.add(key)
            elif total:
                required_keys.add(key)
            else:
                optional_keys.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): title: str."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """True for TypedDict classes."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """UserId = NewType('UserId', int): a callable returning its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                                'looking for: `%s = NewType(%r, %s)`'
                                % (subclass_name, subclass_name, superclass_name))
        return (Dummy,)

    def __call__(self, x):
        return x

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- functions

def cast(typ, val):
    """Return val unchanged (a hint to type checkers)."""
    return val


def assert_type(val, typ, /):
    """Return val unchanged (a hint to type checkers)."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return it."""
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @overload-ed.')


def overload(func):
    """Decorator for overloaded functions/methods (recorded for get_overloads)."""
    f = getattr(func, '__func__', func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload variants recorded for func."""
    f = getattr(func, '__func__', func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    """Forget every recorded overload."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class final (sets __final__ when it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Mark a method as overriding one of its base class (sets __override__)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Mark a function or class as not to be type checked."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make a decorator that applies no_type_check to what it decorates."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator or class as creating dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


class TypeAliasType:
    """type X = int at run time (created by the type statement)."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params
        self.__module__ = _caller_module()

    def __repr__(self):
        return self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, of Optional[int] Union."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted form: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _should_unflatten_callable_args(typ, args):
    return (typ.__origin__ is collections.abc.Callable
            and not (len(args) == 2 and args[0] is ...))


# ---------------------------------------------------------------- get_type_hints

def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, '__origin__') and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else t.copy_with(stripped)
    if isinstance(t, _UnionType):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        result = stripped[0]
        for a in stripped[1:]:
            result = result | a
        return result
    return t


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _GenericAlias):
        if isinstance(t, _CallableGenericAlias) or isinstance(t, _LiteralGenericAlias):
            args = t.__args__
            if isinstance(t, _LiteralGenericAlias):
                return t
        ev_args = tuple(_eval_type(_type_convert(a) if isinstance(a, str) else a, globalns, localns)
                        for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(ev_args[0], t.__metadata__)
        if isinstance(t, _UnionGenericAlias):
            return Union[ev_args]
        return t.copy_with(ev_args)
    if isinstance(t, _GenericAliasType):
        ev_args = tuple(_eval_type(_type_convert(a) if isinstance(a, str) else a, globalns, localns)
                        for a in t.__args__)
        if ev_args == t.__args__:
            return t
        return _GenericAliasType(t.__origin__, ev_args)
    if isinstance(t, _UnionType):
        ev_args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        result = ev_args[0]
        for a in ev_args[1:]:
            result = result | a
        return result
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function with string annotations evaluated
    (in the module of the class or function that wrote them)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            if isinstance(ann, types.GetSetDescriptorType):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                            types.ModuleType)) or callable(obj):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                               is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


# ---------------------------------------------------------------- string annotations

def _tokenize_annotation(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (text[j].isalnum() or text[j] == '_'):
                j += 1
            tokens.append(('name', text[i:j]))
            i = j
        elif c.isdigit() or (c == '-' and i + 1 < n and text[i + 1].isdigit()):
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] in '._'):
                j += 1
            literal = text[i:j]
            tokens.append(('value', float(literal) if '.' in literal else int(literal, 0)))
            i = j
        elif c in '\'"':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            tokens.append(('value', text[i + 1:j]))
            i = j + 1
        elif text.startswith('...', i):
            tokens.append(('value', ...))
            i += 3
        elif c in '[](),.|':
            tokens.append(('op', c))
            i += 1
        else:
            raise SyntaxError('invalid syntax in annotation %r' % (text,))
    return tokens


class _AnnotationReader:
    """Evaluates what annotations contain: names, a.b, x[...], x | y, [..], literals."""

    def __init__(self, text, globalns, localns):
        self.tokens = _tokenize_annotation(text)
        self.pos = 0
        self.globalns = globalns or {}
        self.localns = localns or {}
        self.text = text

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self, op=None):
        tok = self.peek()
        if op is not None and tok != ('op', op):
            raise SyntaxError('invalid syntax in annotation %r' % (self.text,))
        self.pos += 1
        return tok

    def lookup(self, name):
        if name in self.localns:
            return self.localns[name]
        if name in self.globalns:
            return self.globalns[name]
        builtins = sys.modules['builtins']
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise NameError("name '%s' is not defined" % name)

    def expr(self):
        value = self.postfix()
        while self.peek() == ('op', '|'):
            self.take()
            value = value | self.postfix()
        return value

    def postfix(self):
        value = self.atom()
        while True:
            tok = self.peek()
            if tok == ('op', '.'):
                self.take()
                value = getattr(value, self.take()[1])
            elif tok == ('op', '['):
                self.take()
                items = self.sequence(']')
                value = value[items[0] if len(items) == 1 and not self._trailing else tuple(items)]
            else:
                return value

    def sequence(self, close):
        items = []
        self._trailing = False
        while self.peek() != ('op', close):
            items.append(self.expr())
            self._trailing = False
            if self.peek() == ('op', ','):
                self.take()
                self._trailing = True
        self.take(close)
        return items

    def atom(self):
        kind, value = self.take()
        if kind == 'name':
            if value == 'None':
                return None
            if value in ('True', 'False'):
                return value == 'True'
            return self.lookup(value)
        if kind == 'value':
            return value
        if value == '[':
            return self.sequence(']')
        if value == '(':
            items = self.sequence(')')
            return items[0] if len(items) == 1 and not self._trailing else tuple(items)
        raise SyntaxError('invalid syntax in annotation %r' % (self.text,))


def _eval_annotation(text, globalns, localns):
    reader = _AnnotationReader(text, globalns, localns)
    value = reader.expr()
    if reader.pos != len(reader.tokens):
        raise SyntaxError('invalid syntax in annotation %r' % (text,))
    return value
