// time.Duration's methods: String as Go formats it ("1h2m0.5s", "1.5ms", "42ns"), and the unit conversions.

/** Digits of v's last `prec` decimal places, trailing zeros (and a bare point) dropped; and v without them. */
function fraction(v: number, prec: number): [string, number] {
  let digits = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const d = v % 10;
    print = print || d !== 0;
    if (print) digits = String(d) + digits;
    v = Math.floor(v / 10);
  }
  return [print ? '.' + digits : '', v];
}

export function durationString(d: number): string {
  if (d === 0) return '0s';
  const sign = d < 0 ? '-' : '';
  let u = Math.abs(d);
  if (u < 1e9) {
    if (u < 1e3) return `${sign}${u}ns`;
    const [prec, unit] = u < 1e6 ? [3, 'µs'] : [6, 'ms'];
    const [frac, whole] = fraction(u, prec);
    return `${sign}${whole}${frac}${unit}`;
  }
  const [frac, secs] = fraction(u, 9);
  u = secs;
  let out = `${u % 60}${frac}s`;
  u = Math.floor(u / 60);
  if (u > 0) {
    out = `${u % 60}m` + out;
    u = Math.floor(u / 60);
    if (u > 0) out = `${u}h` + out;
  }
  return sign + out;
}

/** Hours, Minutes, Seconds as Go computes them: whole units plus the remainder as a fraction. */
export function durationIn(d: number, unit: number): number {
  const whole = Math.trunc(d / unit);
  return whole + (d - whole * unit) / unit;
}

/** Round(m) and Truncate(m) (m <= 0 leaves d unchanged). */
export function durationTruncate(d: number, m: number): number {
  return m <= 0 ? d : d - (d % m);
}

export function durationRound(d: number, m: number): number {
  if (m <= 0) return d;
  let r = d % m;
  if (d < 0) {
    r = -r;
    return r + r < m ? d + r : d + r - m;
  }
  return r + r < m ? d - r : d + m - r;
}
