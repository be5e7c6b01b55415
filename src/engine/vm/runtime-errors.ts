// The runtime errors the VM itself raises, worded as Go's runtime words them (`panic: runtime error: …`).
import { GoPanic } from './faults.ts';

function runtimeError(message: string): GoPanic {
  return new GoPanic({ runtimeError: message }, `runtime error: ${message}`, true);
}

export const divideByZero = (): GoPanic => runtimeError('integer divide by zero');
export const nilDeref = (): GoPanic => runtimeError('invalid memory address or nil pointer dereference');
export const negativeShiftAmount = (): GoPanic => runtimeError('negative shift amount');
export const indexOutOfRange = (i: number, len: number): GoPanic => runtimeError(`index out of range [${i}] with length ${len}`);
