"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag (Pyscope's own enum module).

Behaves as CPython 3.12's enum for what classes use: members as class attributes, lookup
by value (Color(1)) and by name (Color['RED']), aliases, auto(), unique, the functional
API (Enum('Animal', 'ANT BEE CAT')), data-type mixins (int, str) and flags with their
composite names (<Perm.R|W: 6>).
"""

import sys

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
    'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
    'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

_builtin_property = property

# Enum, Flag and ReprEnum are None until their own class statements have run: the
# metaclass checks for them while it builds them.
Enum = Flag = EJECT = ReprEnum = None


class _Sentinel:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


_auto_null = _Sentinel('_auto_null')
_not_given = _Sentinel('_not_given')


class auto:
    """A member's value chosen by _generate_next_value_ (1, 2, 3... for Enum)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Make the wrapped object a member even when it is a descriptor."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep the wrapped object a plain class attribute, not a member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """The name and value attributes of members: readable, never settable."""

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner

    def __set__(self, instance, value):
        raise AttributeError('%r cannot set attribute %r' % (self.owner, self.name))

    def __delete__(self, instance):
        raise AttributeError('%r cannot delete attribute %r' % (self.owner, self.name))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_of(num):
    """the single-bit values set in a non-negative int, lowest first"""
    while num:
        bit = num & -num
        yield bit
        num ^= bit


def _signed_bin(num, max_bits=None):
    """bin() with a sign bit before the digits, padded to max_bits (flag error messages)"""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = bin(num + ceiling).replace('1', '0', 1)
    else:
        text = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class _EnumDict(dict):
    """The class namespace of an enum: records members in order and resolves auto()."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._generate_next_value = generate

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                if isinstance(value, staticmethod):
                    value = value.__func__
                self._generate_next_value = value
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                self._ignore = names
                for name in names:
                    if name in self._member_names:
                        raise ValueError('_ignore_ cannot specify already set names: %r' % (name,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not isinstance(value, member) and _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto) and v.value is _auto_null:
                        v.value = self._generate_next_value(
                            key, 1, len(self._member_names), self._last_values[:])
                    parts.append(v.value if isinstance(v, auto) else v)
                value = tuple(parts)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    """the built-in or user type members are also instances of (int for IntEnum), or object"""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or base in (int, str, float, tuple):
                return base
    return object


def _first_enum(bases):
    if not bases:
        return Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    return last


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        for chain in bases:
            for base in chain.__mro__:
                found = base.__dict__.get('_generate_next_value_')
                if found is not None:
                    generate = found.__func__ if isinstance(found, staticmethod) else found
                    break
            if generate is not None:
                break
        if generate is None:
            generate = _default_next_value
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None:
            # building Enum itself (or ReprEnum/Flag's helpers before Enum exists)
            ns = dict(classdict)
            enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
            enum_class._member_names_ = []
            enum_class._member_map_ = {}
            enum_class._value2member_map_ = {}
            enum_class._unhashable_values_ = []
            enum_class._member_type_ = object
            return enum_class
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        first_enum = _first_enum(bases)
        member_type = _find_data_type(bases)
        member_names = list(classdict._member_names)
        ns = {k: v for k, v in dict.items(classdict) if k not in classdict._member_names}
        values = {k: dict.__getitem__(classdict, k) for k in member_names}
        custom_new = ns.pop('__new__', None)
        if custom_new is not None:
            ns['_new_member_'] = custom_new
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        if Flag is not None and issubclass(first_enum, Flag):
            ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            ns['_flag_mask_'] = 0
            ns['_all_bits_'] = 0
            ns['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)

        # repr/str/format: the enum's own unless this class (or a mixin) chose others
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in ns:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                ns['__format__'] = member_type.__format__
            if '__str__' not in ns:
                method = member_type.__dict__.get('__str__') or member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                ns['__str__'] = method
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in ns:
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        new_member = getattr(enum_class, '_new_member_', None)
        for name in member_names:
            enum_class._add_member_(name, values[name], new_member, member_type)

        if Flag is not None and issubclass(enum_class, Flag):
            # IntFlag's int base would otherwise answer | & ^ ~ with plain ints
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in ns:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            mask = 0
            for m in enum_class._member_map_.values():
                if _is_single_bit(m._value_):
                    mask |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_singles_mask_', mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
        # Color(1) looks a member up; the data type's __new__ only made the members
        type.__setattr__(enum_class, '__new__', Enum.__new__)
        return enum_class

    def _add_member_(cls, name, value, new_member, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if new_member is not None:
            made = new_member(cls, *args)
        elif member_type is object:
            made = object.__new__(cls)
        else:
            made = member_type.__new__(cls, *args)
        if not hasattr(made, '_value_'):
            if member_type is object:
                made._value_ = value
            else:
                made._value_ = member_type(*args)
        value = made._value_
        made._name_ = name
        made.__objclass__ = cls
        made._sort_order_ = len(cls._member_names_)
        made.__init__(*args)
        # an equal value already seen makes this name an alias of that member
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            made = canonical
        else:
            is_flag = Flag is not None and issubclass(cls, Flag)
            if not is_flag or _is_single_bit(value):
                cls._member_names_.append(name)
            try:
                cls._value2member_map_.setdefault(value, made)
            except TypeError:
                cls._unhashable_values_.append(value)
        cls._member_map_[name] = made
        type.__setattr__(cls, name, made)

    def __call__(cls, value, names=_not_given, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is _not_given:
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = classdict._generate_next_value(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        elif names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_values_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        import types
        return types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    ordered = sorted(last_values)
    return ordered[-1] + 1


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        # Color(1): the member whose value is 1 (the members themselves are made by the
        # metaclass, so this is only ever a lookup)
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag):
            if result is None:
                raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        names += [n for n in self.__dict__ if not n.startswith('_')]
        return sorted(set(names))

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


IntEnum._value_repr_ = None


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """How Flag handles values with bits outside its members'."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for bit flags: members combine with |, & and ^."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % (last,)) from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        """a composite (pseudo) member for a combination of bits"""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        original = value
        if value < 0:
            # ~member: two's complement within the bits the members span
            value = cls._all_bits_ + 1 + value
        unknown = value & ~flag_mask
        if unknown or value < 0:
            boundary = cls._boundary_
            if boundary is STRICT:
                bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, original, _signed_bin(original, bits),
                                    _signed_bin(flag_mask, bits)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return original
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        known = value & flag_mask
        names = [m._name_ for m in cls._iter_bits_(known)]
        extra = value & ~flag_mask
        if names and extra:
            names.append(cls._numeric_repr_(extra))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_bits_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_bits_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            self._inverted_ = inverted
        return self._inverted_

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag._inverted_ = None
Flag._boundary_ = STRICT
Flag._flag_mask_ = Flag._singles_mask_ = Flag._all_bits_ = 0


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based flags."""


def unique(enumeration):
    """Class decorator: no two names may share a value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """Checks verify() can run on an enumeration."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(set(m._value_ for m in enumeration))
                if len(values) > 1:
                    low, high = values[0], values[-1]
                    missing = [v for v in range(low, high) if v not in values]
                    if missing:
                        raise ValueError('invalid enum %r: missing values %s'
                                         % (name, ', '.join(str(v) for v in missing)))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, n) for n in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: export the members into their module's namespace."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
