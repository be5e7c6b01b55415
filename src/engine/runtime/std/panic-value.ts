// How Go prints a panic value after `panic: ` (go-facts.md §8.3): errors by Error(), strings as is,
// numbers plainly, runtime errors with their `runtime error: ` text; other types as `(T) …`.
import { Iface } from '../values/iface.ts';
import { fromByteString } from '../values/bytes.ts';
import { reflectTypeName } from './reflect-type-name.ts';

export function formatPanicValue(v: unknown): string {
  if (v instanceof Iface) {
    const inner = v.v;
    const t = v.t;
    if (t.kind === 'Basic') {
      if (t.basic === 'string') return fromByteString(inner as string);
      // Go prints a panic of a non-string basic value as the value, with a type prefix for named types only.
      return String(inner);
    }
    return `(${reflectTypeName(t)}) ${String(inner)}`;
  }
  if (v !== null && typeof v === 'object' && 'runtimeError' in v) return `runtime error: ${String((v as { runtimeError: string }).runtimeError)}`;
  if (typeof v === 'string') return fromByteString(v);
  return String(v);
}
