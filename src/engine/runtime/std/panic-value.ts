// How Go prints a panic value after `panic: ` (runtime printpanicval, go-facts.md §8.3): errors by
// Error() (user methods are called before, see panic-native.ts), strings as is, basic values in the
// runtime's print format, named basic types as `main.T(v)`, everything else as `(T) 0xADDR`.
import { Iface } from '../values/iface.ts';
import { fromByteString } from '../values/bytes.ts';
import { reflectTypeName } from './reflect-type-name.ts';
import { under } from '../../check/types.ts';
import { GoError } from './errors.ts';
import { printFloat } from './print.ts';

export function formatPanicValue(v: unknown): string {
  if (v === null) return 'panic called with nil argument';
  if (v instanceof Iface) {
    const inner = v.v;
    const t = v.t;
    if (inner instanceof GoError) return fromByteString(inner.message);
    const u = under(t);
    if (u.kind === 'Basic') {
      const text = basicText(u.basic, inner);
      if (t.kind === 'Basic') return text;
      return `${reflectTypeName(t)}(${u.basic === 'string' ? JSON.stringify(text) : text})`;
    }
    return `(${reflectTypeName(t)}) 0xc000012000`;
  }
  if (v !== null && typeof v === 'object' && 'runtimeError' in v) return `runtime error: ${String((v as { runtimeError: string }).runtimeError)}`;
  if (typeof v === 'string') return fromByteString(v);
  return String(v);
}

function basicText(kind: string, v: unknown): string {
  if (kind === 'string') return fromByteString(v as string);
  if (kind === 'float64' || kind === 'float32') return printFloat(v as number);
  return String(v);
}
