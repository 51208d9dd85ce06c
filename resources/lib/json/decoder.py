"""Reading JSON text: json.loads and json.load turn it into Python values.

Pyscope's own implementation of the behaviour of CPython 3.12's json decoder: the same
values, the same JSONDecodeError messages and positions.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error:

    msg: the unformatted message, doc: the JSON document, pos: the index in doc where
    parsing failed, lineno and colno: its line and column (from 1).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__(f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'


class _Reader:
    """One parse of one document: the recursive descent over s."""

    def __init__(self, decoder, s):
        self.d = decoder
        self.s = s

    def skip(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WHITESPACE:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError('Expecting value', s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.d.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.d.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.d.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in '123456789':
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            raise JSONDecodeError('Expecting value', s, i)
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
            is_float = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
                is_float = True
        text = s[i:j]
        if is_float:
            return self.d.parse_float(text), j
        return self.d.parse_int(text), j

    def string(self, i):
        s = self.s
        n = len(s)
        begin = i - 1
        parts = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not self.d.strict):
                j += 1
            parts.append(s[i:j])
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            c = s[j]
            if c == '"':
                return ''.join(parts), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            e = s[j + 1]
            if e != 'u':
                if e not in _ESCAPES:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                parts.append(_ESCAPES[e])
                i = j + 2
                continue
            uni = self.hex4(j + 2)
            i = j + 6
            if 0xd800 <= uni <= 0xdbff and s[i:i + 2] == '\\u':
                low = self.hex4(i + 2)
                if 0xdc00 <= low <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            parts.append(chr(uni))

    def hex4(self, i):
        esc = self.s[i:i + 4]
        if len(esc) == 4 and esc[1:2] not in 'xX':
            try:
                return int(esc, 16)
            except ValueError:
                pass
        raise JSONDecodeError('Invalid \\uXXXX escape', self.s, i - 1)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip(i)
        if i < len(s) and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            value, i = self.value(self.skip(i + 1))
            pairs.append((key, value))
            i = self.skip(i)
            if i < len(s) and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)

    def finish_object(self, pairs):
        if self.d.object_pairs_hook is not None:
            return self.d.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.d.object_hook is not None:
            return self.d.object_hook(obj)
        return obj

    def array(self, i):
        s = self.s
        values = []
        i = self.skip(i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip(i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip(i + 1)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder: objects become dicts, arrays lists,
    strings str, numbers int or float, true/false/null True/False/None, and NaN,
    Infinity and -Infinity the float values."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (a str), which must hold nothing else."""
        reader = _Reader(self, s)
        obj, end = self.raw_decode(s, reader.skip(0))
        end = reader.skip(end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value of the JSON document at the start of s[idx:], and where it ends."""
        return _Reader(self, s).value(idx)
