#!/usr/bin/env python3.12
"""Generate test/runtime/golden/re.json: for each (pattern, flags, subject, repl) the results
of re.search/match/fullmatch (spans of every group, lastindex), findall, split, subn, or the
re.error (msg, pos) raised by compile."""
import json, os, re

CASES = [
    # literals, classes, anchors
    (r'abc', 0, ['abc', 'xabcx', 'ab', ''], r'-'),
    (r'a.c', 0, ['abc', 'a\nc', 'ac'], r'<\g<0>>'),
    (r'a.c', re.S, ['a\nc'], r'X'),
    (r'^ab', 0, ['ab\nab', 'xab'], r'!'),
    (r'^ab', re.M, ['ab\nab', 'x\nab'], r'!'),
    (r'ab$', 0, ['ab\nab\n', 'ab\n', 'abx'], r'!'),
    (r'ab$', re.M, ['ab\nab\n', 'abx\nab'], r'!'),
    (r'\Aab\Z', 0, ['ab', 'ab\n'], r'!'),
    (r'[a-c]+', 0, ['xxabcabdd', 'ABC', ''], r'[\g<0>]'),
    (r'[^a-c]+', 0, ['xxabcabdd'], r'_'),
    (r'[a-c]+', re.I, ['xxABcabdd'], r'_'),
    (r'[\d\s]+', 0, ['ab 12 \u0663\u2003x'], r'#'),
    (r'[\d\s]+', re.A, ['ab 12 \u0663\u2003x'], r'#'),
    (r'\w+', 0, ['héllo wörld_1 ٣'], r'<\g<0>>'),
    (r'\w+', re.A, ['héllo wörld_1'], r'<\g<0>>'),
    (r'\W+', 0, ['a, b;; c'], r' '),
    (r'\bfoo\b', 0, ['foo bar foobar xfoo foo'], r'X'),
    (r'\Bo\B', 0, ['foo boo o'], r'0'),
    (r'\d+', 0, ['a1b22c333', '١٢٣'], r'N'),
    (r'\D+', 0, ['a1b22c333'], r''),
    (r'\s+', 0, ['a b\t\nc\x1cd\x85e'], r'_'),
    (r'[]a]', 0, [']a'], r'x'),
    (r'[a-]', 0, ['-a'], r'x'),
    (r'[\]]', 0, [']'], r'x'),
    (r'[.]', 0, ['a.b'], r'x'),
    (r'x*', 0, ['axxb', ''], r'-'),
    (r'x*', 0, ['xaxx'], r'<\g<0>>'),
    (r'', 0, ['abc', ''], r'-'),
    (r'a|b|', 0, ['abc'], r'-'),
    # quantifiers
    (r'a{2}', 0, ['aaaaa'], r'X'),
    (r'a{2,}', 0, ['aaaaa a aa'], r'X'),
    (r'a{,2}', 0, ['aaaaa'], r'X'),
    (r'a{2,3}', 0, ['aaaaaaa'], r'X'),
    (r'a{2,3}?', 0, ['aaaaaaa'], r'X'),
    (r'a{', 0, ['a{'], r'X'),
    (r'a{1', 0, ['a{1'], r'X'),
    (r'a{,}', 0, ['aaa'], r'X'),
    (r'a+?', 0, ['aaa'], r'X'),
    (r'a*?b', 0, ['aaab'], r'X'),
    (r'(a+)+b', 0, ['aaab', 'aaa'], r'X'),
    (r'a++b', 0, ['aaab'], r'X'),
    (r'a++a', 0, ['aaaa'], r'X'),
    (r'(?>a+)a', 0, ['aaaa'], r'X'),
    (r'(?>ab|a)c', 0, ['abc', 'ac'], r'X'),
    (r'a*+', 0, ['aab'], r'-'),
    (r'a?+b', 0, ['ab', 'b'], r'-'),
    (r'(ab)*', 0, ['ababab', 'x'], r'<\1>'),
    (r'(a|b)*c', 0, ['abbac'], r'[\1]'),
    (r'(a*)*', 0, ['aab'], r'<\1>'),
    (r'(a*)+', 0, ['b'], r'<\1>'),
    (r'(a|)+', 0, ['aab'], r'<\1>'),
    # groups
    (r'(a)(b)?', 0, ['a', 'ab', 'xab'], r'\2\1'),
    (r'(?P<first>\w+) (?P<last>\w+)', 0, ['John Smith', 'x'], r'\g<last>, \g<first>'),
    (r'(?:ab)+', 0, ['ababx'], r'X'),
    (r'(a)|(b)', 0, ['b', 'a', 'ab'], r'[\1|\2]'),
    (r'((a)|b)+', 0, ['ab', 'ba'], r'\1\2'),
    (r'(a)(?:(b)|c)*', 0, ['abcb', 'acbc'], r'\2'),
    (r'(\w)\1', 0, ['hello aa bb', 'abc'], r'<\1>'),
    (r'(?P<q>[\'"]).*?(?P=q)', 0, ['say "hi" or \'yo\''], r'Q'),
    (r'(?i)(a)\1', 0, ['aA Aa'], r'X'),
    (r'(a)(?(1)b|c)', 0, ['ab', 'ac'], r'X'),
    (r'(a)?(?(1)b|c)', 0, ['ab', 'c', 'b'], r'X'),
    (r'(?P<n>a)?(?(n)b|c)', 0, ['ab', 'c'], r'X'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 0, ['abcdefghijkk'], r'\11-\10'),
    # lookaround
    (r'foo(?=bar)', 0, ['foobar foobaz'], r'X'),
    (r'foo(?!bar)', 0, ['foobar foobaz'], r'X'),
    (r'(?<=a)b', 0, ['ab cb'], r'X'),
    (r'(?<!a)b', 0, ['ab cb'], r'X'),
    (r'(?<=ab|cd)x', 0, ['abx cdx efx'], r'X'),
    (r'(?=(a+))a*b\1', 0, ['baaabac'], r'X'),
    (r'(?<=(a))b', 0, ['ab'], r'\1'),
    (r'\b(?=\w)', 0, ['ab cd'], r'|'),
    # flags
    (r'(?i)straße', 0, ['STRASSE Straße STRAßE'], r'X'),
    (r'(?i)σ', 0, ['Σσς'], r'X'),
    (r'(?i)k', 0, ['kK\u212a'], r'X'),
    (r'(?i)s', 0, ['sSſ'], r'X'),
    (r'(?i)[k]', 0, ['kK\u212a'], r'X'),
    (r'(?i:a)b', 0, ['Ab AB ab'], r'X'),
    (r'a(?i:b)c', 0, ['aBc abC'], r'X'),
    (r'(?x) a b  # comment\n c', 0, ['abc'], r'X'),
    (r'a b', re.X, ['ab', 'a b'], r'X'),
    (r'(?s).+', 0, ['a\nb'], r'X'),
    (r'(?m)^\w', 0, ['a\nb\nc'], r'X'),
    (r'(?a)\w+', 0, ['héllo'], r'X'),
    (r'(?-i:a)b', re.I, ['aB AB'], r'X'),
    # unicode, escapes
    (r'\U0001f600+', 0, ['x😀😀y'], r'!'),
    (r'.', 0, ['a😀b'], r'<\g<0>>'),
    (r'[😀-😂]', 0, ['😁x😃'], r'!'),
    (r'\x41\u0042\101\0', 0, ['AB A\x00'], r'\n'),
    (r'\t\n', 0, ['a\t\nb'], r'\\t'),
    (r'\.\*\+\?', 0, ['.*+?'], r'X'),
    (r'[\w.-]+@[\w.-]+\.\w+', 0, ['mail me: a.b-c@ex.co.uk, x@y.z'], r'<\g<0>>'),
    (r'(\d+)-(\d+)', 0, ['10-20 30-40'], r'\2-\1'),
    (r'\s*,\s*', 0, ['a , b,c ,d'], r','),
    (r'(,)', 0, ['a,b,,c'], r';'),
    (r'(,)|(;)', 0, ['a,b;c'], r'?'),
    (r'x*', 0, ['axbc'], r'-'),
    (r'\b', 0, ['ab cd'], r'|'),
    (r'^', re.M, ['a\nb\n'], r'>'),
    (r'$', re.M, ['a\nb\n'], r'<'),
    (r'(?<=\d)(?=(\d{3})+$)', 0, ['1234567'], r','),
    (r'a|ab', 0, ['ab'], r'X'),
    (r'(a|ab)(c|bcd)(d*)', 0, ['abcd'], r'X'),
    (r'((a)|(b))*', 0, ['ab'], r'[\2\3]'),
    # errors
    (r'*a', 0, [], ''), (r'a**', 0, [], ''), (r'(ab', 0, [], ''), (r'ab)', 0, [], ''), (r'[ab', 0, [], ''),
    (r'\q', 0, [], ''), (r'a{3,2}', 0, [], ''), (r'(?P<1a>x)', 0, [], ''), (r'(?P=nope)', 0, [], ''),
    (r'(?<=a+)b', 0, [], ''), (r'\2(a)', 0, [], ''), (r'(a)\2', 0, [], ''), (r'[z-a]', 0, [], ''),
    (r'(?P<a>x)(?P<a>y)', 0, [], ''), (r'(?z)', 0, [], ''), (r'x(?i)', 0, [], ''), (r'\\', 0, ['\\'], r'/'),
    (r'(?', 0, [], ''), (r'(?P', 0, [], ''), (r'a\\', 0, ['a\\'], r'X'), (r'\x4', 0, [], ''), (r'[\d-z]', 0, [], ''),
    (r'(?#comment)a', 0, ['a'], r'X'), (r'(?#unterminated', 0, [], ''), (r'(a)(?(2)b)', 0, [], ''),
    (r'(?(0)a)', 0, [], ''), (r'+', 0, [], ''), (r'|*', 0, [], ''), (r'^*', 0, [], ''), (r'\8', 0, [], ''),
    (r'(?<x)', 0, [], ''), (r'a{1,2}{3}', 0, [], ''), (r'(a)(?(1)b|c|d)', 0, [], ''), (r'(a))', 0, [], ''),
    # template errors
    (r'(a)', 0, ['a'], r'\2'), (r'(a)', 0, ['a'], r'\g<x>'), (r'(a)', 0, ['a'], r'\q'), (r'(a)', 0, ['a'], r'\g<1'),
    (r'(a)', 0, ['a'], '\\'), (r'(a)(b)?', 0, ['a'], r'[\2]'),
]

