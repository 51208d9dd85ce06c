"""Arrays of numbers of one machine type (Pyscope's own array module, as CPython 3.12's
on a 64-bit little-endian machine).

The items live in a Python list; each value is checked (and, for 'f', rounded to single
precision) on the way in, so the errors and values are those of the C arrays, and
tobytes()/frombytes() use the little-endian machine layout.
"""

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode: (itemsize, signed, name used in overflow errors)
_INT_CODES = {
    'b': (1, True, 'signed char'),
    'B': (1, False, 'unsigned byte integer'),
    'h': (2, True, 'signed short integer'),
    'H': (2, False, 'unsigned short'),
    'i': (4, True, 'signed integer'),
    'I': (4, False, 'unsigned int'),
    'l': (8, True, 'signed long integer'),
    'L': (8, False, 'unsigned long'),
    'q': (8, True, 'signed long long integer'),
    'Q': (8, False, 'unsigned long long'),
}
_ITEMSIZE = {code: spec[0] for code, spec in _INT_CODES.items()}
_ITEMSIZE.update({'u': 4, 'f': 4, 'd': 8})


def _index(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


def _round_half_even(n, shift):
    """n / 2**shift rounded to the nearest int, ties to even (shift may be negative)"""
    if shift <= 0:
        return n << -shift
    q, r = divmod(n, 1 << shift)
    half = 1 << (shift - 1)
    if r > half or (r == half and q & 1):
        q += 1
    return q


def _float_bits(x, single):
    """the IEEE bit pattern of x as an int (binary32 when single, else binary64), rounded
    to nearest-even, computed exactly from x.as_integer_ratio()"""
    ebits, mbits = (8, 23) if single else (11, 52)
    bias = (1 << (ebits - 1)) - 1
    top = ((1 << ebits) - 1) << mbits
    sign = 1 << (ebits + mbits) if (x < 0 or (x == 0.0 and str(x).startswith('-'))) else 0
    if x != x:
        return top | (1 << (mbits - 1))
    x = abs(x)
    if x == float('inf'):
        return sign | top
    if x == 0.0:
        return sign
    n, d = x.as_integer_ratio()
    k = d.bit_length() - 1
    e = n.bit_length() - k - 1           # x in [2**e, 2**(e+1))
    if e < 1 - bias:                      # subnormal: fixed exponent 1 - bias
        mant = _round_half_even(n, k - (bias - 1 + mbits))
        if mant >> mbits:                 # rounded up into the normal range
            return sign | (1 << mbits) | (mant & ((1 << mbits) - 1))
        return sign | mant
    mant = _round_half_even(n, k + e - mbits)
    if mant >> (mbits + 1):              # rounding carried into a new power of two
        mant >>= 1
        e += 1
    if e + bias >= (1 << ebits) - 1:
        return sign | top                 # too large: infinity
    return sign | ((e + bias) << mbits) | (mant & ((1 << mbits) - 1))


def _bits_float(bits, single):
    ebits, mbits = (8, 23) if single else (11, 52)
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    mant = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        return sign * float('inf') if mant == 0 else float('nan')
    if exp == 0:
        return sign * (mant * 2.0 ** (1 - bias - mbits))
    return sign * ((mant + (1 << mbits)) * 2.0 ** (exp - bias - mbits))


def _round_to_float32(x):
    """x as a C float holds it: rounded to the nearest single (ties to even)"""
    if x != x:
        return x
    return _bits_float(_float_bits(x, True), True)


class array:
    """array(typecode[, initializer]) -> array: a sequence of numbers of one C type."""

    __slots__ = ('_code', '_items')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == 'u' and initializer._code != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode %r' % typecode)
            self._items = [self._check(v) for v in initializer._items]
        else:
            self._items = [self._check(v) for v in initializer]
        return self

    # -- values in and out

    def _check(self, value):
        code = self._code
        if code == 'u':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError('array item must be unicode character')
            return value
        if code in 'fd':
            if not isinstance(value, (int, float)) and not hasattr(value, '__float__'):
                raise TypeError('must be real number, not %s' % type(value).__name__)
            value = float(value)
            return _round_to_float32(value) if code == 'f' else value
        value = _index(value)
        size, signed, name = _INT_CODES[code]
        if signed:
            low, high = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
        else:
            low, high = 0, (1 << (8 * size)) - 1
        if value < low:
            if not signed and code in 'BHIL' and code != 'B':
                raise OverflowError("can't convert negative value to %s" % name)
            raise OverflowError('%s is less than minimum' % name)
        if value > high:
            raise OverflowError('%s is greater than maximum' % name)
        return value

    def _same(self, other, op):
        if not isinstance(other, array):
            raise TypeError("can only %s array (not \"%s\") to array" % (op, type(other).__name__))
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')

    def _new(self, items):
        result = array(self._code)
        result._items = items
        return result

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._code

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._code]

    # -- list-like methods

    def append(self, v, /):
        self._items.append(self._check(v))

    def extend(self, bb, /):
        if isinstance(bb, array):
            self._same(bb, 'extend')
            self._items.extend(bb._items)
        else:
            self._items.extend(self._check(v) for v in bb)

    def insert(self, i, v, /):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        n = len(self._items)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self._items.extend([self._check(v) for v in lst])

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    # -- bytes

    def tobytes(self):
        code, size = self._code, self.itemsize
        out = bytearray()
        for v in self._items:
            if code == 'u':
                out += ord(v).to_bytes(4, 'little')
            elif code in 'fd':
                out += _float_bits(v, code == 'f').to_bytes(size, 'little')
            else:
                out += v.to_bytes(size, 'little', signed=_INT_CODES[code][1])
        return bytes(out)

    def frombytes(self, buffer, /):
        data = bytes(buffer)
        code, size = self._code, self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        for i in range(0, len(data), size):
            chunk = data[i:i + size]
            if code == 'u':
                self._items.append(chr(int.from_bytes(chunk, 'little')))
            elif code in 'fd':
                self._items.append(_bits_float(int.from_bytes(chunk, 'little'), code == 'f'))
            else:
                self._items.append(int.from_bytes(chunk, 'little', signed=_INT_CODES[code][1]))

    def fromfile(self, f, n, /):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')

    def tofile(self, f, /):
        f.write(self.tobytes())

    # -- sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            self._same(v, 'assign')
            self._items[i] = v._items
            return
        try:
            self._items[i] = self._check(v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other, 'append')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other, 'extend')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _compare(self, other):
        return other._items if isinstance(other, array) else NotImplemented

    def __eq__(self, other):
        o = self._compare(other)
        return o if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._compare(other)
        return o if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._compare(other)
        return o if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._compare(other)
        return o if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._compare(other)
        return o if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._compare(other)
        return o if o is NotImplemented else self._items >= o

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, proto):
        return array, (self._code, list(self._items))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._code
        if self._code == 'u':
            return 'array(%r, %r)' % (self._code, ''.join(self._items))
        return 'array(%r, %r)' % (self._code, self._items)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


array.__module__ = 'array'
ArrayType = array
