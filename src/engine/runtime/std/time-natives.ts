// Package time on the virtual clock: Now/Since/Until, Duration's and Time's methods, and timers.
// A time.Time is its struct [wall, ext, loc] with the virtual nanoseconds in ext (see timers.ts).
import type { NativeFn } from '../../vm/native.ts';
import { durationIn, durationRound, durationString, durationTruncate } from './duration.ts';
import { timeValue, timerNatives, type NativeRegistry } from './timers.ts';

const ns = (t: unknown) => (t as unknown[])[1] as number;

const durationMethods: Record<string, (d: number, arg: number) => unknown> = {
  String: (d) => durationString(d),
  Hours: (d) => durationIn(d, 3600e9),
  Minutes: (d) => durationIn(d, 60e9),
  Seconds: (d) => durationIn(d, 1e9),
  Milliseconds: (d) => Math.trunc(d / 1e6),
  Microseconds: (d) => Math.trunc(d / 1e3),
  Nanoseconds: (d) => d,
  Round: (d, m) => durationRound(d, m),
  Truncate: (d, m) => durationTruncate(d, m),
};

const timeMethods: Record<string, (t: number, u: unknown) => unknown> = {
  Sub: (t, u) => t - ns(u),
  Add: (t, d) => timeValue(t + (d as number)),
  After: (t, u) => t > ns(u),
  Before: (t, u) => t < ns(u),
  Equal: (t, u) => t === ns(u),
  Compare: (t, u) => Math.sign(t - ns(u)),
  UnixNano: (t) => t,
};

export function timeNatives(reg: NativeRegistry): Record<string, NativeFn> {
  const out: Record<string, NativeFn> = {
    'time.Now': (m, _g, regs, a) => void (regs[a] = timeValue(m.clock)),
    'time.Since': (m, _g, regs, a) => void (regs[a] = m.clock - ns(regs[a + 1])),
    'time.Until': (m, _g, regs, a) => void (regs[a] = ns(regs[a + 1]) - m.clock),
    ...timerNatives(reg),
  };
  for (const [name, fn] of Object.entries(durationMethods)) {
    out[`time.Duration.${name}`] = (_m, _g, regs, a) => void (regs[a] = fn(regs[a + 1] as number, regs[a + 2] as number));
  }
  for (const [name, fn] of Object.entries(timeMethods)) {
    out[`time.Time.${name}`] = (_m, _g, regs, a) => void (regs[a] = fn(ns(regs[a + 1]), regs[a + 2]));
  }
  return out;
}
