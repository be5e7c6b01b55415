// Go-level failures raised inside the VM and runtime: thrown, caught once by the dispatch loop.

/** A Go panic in the running goroutine (runtime error or panic(v)). */
export class GoPanic {
  constructor(
    readonly value: unknown,
    /** How Go prints the value after `panic: ` (e.g. `runtime error: index out of range [5] with length 3`). */
    readonly text: string,
    readonly runtimeError = false,
    /** The std function raising it, whose frames top the dump (e.g. `sync.WaitGroup.Done`). */
    readonly std?: string,
  ) {}
}

/** A Go fatal error (`throw`): not recoverable, skips deferred calls, ends the program with status 2. */
export class GoFatal {
  constructor(
    readonly message: string,
    /** The std function raising it, whose frames top the dump (e.g. `sync.Mutex.Unlock`). */
    readonly std?: string,
  ) {}
}

/** The lab cannot model this exactly (e.g. an integer beyond 2^53); stop with a clear message rather than lie. */
export class Unsupported {
  constructor(readonly message: string) {}
}

/** `os.Exit(code)`: ends the program at once, deferred calls not run. */
export class GoExit {
  constructor(readonly code: number) {}
}
