// Go's float formatting (strconv.FormatFloat) for the forms fmt uses: %v/%g shortest, %e, %f.

/** Shortest decimal digits and decimal exponent of x (x finite, nonzero): x = 0.d1d2… × 10^dp. */
function shortest(x: number): { digits: string; exp: number } {
  const s = Math.abs(x).toExponential(); // shortest round-trip digits, like Go's
  const [mant, e] = s.split('e');
  return { digits: mant.replace('.', ''), exp: Number(e) };
}

function expSuffix(exp: number): string {
  const sign = exp < 0 ? '-' : '+';
  const a = Math.abs(exp);
  return `e${sign}${a < 10 ? '0' : ''}${a}`;
}

function special(x: number): string | null {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  return null;
}

/** %v / %g with shortest precision: strconv uses the exponent form when exp < -4 or exp >= 6 (21 for %#v). */
export function formatFloatG(x: number, bits: 32 | 64 = 64, eprec = 6): string {
  const sp = special(x);
  if (sp) return sp;
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const v = bits === 32 ? Math.fround(x) : x;
  let { digits, exp } = shortest(v);
  if (bits === 32) {
    // Shortest digits that round-trip through float32.
    for (let p = 1; p <= 9; p++) {
      const t = Number(Math.abs(v).toPrecision(p));
      if (Math.fround(t) === Math.abs(v)) {
        ({ digits, exp } = shortest(t));
        break;
      }
    }
  }
  const sign = v < 0 ? '-' : '';
  if (exp < -4 || exp >= eprec) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return sign + m + expSuffix(exp);
  }
  if (exp >= 0) {
    const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1);
    return sign + int + (frac ? `.${frac}` : '');
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/** %f / %.Nf */
export function formatFloatF(x: number, prec = 6): string {
  const sp = special(x);
  if (sp) return sp;
  return x.toFixed(prec);
}

/** %e / %.Ne */
export function formatFloatE(x: number, prec = 6): string {
  const sp = special(x);
  if (sp) return sp;
  const s = x.toExponential(prec);
  const [m, e] = s.split('e');
  return m + expSuffix(Number(e));
}
