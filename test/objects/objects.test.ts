// Unit tests of the object model, one describe per type: the operations the eval loop
// and the builtins rely on, checked against values CPython 3.12 gives.

import { describe, expect, test } from 'vitest'
import '../../src-main/python/objects/index'
import { None, typeOf } from '../../src-main/python/objects/typeobject'
import * as A from '../../src-main/python/objects/abstract'
import * as I from '../../src-main/python/objects/int'
import { newFloat } from '../../src-main/python/objects/float'
import { PyList, newTuple } from '../../src-main/python/objects/tuple'
import { PyDict, PySet } from '../../src-main/python/objects/dict'
import { PyBaseException } from '../../src-main/python/objects/exceptions'
import { format } from '../../src-main/python/objects/format'
import { percentFormat, strFormat } from '../../src-main/python/objects/strformat'
import { sortList } from '../../src-main/python/objects/seqmethods'
import { builtinsDict } from '../../src-main/python/modules/builtins'

function err(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${A.str(e)}`
    throw e
  }
  return 'no error'
}

const callB = (name: string, ...args: Parameters<typeof A.call>[1]) => A.call(builtinsDict.getStr(name)!, args)

describe('int', () => {
  test('floor division and modulo follow the sign of the divisor', () => {
    expect([I.intFloorDiv(-7, 2), I.intMod(-7, 2), I.intFloorDiv(7, -2), I.intMod(7, -2)]).toEqual([-4, 1, -4, -1])
  })
  test('promotes to bigint and back', () => {
    expect(A.repr(I.intPow(2, 100))).toBe('1267650600228229401496703205376')
    expect(I.intSub(I.intPow(2, 60), I.intPow(2, 60))).toBe(0)
    expect(typeof I.intMul(2 ** 40, 2 ** 40)).toBe('bigint')
  })
  test('4300-digit limit', () => {
    expect(err(() => A.str(I.intPow(10, 5000)))).toMatch(/^ValueError: Exceeds the limit \(4300 digits\)/)
  })
  test('errors', () => {
    expect(err(() => A.binaryOp(1, 0, 2))).toBe('ZeroDivisionError: integer division or modulo by zero')
    expect(err(() => A.binaryOp(1, 'a', 0))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'")
  })
})

describe('float', () => {
  test('repr is the shortest round-trip form', () => {
    expect([0.1 + 0.2, 1e16, 1e-5, 1 / 3, 100].map((x) => A.repr(newFloat(x)))).toEqual(['0.30000000000000004', '1e+16', '1e-05', '0.3333333333333333', '100.0'])
  })
  test('format spec with exact rounding', () => {
    expect(format(newFloat(2.675), '.2f')).toBe('2.67')
    expect(format(newFloat(0.125), '.2f')).toBe('0.12')
    expect(format(newFloat(1234567.891), ',.2f')).toBe('1,234,567.89')
    expect(format(newFloat(1e-10), 'g')).toBe('1e-10')
  })
  test('round() is half-even on the exact value', () => {
    expect(A.repr(callB('round', newFloat(2.5)))).toBe('2')
    expect(A.repr(callB('round', newFloat(2.675), 2))).toBe('2.67')
  })
})

describe('str', () => {
  test('code point indexing and length', () => {
    expect(A.len('a😀b')).toBe(3)
    expect(A.getItem('a😀b', 1)).toBe('😀')
  })
  test('formatting', () => {
    expect(percentFormat('%5.2f|%-4s|%x', newTuple([newFloat(3.14159), 'ab', 255]))).toBe(' 3.14|ab  |ff')
    expect(strFormat('{}{}', ['a', 'b'], null)).toBe('ab')
    expect(err(() => strFormat('{0}-{x}', ['a'], null))).toBe("KeyError: 'x'")
    expect(err(() => strFormat('{0}{}', ['a', 'b'], null))).toBe('ValueError: cannot switch from manual field specification to automatic field numbering')
  })
  test('repr picks quotes', () => {
    expect(A.repr("it's")).toBe('"it\'s"')
    expect(A.repr('tab\t')).toBe("'tab\\t'")
  })
})

describe('list and tuple', () => {
  test('index errors', () => {
    expect(err(() => A.getItem(new PyList([1]), 5))).toBe('IndexError: list index out of range')
    expect(err(() => A.getItem(newTuple([1]), 5))).toBe('IndexError: tuple index out of range')
  })
  test('sort is stable and uses only <', () => {
    const xs = [newTuple([1, 'b']), newTuple([0, 'z']), newTuple([1, 'a'])]
    const key = A.getAttr(builtinsDict.getStr('len')!, '__call__')
    void key
    expect(A.repr(new PyList(sortList(xs, None, false)))).toBe("[(0, 'z'), (1, 'a'), (1, 'b')]")
    expect(err(() => sortList([3, 'a', 1], None, false))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'")
  })
  test('repr of recursive list', () => {
    const l = new PyList([1])
    l.items.push(l)
    expect(A.repr(l)).toBe('[1, [...]]')
  })
})

describe('dict and set', () => {
  test('1, 1.0 and True are one key', () => {
    const d = new PyDict()
    d.set(1, 'int')
    d.set(newFloat(1), 'float')
    d.set(true, 'bool')
    expect(A.repr(d)).toBe("{1: 'bool'}")
  })
  test('tuple keys hash by value', () => {
    const d = new PyDict()
    d.set(newTuple([1, 2]), 'x')
    expect(d.get(newTuple([1, 2]))).toBe('x')
  })
  test('set iterates in CPython slot order', () => {
    const s = new PySet()
    for (const x of [1, 2, 3, 10]) s.add(x)
    s.discard(1)
    expect(A.repr(s)).toBe('{10, 2, 3}')
  })
  test('missing key', () => {
    expect(err(() => A.getItem(new PyDict(), 'k'))).toBe("KeyError: 'k'")
  })
})

describe('type and object', () => {
  test('type names and reprs', () => {
    expect(typeOf(true).name).toBe('bool')
    expect(A.repr(typeOf(1))).toBe("<class 'int'>")
    expect(A.repr(None)).toBe('None')
  })
  test('attribute errors', () => {
    expect(err(() => A.getAttr(1, 'foo'))).toBe("AttributeError: 'int' object has no attribute 'foo'")
    expect(err(() => A.getItem(None, 0))).toBe("TypeError: 'NoneType' object is not subscriptable")
  })
})
