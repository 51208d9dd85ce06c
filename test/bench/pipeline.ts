// Entry for scripts/bench_parse.mjs: the stages it times, in one bundle.
export { parseBytes } from '../../src-main/python/parser/index'
export { compile } from '../../src-main/python/compiler/compile'
export { dumps } from '../../src-main/python/marshal/dumps'
export { loads } from '../../src-main/python/marshal/loads'
