#!/usr/bin/env python3.12
"""Generate test/runtime/golden/runtime.json from CPython 3.12 (the oracle).

Each case is [op, args, out]; values are encoded as
  int -> {"i": "digits"}, float -> {"f": float.hex()}, bytes -> {"b": hex},
  str -> JSON string, bool -> JSON bool, tuple/list -> JSON array,
  exception -> {"err": type name, "msg": str(exc)}.
Run with PYTHONHASHSEED=0 (the script re-executes itself with it).
"""
import json, math, os, random, struct, subprocess, sys

if os.environ.get('PYTHONHASHSEED') != '0':
    env = dict(os.environ, PYTHONHASHSEED='0')
    sys.exit(subprocess.call([sys.executable, *sys.argv], env=env))

rng = random.Random(12345)


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        sys.set_int_max_str_digits(0)
        t = str(v)
        sys.set_int_max_str_digits(4300)
        return {"i": t}
    if isinstance(v, float):
        return {"f": v.hex()}
    if isinstance(v, complex):
        return {"c": [v.real.hex(), v.imag.hex()]}
    if isinstance(v, (bytes, bytearray)):
        return {"b": bytes(v).hex()}
    if isinstance(v, (tuple, list)):
        return [enc(x) for x in v]
    if v is None:
        return None
    return v


cases = []


def case(op, fn, *args):
    try:
        out = enc(fn(*args))
    except Exception as e:  # noqa: BLE001
        out = {"err": type(e).__name__, "msg": str(e)}
    cases.append([op, [enc(a) for a in args], out])


def rand_int():
    k = rng.choice([1, 3, 8, 16, 30, 52, 53, 54, 64, 100, 200, 1000])
    v = rng.getrandbits(k)
    return -v if rng.random() < 0.4 else v


def rand_float():
    r = rng.random()
    if r < 0.3:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if r < 0.6:
        return rng.uniform(-1000, 1000)
    if r < 0.8:
        return round(rng.uniform(-100, 100), rng.randint(0, 4))
    return rng.choice([0.0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.125, 2.675, 1e16, 1e22, 5e-324,
                       1.7976931348623157e308, 1e-5, 0.0001, 123456789.0, 0.1, 1/3,
                       float('inf'), float('-inf'), float('nan'), 2.0**53, 2.0**63, 1e300])


ints = [0, 1, -1, 7, -7, 10, 255, 2**31, 2**53 - 1, 2**53, 2**53 + 1, -2**63, 2**64, 10**30, -10**30] + [rand_int() for _ in range(150)]
floats = [rand_float() for _ in range(300)]
finite = [f for f in floats if math.isfinite(f)]

# ---- int <-> text
for i in ints:
    case('str_int', str, i)
    case('hex', hex, i)
    case('oct', oct, i)
    case('bin', bin, i)
    case('bit_length', int.bit_length, i)
