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

/**
 * Go rounds an exact halfway value to even (strconv's decimal rounding); JavaScript's toFixed and
 * toExponential round it away from zero. `longer` is the value printed with many more digits:
 * when the digit after the kept ones is a 5 followed only by zeros, and the last kept digit is
 * even, the value is cut instead of rounded. Returns null when the JavaScript rounding is Go's.
 */
function halfEvenCut(longer: string, keptEnd: number): string | null {
  if (longer[keptEnd] !== '5' || !/^0*$/.test(longer.slice(keptEnd + 1))) return null;
  let k = keptEnd - 1;
  if (longer[k] === '.') k--;
  if (Number(longer[k]) % 2 !== 0) return null;
  return longer.slice(0, longer[keptEnd - 1] === '.' ? keptEnd - 1 : keptEnd);
}

/** %f / %.Nf */
export function formatFloatF(x: number, prec = 6): string {
  const sp = special(x);
  if (sp) return sp;
  if (prec + 25 <= 100) {
    const longer = Math.abs(x).toFixed(prec + 25);
    const cut = halfEvenCut(longer, longer.indexOf('.') + 1 + prec);
    if (cut !== null) return (x < 0 || Object.is(x, -0) ? '-' : '') + cut;
  }
  // toFixed switches to exponent form from 1e21; such doubles are integers, printed in full by BigInt.
  if (Math.abs(x) >= 1e21) return BigInt(x).toString() + (prec > 0 ? '.' + '0'.repeat(prec) : '');
  return x.toFixed(prec);
}

/** %e / %.Ne */
export function formatFloatE(x: number, prec = 6): string {
  const sp = special(x);
  if (sp) return sp;
  let s = x.toExponential(prec);
  if (prec + 25 <= 100 && x !== 0) {
    const [lm, le] = Math.abs(x).toExponential(prec + 25).split('e');
    const cut = halfEvenCut(lm, 2 + prec);
    if (cut !== null) s = (x < 0 ? '-' : '') + cut + 'e' + le;
  }
  const [m, e] = s.split('e');
  return m + expSuffix(Number(e));
}
