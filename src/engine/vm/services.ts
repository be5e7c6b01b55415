// What the VM needs from the Go runtime model to end a program the way Go does.
import type { Goroutine, PanicState } from './goroutine.ts';
import type { Machine } from './machine.ts';

export interface RuntimeServices {
  /** Go's text for a panic value (`panic: <text>`). */
  panicText(value: unknown): string;
  /** A panic reached the top of g's stack: print Go's report and stop with status 2. */
  uncaughtPanic(m: Machine, g: Goroutine, p: PanicState): void;
  /** A fatal error (`throw`): print `fatal error: …` and the goroutine dump, stop with status 2. */
  fatal(m: Machine, g: Goroutine | null, message: string, std?: string): void;
  /** What recover() returns for a panic value raised by the runtime (an error or a boxed string). */
  recoverValue(value: unknown): unknown;
  /** The lab cannot model this exactly: stop with a clear message. */
  unsupported(m: Machine, g: Goroutine, message: string): void;
}