# Randomized subjects over a small alphabet for a set of structural patterns.
import random as _random
_r = _random.Random(2024)
RANDOM_PATTERNS = [r'a*b', r'(a|b)*c', r'(a+)(b*)', r'a?b+?', r'(ab|a)(bc|c)?', r'(?:a|b)+?c', r'(a)|b', r'\bab', r'b\B',
                   r'(?<=a)b+', r'(?<!b)a', r'a(?=b)', r'a(?!c)', r'(a)(?(1)b|c)', r'(a)?(?(1)b|c)', r'([ab])\1', r'(?i)A[B-C]',
                   r'[^ab]+', r'a{1,2}b{0,1}', r'(a*)+c', r'(?>a|ab)c', r'a*+b', r'(?P<x>a)(?P=x)?', r'^a|c$', r'(?m)^b', r'(?s)a.c',
                   r'(a|b|c)\1*', r'((a)(b)?)+', r'c(a*)(b)?', r'[a-c]{2}']
for pat in RANDOM_PATTERNS:
    subs = [''.join(_r.choice('abc\n ') for _ in range(_r.randint(0, 9))) for _ in range(10)]
    CASES.append((pat, 0, subs, r'<\g<0>|\1>' if re.compile(pat).groups else r'<\g<0>>'))


def spans(m):
    if m is None:
        return None
    return {'spans': [list(m.span(g)) for g in range(len(m.groups()) + 1)], 'lastindex': m.lastindex}


