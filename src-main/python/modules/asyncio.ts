// A small asyncio (Lib/asyncio: runners.run, tasks.sleep/gather/create_task, Task): one
// event loop on a virtual clock. Coroutines run as generators; awaitables yield markers
// (sleep, wait-for-task) out of the task's coroutine to the loop, which reschedules.

import { type Py, PyObject, PyType, typeType, objectType, None, coroutineType, typeOf } from '../objects/typeobject'
import { PyList, newTuple } from '../objects/tuple'
import { defineMethods, builtinFn } from '../objects/descr'
import { PyBaseException, typeError, runtimeError, newExc, EXC } from '../objects/exceptions'
import { AwaitIter } from '../objects/iter'
import { newFloat } from '../objects/float'
import * as A from '../objects/abstract'
import { PyGenerator, genResume, genLastDone, genThrow } from '../vm/generator'
import { makeModule, defineModule } from './native'
import { toFloat } from '../objects/numbers'
import { hexId } from '../objects/objectmethods'


const markerType = new PyType(typeType, '_Marker', [objectType])
markerType.mro = [markerType, objectType]
class Marker extends PyObject {
  constructor(readonly delay: number, readonly wait: Task | null) {
    super(markerType)
  }
}

const taskType = new PyType(typeType, 'Task', [objectType])
taskType.mro = [taskType, objectType]
taskType.module = '_asyncio'
let taskCounter = 0

class Task extends PyObject {
  done = false
  result: Py = None
  exception: PyBaseException | null = null
  waiters: Task[] = []
  name: string
  cancelled = false
  constructor(readonly coro: PyGenerator, readonly loop: Loop, name: Py = None) {
    super(taskType)
    this.name = name === None ? `Task-${++taskCounter}` : A.str(name)
  }
}

class Loop {
  now = 0
  seq = 0
  ready: [Task, PyBaseException | null][] = []
  sleeping: { time: number; seq: number; task: Task }[] = []

  schedule(t: Task, exc: PyBaseException | null = null): void {
    this.ready.push([t, exc])
  }

  finish(t: Task): void {
    t.done = true
    for (const w of t.waiters) this.schedule(w)
    t.waiters = []
  }

  step(t: Task, exc: PyBaseException | null): void {
    if (t.done) return
    let r: Py
    try {
      r = exc ? genThrow(t.coro, exc) : genResume(t.coro, None)
      if (!exc && genLastDone()) {
        t.result = r
        this.finish(t)
        return
      }
    } catch (e) {
      if (e instanceof PyBaseException && e.type === EXC.StopIteration) {
        t.result = e.get('value')
        this.finish(t)
        return
      }
      if (!(e instanceof PyBaseException)) throw e
      t.exception = e
      this.finish(t)
      return
    }
    if (r instanceof Marker) {
      if (r.wait !== null) {
        if (r.wait.done) this.schedule(t)
        else r.wait.waiters.push(t)
      } else this.sleeping.push({ time: this.now + r.delay, seq: this.seq++, task: t })
      return
    }
    if (r === None) {
      this.schedule(t)
      return
    }
    t.exception = runtimeError(`Task got bad yield: ${A.repr(r)}`)
    this.finish(t)
  }

  runUntil(main: Task): void {
    for (;;) {
      while (this.ready.length) {
        const [t, e] = this.ready.shift()!
        this.step(t, e)
      }
      if (main.done) return
      if (!this.sleeping.length) throw runtimeError('Event loop stopped before Future completed.')
      this.sleeping.sort((a, b) => a.time - b.time || a.seq - b.seq)
      const first = this.sleeping[0].time
      this.now = Math.max(this.now, first)
      while (this.sleeping.length && this.sleeping[0].time <= this.now) this.schedule(this.sleeping.shift()!.task)
    }
  }
}

let current: Loop | null = null

function loop(): Loop {
  if (current === null) throw runtimeError('no running event loop')
  return current
}

function toTask(aw: Py): Task {
  if (aw instanceof Task) return aw
  if (aw instanceof PyGenerator && aw.type === coroutineType) {
    const t = new Task(aw, loop())
    loop().schedule(t)
    return t
  }
  throw typeError(`An asyncio.Future, a coroutine or an awaitable is required`)
}

function awaitTask(t: Task): AwaitIter {
  return new AwaitIter((self) => {
    if (!t.done) return new Marker(0, t)
    if (t.exception) {
      t.exception.reraise = false
      throw t.exception
    }
    self.returnValue = t.result
    return undefined
  })
}

defineMethods(taskType, {
  __await__: (s) => awaitTask(s as Task),
  done: (s) => (s as Task).done,
  result(s) {
    const t = s as Task
    if (!t.done) throw newExc(EXC.RuntimeError, 'Result is not set.')
    if (t.exception) throw t.exception
    return t.result
  },
  get_name: (s) => (s as Task).name,
  cancel: (s) => {
    ;(s as Task).cancelled = true
    return true
  },
  cancelled: (s) => (s as Task).cancelled,
  __repr__: (s) => `<Task ${(s as Task).done ? 'finished' : 'pending'} name='${(s as Task).name}' coro=<${(s as Task).coro.qualname}() running at ${hexId(s)}>>`,
})

defineModule('asyncio', () => makeModule('asyncio', {
  run(a) {
    const coro = a[0]
    if (!(coro instanceof PyGenerator) || coro.type !== coroutineType) throw newExc(EXC.ValueError, `a coroutine was expected, got ${A.repr(coro)}`)
    if (current !== null) throw runtimeError('asyncio.run() cannot be called from a running event loop')
    const l = new Loop()
    current = l
    try {
      const main = new Task(coro, l)
      l.schedule(main)
      l.runUntil(main)
      if (main.exception) {
        main.exception.reraise = false
        throw main.exception
      }
      return main.result
    } finally {
      current = null
    }
  },
  sleep(a) {
    const delay = a.length ? toFloat(a[0]) : 0
    const result = a.length > 1 ? a[1] : None
    let slept = false
    return new AwaitIter((self) => {
      if (!slept) {
        slept = true
        return delay <= 0 ? None : new Marker(delay, null)
      }
      self.returnValue = result
      return undefined
    })
  },
  create_task: (a) => toTask(a[0]),
  ensure_future: (a) => toTask(a[0]),
  gather(a, kw) {
    const nk = kw?.length ?? 0
    const tasks = a.slice(0, a.length - nk).map(toTask)
    let returnExceptions = false
    kw?.forEach((k, i) => {
      if (k === 'return_exceptions') returnExceptions = A.truthy(a[a.length - nk + i])
    })
    return new AwaitIter((self) => {
      for (const t of tasks) {
        if (!t.done) return new Marker(0, t)
        if (t.exception && !returnExceptions) {
          t.exception.reraise = false
          throw t.exception
        }
      }
      self.returnValue = new PyList(tasks.map((t) => t.exception ?? t.result))
      return undefined
    })
  },
  iscoroutine: (a) => a[0] instanceof PyGenerator && a[0].type === coroutineType,
  get_event_loop_time: () => newFloat(loop().now),
  current_task: () => {
    void loop()
    return None
  },
}, {}))

void builtinFn
void newTuple
void typeOf
