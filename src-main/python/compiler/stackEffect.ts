// Stack effect of every opcode, real and pseudo, as the compiler sees it
// (Python/compile.c stack_effect / PyCompile_OpcodeStackEffectWithJump, which read
// _PyOpcode_num_popped/_PyOpcode_num_pushed generated from Python/bytecodes.c).
// `jump` selects the branch: false = fall through, true = the jump is taken.

import { opSpec } from '../bytecode/opcodes'

/** Effects that do not depend on the argument: [fall through, jump taken]. */
const FIXED: Record<string, number | [number, number]> = {
  CACHE: 0, POP_TOP: -1, PUSH_NULL: 1, INTERPRETER_EXIT: -1, END_FOR: -2, END_SEND: -1,
  NOP: 0, UNARY_NEGATIVE: 0, UNARY_NOT: 0, UNARY_INVERT: 0, RESERVED: 0,
  BINARY_SUBSCR: -1, BINARY_SLICE: -2, STORE_SLICE: -4, GET_LEN: 1, MATCH_MAPPING: 1,
  MATCH_SEQUENCE: 1, MATCH_KEYS: 1, PUSH_EXC_INFO: 1, CHECK_EXC_MATCH: 0, CHECK_EG_MATCH: 0,
  WITH_EXCEPT_START: 1, GET_AITER: 0, GET_ANEXT: 1, BEFORE_ASYNC_WITH: 1, BEFORE_WITH: 1,
  END_ASYNC_FOR: -2, CLEANUP_THROW: -1, STORE_SUBSCR: -3, DELETE_SUBSCR: -2, GET_ITER: 0,
  GET_YIELD_FROM_ITER: 0, LOAD_BUILD_CLASS: 1, LOAD_ASSERTION_ERROR: 1, RETURN_GENERATOR: 0,
  RETURN_VALUE: -1, SETUP_ANNOTATIONS: 0, LOAD_LOCALS: 1, POP_EXCEPT: -1, STORE_NAME: -1,
  DELETE_NAME: 0, FOR_ITER: 1, STORE_ATTR: -2, DELETE_ATTR: -1, STORE_GLOBAL: -1,
  DELETE_GLOBAL: 0, SWAP: 0, LOAD_CONST: 1, LOAD_NAME: 1, COMPARE_OP: -1, IMPORT_NAME: -1,
  IMPORT_FROM: 1, JUMP_FORWARD: 0, POP_JUMP_IF_FALSE: -1, POP_JUMP_IF_TRUE: -1, IS_OP: -1,
  CONTAINS_OP: -1, RERAISE: -1, COPY: 1, RETURN_CONST: 0, BINARY_OP: -1, SEND: 0,
  LOAD_FAST: 1, STORE_FAST: -1, DELETE_FAST: 0, LOAD_FAST_CHECK: 1, POP_JUMP_IF_NOT_NONE: -1,
  POP_JUMP_IF_NONE: -1, GET_AWAITABLE: 0, JUMP_BACKWARD_NO_INTERRUPT: 0, MAKE_CELL: 0,
  LOAD_CLOSURE: 1, LOAD_DEREF: 1, STORE_DEREF: -1, DELETE_DEREF: 0, JUMP_BACKWARD: 0,
  LOAD_FAST_AND_CLEAR: 1, EXTENDED_ARG: 0, LIST_APPEND: -1, SET_ADD: -1, MAP_ADD: -2,
  COPY_FREE_VARS: 0, YIELD_VALUE: 0, RESUME: 0, MATCH_CLASS: -2, LIST_EXTEND: -1,
  SET_UPDATE: -1, DICT_MERGE: -1, DICT_UPDATE: -1, KW_NAMES: 0, CALL_INTRINSIC_1: 0,
  CALL_INTRINSIC_2: -1, LOAD_FROM_DICT_OR_GLOBALS: 0, LOAD_FROM_DICT_OR_DEREF: 0,
  // pseudo instructions (compile.c stack_effect, the switch after the real ones)
  POP_BLOCK: 0, JUMP: 0, JUMP_NO_INTERRUPT: 0,
  SETUP_FINALLY: [0, 1], SETUP_CLEANUP: [0, 2], SETUP_WITH: [0, 1],
  STORE_FAST_MAYBE_NULL: -1, LOAD_METHOD: 1, LOAD_SUPER_METHOD: -1,
  LOAD_ZERO_SUPER_METHOD: -1, LOAD_ZERO_SUPER_ATTR: -1,
}

function popcount4(x: number): number {
  return (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1)
}

/** Effects computed from the argument (the oparg-dependent stack shapes of bytecodes.c). */
const VARIABLE: Record<string, (oparg: number) => number> = {
  UNPACK_SEQUENCE: (a) => a - 1,
  UNPACK_EX: (a) => (a & 0xff) + (a >> 8),
  BUILD_TUPLE: (a) => 1 - a,
  BUILD_LIST: (a) => 1 - a,
  BUILD_SET: (a) => 1 - a,
  BUILD_STRING: (a) => 1 - a,
  BUILD_MAP: (a) => 1 - 2 * a,
  BUILD_CONST_KEY_MAP: (a) => 0 - a,
  LOAD_ATTR: (a) => a & 1,
  LOAD_GLOBAL: (a) => 1 + (a & 1),
  RAISE_VARARGS: (a) => 0 - a,
  MAKE_FUNCTION: (a) => 0 - popcount4(a & 0xf),
  BUILD_SLICE: (a) => (a === 3 ? -2 : -1),
  LOAD_SUPER_ATTR: (a) => -2 + (a & 1),
  CALL_FUNCTION_EX: (a) => -2 - (a & 1),
  FORMAT_VALUE: (a) => ((a & 4) === 4 ? -1 : 0),
  CALL: (a) => -1 - a,
}

// Dense tables indexed by opcode number, built once.
const MAX_OPCODE = 300
const fallFixed = new Int32Array(MAX_OPCODE).fill(0x7fffffff)
const jumpFixed = new Int32Array(MAX_OPCODE).fill(0x7fffffff)
const variable: ((oparg: number) => number)[] = []
for (const [name, eff] of Object.entries(FIXED)) {
  const code = opSpec(name).code
  if (Array.isArray(eff)) {
    fallFixed[code] = eff[0]
    jumpFixed[code] = eff[1]
  } else {
    fallFixed[code] = eff
    jumpFixed[code] = eff
  }
}
for (const [name, fn] of Object.entries(VARIABLE)) variable[opSpec(name).code] = fn

/**
 * compile.c PyCompile_OpcodeStackEffectWithJump: the change in stack depth caused by
 * `opcode` with `oparg`, on the fall-through path (`jump` false) or the jump path.
 * Throws for opcodes the compiler never emits (specialized or instrumented ones).
 */
export function stackEffect(opcode: number, oparg: number, jump: boolean): number {
  const fn = variable[opcode]
  if (fn !== undefined) return fn(oparg)
  const v = jump ? jumpFixed[opcode] : fallFixed[opcode]
  if (v === 0x7fffffff) throw new Error(`no stack effect for opcode ${opcode}`)
  return v
}