def err(e):
    return {'err': type(e).__name__, 'msg': e.msg if isinstance(e, re.error) else str(e),
            'pos': e.pos if isinstance(e, re.error) else None}


out = []
for pat, flags, subjects, repl in CASES:
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        out.append({'pattern': pat, 'flags': flags, 'compile': err(e)})
        continue
    rec = {'pattern': pat, 'flags': flags, 'groups': p.groups, 'groupindex': dict(p.groupindex), 'subjects': []}
    for s in subjects:
        r = {'s': s, 'search': spans(p.search(s)), 'match': spans(p.match(s)), 'fullmatch': spans(p.fullmatch(s)),
             'search_pos': spans(p.search(s, 1, max(len(s) - 1, 0))), 'findall': p.findall(s), 'split': p.split(s),
             'split1': p.split(s, 1)}
        try:
            r['subn'] = list(p.subn(repl, s))
            r['sub1'] = p.sub(repl, s, 1)
        except Exception as e:  # noqa: BLE001
            r['subn'] = err(e)
        r['sub_fn'] = p.sub(lambda m: '<' + m.group() + '>', s)
        rec['subjects'].append(r)
    rec['repl'] = repl
    out.append(rec)
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'runtime', 'golden', 're.json')
with open(path, 'w') as fh:
    fh.write('[\n' + ',\n'.join(json.dumps(c) for c in out) + '\n]\n')
n = sum(max(1, len(c.get('subjects', []))) for c in out)
print(len(out), 'patterns,', n, 'pattern/subject cases ->', path)
