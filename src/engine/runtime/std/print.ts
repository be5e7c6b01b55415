// The builtin print/println: writes to standard error in the runtime's own formats (not fmt's).
import { under, type Type } from '../../check/types.ts';

/** Go's runtime printfloat: `+1.500000e+000` style. */
export function printFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const s = v.toExponential(6);
  const [m, e] = s.split('e');
  const exp = Number(e);
  const sign = v < 0 || Object.is(v, -0) ? '' : '+';
  const ae = Math.abs(exp);
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(ae).padStart(3, '0')}`;
}

export function formatPrintArg(t: Type, v: unknown): string {
  const u = under(t);
  if (u.kind === 'Basic') {
    if (u.basic === 'float32' || u.basic === 'float64') return printFloat(v as number);
    if (u.basic === 'string') return v as string;
    return String(v);
  }
  if (v === null) return u.kind === 'Interface' ? '(0x0,0x0)' : u.kind === 'Slice' ? '[0/0]0x0' : '0x0';
  return '0xc000010000';
}
