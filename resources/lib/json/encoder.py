"""Writing JSON text: json.dumps and json.dump turn Python values into it.

Pyscope's own implementation of the behaviour of CPython 3.12's json encoder: the same
text for the same values and options, and the same errors.
"""

__all__ = ['JSONEncoder']

_ESCAPE_ASCII_LIMIT = 0x7f
_SHORT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
INFINITY = float('inf')


def py_encode_basestring(s):
    """The JSON string for s, non-ASCII characters kept as they are."""
    out = []
    for ch in s:
        if ch in _SHORT:
            out.append(_SHORT[ch])
        elif ch < ' ':
            out.append('\\u{0:04x}'.format(ord(ch)))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """The JSON string for s in ASCII: other characters as \\uXXXX (astral ones as a
    surrogate pair)."""
    out = []
    for ch in s:
        if ch in _SHORT:
            out.append(_SHORT[ch])
        elif ' ' <= ch <= '~':
            out.append(ch)
        else:
            n = ord(ch)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures: dict,
    list, tuple, str, int, float, True, False and None (and int and float subclasses such
    as enums). Override default() to encode other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for an object the encoder does not know: return something it does, or
        raise TypeError (as this one does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text for o."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o, in pieces."""
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        enc = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        return _Writer(self, markers, indent, enc).value(o, 0)


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
    return text


class _Writer:
    def __init__(self, encoder, markers, indent, enc):
        self.e = encoder
        self.markers = markers
        self.indent = indent
        self.enc = enc

    def scalar(self, o):
        """The text of a value that is not a container, or None."""
        if isinstance(o, str):
            return self.enc(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float_text(o, self.e.allow_nan)
        return None

    def mark(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[id(o)] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        return '\n' + self.indent * level

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.mark(o)
            yield from self.value(self.e.default(o), level)
            self.unmark(o)

    def array(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.mark(lst)
        if self.indent is not None:
            level += 1
            sep = self.e.item_separator + self.newline(level)
            yield '[' + self.newline(level)
        else:
            sep = self.e.item_separator
            yield '['
        first = True
        for item in lst:
            if not first:
                yield sep
            first = False
            yield from self.value(item, level)
        if self.indent is not None:
            level -= 1
            yield self.newline(level)
        yield ']'
        self.unmark(lst)

    def key(self, k):
        """A dict key as JSON text, or None to skip it (skipkeys)."""
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _float_text(k, self.e.allow_nan)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.e.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def object(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.mark(dct)
        if self.indent is not None:
            level += 1
            sep = self.e.item_separator + self.newline(level)
            yield '{' + self.newline(level)
        else:
            sep = self.e.item_separator
            yield '{'
        items = sorted(dct.items()) if self.e.sort_keys else dct.items()
        first = True
        for k, v in items:
            key = self.key(k)
            if key is None:
                continue
            if not first:
                yield sep
            first = False
            yield self.enc(key)
            yield self.e.key_separator
            yield from self.value(v, level)
        if self.indent is not None:
            level -= 1
            yield self.newline(level)
        yield '}'
        self.unmark(dct)