case('str_int', str, 10**4300)
case('str_int', str, 10**4299)
for s, b in [('12', 10), ('  -12  ', 10), ('1_000', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x1f', 16),
             ('0x1f', 0), ('0o17', 0), ('0b101', 0), ('0b_101', 0), ('0_0', 0), ('00', 0), ('01', 0),
             ('0x', 16), ('z', 36), ('Z', 36), ('12a', 10), ('', 10), ('  ', 10), ('+', 10), ('-0', 10),
             ('١٢٣', 10), ('\u2003 42\u3000', 10), ('1', 1), ('1', 37), ('9' * 4300, 10), ('9' * 4301, 10),
             ('f' * 5000, 16), ('x' * 300, 10), ("it's", 10), ('12\n', 10), ('0b2', 0), ('0x_', 0),
             ('123456789012345678901234567890', 10), ('-123456789012345678901234567890', 7), ('abc', 16),
             ('9007199254740993', 10), ('  0o_7_7', 8), ('0O77', 8), ('1e5', 10), ('1.0', 10)]:
    case('int_parse', int, s, b)
for s in ['1.5', '  -1.5e10 ', 'inf', '-Infinity', 'nAn', '+nan', '1_0.5', '1__0', '_1', '1_', '1._5', '.5', '5.',
          '.', 'e5', '1e', '1e+5', '1E-5', '0x10', 'abc', '', '١.٥', '1.7976931348623157e308', '1e309',
          '4.9e-324', '2.4703282292062327e-324', '123456789012345678901234567890.5', '-0', '- 1',
          'infinityy', '1_000.000_1e1_0', '0.1e-3_0']:
    case('float_parse', float, s)
# ---- float -> int, int -> float, division
for f in floats:
    case('float_to_int', int, f)
for _ in range(150):
    a, b = rng.choice(ints), rng.choice(ints)
    case('int_truediv', lambda x, y: x / y, a, b)
    case('int_floordiv', lambda x, y: x // y, a, b)
    case('int_mod', lambda x, y: x % y, a, b)
    case('int_divmod', divmod, a, b)
for a, b in [(10**400, 3), (1, 3), (2**1100, 2**1000 + 1), (1, 2**1074), (1, 2**1075), (3, 2**1076),
             (-1, 2**1080), (10**400, 10**100), (2**53 + 1, 1), (7, 0), (0, 7), (-0, -7)]:
    case('int_truediv', lambda x, y: x / y, a, b)
for _ in range(200):
    a, b = rng.choice(floats), rng.choice(floats + [0.0, -0.0, 1.0, -1.0, 3.0])
    case('float_mod', lambda x, y: x % y, a, b)
    case('float_divmod', divmod, a, b)
    case('float_floordiv', lambda x, y: x // y, a, b)
for a, b in [(5.0, 3.0), (-5.0, 3.0), (5.0, -3.0), (0.0, -3.0), (-0.0, 3.0), (1.0, 0.0), (1.0, float('inf')),
             (-1.0, float('inf')), (float('inf'), 1.0)]:
    case('float_mod', lambda x, y: x % y, a, b)
    case('float_divmod', divmod, a, b)
# ---- pow with modulus
for _ in range(80):
    a, e, m = rng.choice(ints), rng.choice([0, 1, 2, 5, 100, -1, -3, rand_int()]), rng.choice(ints + [2, 3, 7, 97, -97])
    case('pow3', pow, a, e, m)
# ---- rounding
for i in ints[:60]:
    for nd in [-1, -2, -5, 0, 2]:
        case('round_int', round, i, nd)
for f in floats:
    case('round_float0', round, f)
    case('round_float', round, f, rng.choice([0, 1, 2, 3, -1, -2, 5, 10, 17, 300, -300]))
for f, nd in [(2.675, 2), (0.125, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (5e-324, 323), (1.2345e300, -299), (1e308, -308)]:
    case('round_float', round, f, nd)
# ---- float text
for f in floats:
    case('float_str', str, f)
    case('float_hex', float.hex, f)
    case('as_integer_ratio', float.as_integer_ratio, f)
    case('is_integer', float.is_integer, f)
for s in ['0x1.8p1', '-0X1P-1074', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0x1p1024', 'inf', ' 0x.8 ',
          '1.0', '0x', 'zz', '0x1.0000000000000800001p0', '0x1.00000000000008p0', '0x1.00000000000018p0', 'abc.d', '0x1p-99999999999']:
    case('float_fromhex', float.fromhex, s)
# ---- bytes
for i in ints[:80]:
    for n, order, signed in [(8, 'big', True), (8, 'little', False), (2, 'big', True), (0, 'little', False), (20, 'little', True)]:
        case('to_bytes', int.to_bytes, i, n, order, signed=signed) if False else None
        try:
            out = enc(i.to_bytes(n, order, signed=signed))
        except Exception as e:
            out = {"err": type(e).__name__, "msg": str(e)}
        cases.append(['to_bytes', [enc(i), enc(n), order, signed], out])
for _ in range(40):
    b = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 12)))
    for order in ['big', 'little']:
        for signed in [False, True]:
            cases.append(['from_bytes', [enc(b), order, signed], enc(int.from_bytes(b, order, signed=signed))])

# ---- format(x, spec)
int_specs = ['', 'd', '5d', '<5', '>5', '^7', '*^9', '+d', ' d', '-d', ',', '_', '_x', '_b', ',d', '#x', '#X', '#o', '#b',
             'x', 'X', 'o', 'b', 'c', 'n', '08d', '08,d', '010_d', '+#010x', 'e', '.3e', 'f', '.2f', 'g', '%', '.1%',
             '=10', '0=10', 'z', '.2', 's', ',x', ',c', '#c', '+c', 'z d', '020,', '0>8', '1,000', '-#20_X', '=+12,']
float_specs = ['', 'f', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', 'e', '.0e', '.3e', 'E', '.15e', 'g', '.0g', '.1g', '.3g',
               '.10g', '.17g', 'G', '#g', '#.3g', '#.0f', '#.0e', '%', '.2%', 'n', '.3n', '10.2f', '<10.2f', '^12.3e',
               '*>12g', '+.3f', ' .3f', 'z.1f', 'z', '010.3f', '0=12.2f', ',.2f', '_.3f', ',', ',g', '.2', '.12',
               '#', '#.2', 'F', '.3F', 'd', 'x', '.-1f', ',_f', '_,f', '+010,.2f', 's', 'z+.0f', '20', '.50f']
for x in ints[:40]:
    for sp in int_specs:
        case('format_int', format, x, sp)
for x in finite[:120] + [float('inf'), float('-inf'), float('nan'), -0.0, 0.0, 0.125, 2.675, 0.5, 1.5, 2.5, 1e16, 1e-5, 123456.789]:
    for sp in float_specs:
        case('format_float', format, x, sp)
for s in ['', 'abc', 'héllo', '\U0001f600x']:
    for sp in ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.2', '=10', '+', ',', '#', 'd', '05', 'z']:
        case('format_str', format, s, sp)
for c in [1 + 2j, -1.5j, complex(0.1, -0.0), complex(1e20, 3)]:
    for sp in ['', 'f', '.2f', '10.3e', 'g', '<30', '^30.2f', '+', '=10', '0', '%', 'd', 'n', '#g']:
        case('format_complex', format, c, sp)

# ---- printf-style
pct = [('%s', 'x'), ('%r', 'x'), ('%5s|', 'ab'), ('%-5s|', 'ab'), ('%.1s', 'ab'), ('%d', 42), ('%5d', -42), ('%-5d|', 42),
       ('%05d', -42), ('%+d', 42), ('% d', 42), ('%x', 255), ('%#x', 255), ('%#X', 255), ('%o', 8), ('%#o', 8), ('%e', 1.5),
       ('%.0f', 0.5), ('%.0f', 1.5), ('%.2f', 2.675), ('%g', 1e-5), ('%G', 1e20), ('%#g', 1.0), ('%10.3f|', 3.14159),
       ('%c', 65), ('%c', 'z'), ('%%', ()), ('%d', 3.7), ('%i', -3.7), ('%u', 7), ('%x', -255), ('%.3d', 7), ('%+.3d', 7),
       ('%*d', (5, 42)), ('%-*d|', (5, 42)), ('%.*f', (2, 3.14159)), ('%s %s', ('a', 'b')), ('%s', ('a', 'b')),
       ('%d', 'x'), ('%x', 1.5), ('%c', 'ab'), ('%c', 0x110000), ('%s %s', ('a',)), ('%s', ((1, 2),)), ('%z', 1),
       ('%(a)s-%(b)d', {'a': 'A', 'b': 2}), ('%(a)s', ('x',)), ('%', ()), ('%(a', {'a': 1}), ('%f', float('nan')),
       ('%5.1e', -0.0), ('%a', 'é'), ('%#.0f', 1.0), ('%0-5d|', 3), ('%-05d|', 3), ('%.1f%%', 99.5), ('%ld', 5), ('%hd', 5),
       ('%s', ()), ('abc', ()), ('abc', 5), ('%d', True), ('%e', 10**20), ('%.3s', 'abcdef'), ('%r', "it's")]
for f, a in pct:
    case('percent', lambda f, a: f % a, f, a)

# ---- str.format parsing
import _string
fmts = ['', 'abc', '{0', '{', '}', 'a}b', '{!}', '{0!r', '{0!rx}', '{0!x}', '{a[}', '{a.}', '{a[0]x}', '{[0]}', '{0[1]}',
        '{:{}}', '{0{}}', '{a!r:>{w}}', '{{x}}', 'a{{', '{0]}', '{:{:{}}}', '{0:}', '{!r}', 'x{}y{}z', '{0}{1}{0}',
        '{a.b[c]!s:^{w}.{p}}', '{}{1}', '{1}{}', '{:%}', 'é{}\U0001f600', '{0!é}', '{ 0 }', '{0:{{}}}', '}}{{']
for f in fmts:
    case('formatter_parser', lambda f: [tuple(p) for p in _string.formatter_parser(f)], f)
for f in ['a', '0.x[1].y', 'a[b]c', 'a[', 'a.', '', '1[x][2]', 'a[]', '0[-1]', 'x.y.z', '[0]', '.a', 'a]b', 'a[0].b[1]']:
    case('field_name_split', lambda f: (lambda r: [r[0], [tuple(x) for x in r[1]]])(_string.formatter_field_name_split(f)), f)
for f in ['{}', '{} {}', '{0} {1} {0}', '{:>5}', '{:{}}', '{0:{1}}', '{}{1}', '{1}{}', '{!r}', '{!s:>6}', '{!a}', '{0!x}',
          '{:{:{}}}', '{2}', '{3}', '{:d}', '{:.2f}', '{:^9,}', '{:{}{}}', 'x{{y}}z{}']:
    case('str_format', lambda f: f.format(12345, 'é', 3), f)

# ---- str methods
texts = ['', 'abc', '  hello  world  ', 'a,b,,c', 'line1\nline2\r\nline3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029end\n',
         '\u3000x\u2003y\x85z\xa0', 'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'straße ǅemal ŉ ﬁ', 'hello World ABC', 'a\U0001f600b\U0001f600c',
         '\ud800x\udfff', 'tab\there\tand\tthere\n\tx', '-42', '+7', 'İstanbul', 'ǅ ǈ ǋ', 'ⅷ ① ½ ٣ ¹', 'abcabcabc',
         'They\'re bill\'s', '_id3', '3d', 'ᾳ ῼ']
for t in texts:
    for m in ['upper', 'lower', 'casefold', 'swapcase', 'capitalize', 'title', 'isalpha', 'isdecimal', 'isdigit',
              'isnumeric', 'isalnum', 'isspace', 'isascii', 'isprintable', 'isidentifier', 'islower', 'isupper',
              'istitle', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs']:
        case('str_method', lambda m, t: getattr(t, m)(), m, t)
    for m, args in [('split', (',',)), ('split', (None, 1)), ('rsplit', (None, 1)), ('split', ('b', 1)), ('rsplit', ('b', 1)),
                    ('split', ('',)), ('splitlines', (True,)), ('strip', ('a',)), ('strip', ('\U0001f600ac',)),
                    ('find', ('b',)), ('find', ('b', 2)), ('find', ('', 3)), ('find', ('', 99)), ('rfind', ('b',)),
                    ('rfind', ('b', -5, -1)), ('index', ('zz',)), ('count', ('b',)), ('count', ('',)), ('count', ('', 2, 1)),
                    ('count', ('', 99)), ('count', ('bc', 1, -1)), ('replace', ('b', 'XY')), ('replace', ('', '-')),
                    ('replace', ('', '-', 2)), ('replace', ('a', '', 1)), ('partition', ('b',)), ('rpartition', ('b',)),
                    ('partition', ('',)), ('startswith', ('a',)), ('startswith', ('', 3)), ('startswith', ('b', 1, 2)),
                    ('endswith', ('c',)), ('endswith', ('b', 0, -1)), ('expandtabs', (4,)), ('expandtabs', (0,)),
                    ('center', (11, '*')), ('center', (10,)), ('ljust', (9, '\U0001f600')), ('rjust', (8,)), ('zfill', (6,)),
                    ('center', (4, 'ab'))]:
        case('str_method', lambda m, t, *a: getattr(t, m)(*a), m, t, *args)
for t, sl in [('abcdef', (1, 4, 1)), ('abcdef', (None, None, -1)), ('a\U0001f600b\U0001f600c', (None, None, -1)),
              ('a\U0001f600b\U0001f600c', (1, None, 2)), ('abcdef', (-2, None, None)), ('abcdef', (5, 0, -2)), ('abc', (10, 20, 1))]:
    case('str_slice', lambda t, a, b, c: t[a:b:c], t, *sl)
for i in [0, 65, 0x10ffff, 0x110000, -1, 0xd800]:
    case('chr', chr, i)
for t in ['a', '\U0001f600', '', 'ab']:
    case('ord', ord, t)

# ---- hash (PYTHONHASHSEED=0)
hvals = ints + [2**61 - 1, 2**61, -(2**61), 2**61 - 2, -2, -1, 10**100, -10**100]
for x in hvals:
    case('hash_int', hash, x)
for x in finite + [float('inf'), float('-inf'), -0.0, 1e-300, 2.0**70, 0.1]:
    case('hash_float', hash, x)
for c in [1 + 2j, -1.5j, complex(3, 0), complex(0.1, 1e10), complex(-1, -1)]:
    case('hash_complex', hash, c)
strs = ['', 'a', 'abc', 'hello world', 'é', 'héllo', 'ÿ', 'Ā', '€uro', '\U0001f600', 'a\U0001f600', '\ud800', 'x' * 100,
        ''.join(chr(rng.randint(32, 126)) for _ in range(30)), ''.join(chr(rng.randint(0x100, 0x7ff)) for _ in range(9)),
        ''.join(chr(rng.randint(0x10000, 0x10ffff)) for _ in range(5)), 'abcdefg', '\x00', '1234567']
for s in strs:
    case('hash_str', hash, s)
for b in [b'', b'a', b'abc', bytes(range(256)), b'hello world', b'\x00\xff']:
    case('hash_bytes', hash, b)
for t in [(), (1,), (1, 2), (1, 2, 3), ('a', 1.5, -1), ((1, 2), (3,)), (True, False, None.__class__ is type(None))]:
    case('hash_tuple', hash, t)

out = os.path.join(os.path.dirname(__file__), '..', 'test', 'runtime', 'golden', 'runtime.json')
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'w') as fh:
    fh.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=True) for c in cases) + '\n]\n')
print(len(cases), 'cases ->', out)
