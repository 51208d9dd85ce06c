#!/usr/bin/env python3
"""Golden files for the tokenizer tests, generated from CPython 3.12.

For every test/fixtures/tokenize/NAME.py this writes NAME.tokens next to it with:
  == tokenize (exit N)      stdout of `python3.12 -m tokenize NAME.py` (run in that folder),
                            or, on failure, one line `# stderr: LAST LINE OF STDERR`
  == tokenize -e (exit N)   the same with -e
  == compile                json of compile(bytes)'s SyntaxError as
                            [type, msg, lineno, offset, end_lineno, end_offset], or null
Run: python3.12 scripts/gen_tokenize_golden.py   (or with PYSCOPE_CPYTHON set)
"""
import glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, '..', 'test', 'fixtures', 'tokenize')


def oracle():
    env = os.environ.get('PYSCOPE_CPYTHON')
    if env and os.path.exists(env):
        return env
    root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True).stdout.strip()
    return os.path.join(root, 'versions', '3.12.1', 'bin', 'python3.12')


COMPILE = r'''
import json, sys, warnings
warnings.simplefilter('ignore')
src = open(sys.argv[1], 'rb').read()
try:
    compile(src, sys.argv[1], 'exec')
    print('null')
except SyntaxError as e:
    print(json.dumps([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]))
except ValueError as e:
    print(json.dumps(['ValueError', str(e), None, None, None, None]))
'''


def section(py, args, name):
    p = subprocess.run([py, '-m', 'tokenize', *args, name], cwd=FIX, capture_output=True)
    head = '== tokenize%s (exit %d)\n' % (' ' + ' '.join(args) if args else '', p.returncode)
    if p.returncode == 0:
        return head + p.stdout.decode('utf-8')
    lines = [l for l in p.stderr.decode('utf-8', 'replace').strip().splitlines() if l.strip()]
    return head + '# stderr: %s\n' % (lines[-1].strip() if lines else '')


def main():
    py = oracle()
    for path in sorted(glob.glob(os.path.join(FIX, '*.py'))):
        name = os.path.basename(path)
        out = section(py, [], name) + section(py, ['-e'], name)
        c = subprocess.run([py, '-c', COMPILE, name], cwd=FIX, capture_output=True, text=True)
        out += '== compile\n' + c.stdout.strip() + '\n'
        with open(path[:-3] + '.tokens', 'w', encoding='utf-8', newline='\n') as f:
            f.write(out)
    print('wrote', len(glob.glob(os.path.join(FIX, '*.tokens'))), 'golden files')


if __name__ == '__main__':
    main()
