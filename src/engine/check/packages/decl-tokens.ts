// Tokens of the package tables' Go declaration text, with Go's automatic semicolons at line ends.
//
// Only what the tables use: identifiers, decimal integers and floats, rune literals ('x', '\uFFFD'),
// `//` comments and the punctuation of declarations. A newline after an identifier, literal, `)`, `]`
// or `}` ends a declaration, as in Go.

/** A token with its 1-based column in its line (generic errors cite a type parameter's column). */
export type Tok = { t: 'ident' | 'int' | 'float' | 'char' | 'op' | ';'; v: string; col: number };

export function tokenize(src: string): Tok[] {
  const raw: Omit<Tok, 'col'>[] = [];
  const starts: number[] = [];
  let i = 0;
  const out = {
    push(t: Omit<Tok, 'col'>) {
      raw.push(t);
      starts.push(i);
    },
  };
  const last = () => raw[raw.length - 1];
  const endsStatement = () => {
    const l = last();
    return l !== undefined && (l.t === 'ident' || l.t === 'int' || l.t === 'float' || l.t === 'char' || (l.t === 'op' && (l.v === ')' || l.v === ']' || l.v === '}')));
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      if (endsStatement()) out.push({ t: ';', v: '\n' });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j])) j++;
      out.push({ t: 'ident', v: src.slice(i, j) });
      i = j;
    } else if (/[0-9]/.test(c)) {
      // Decimal integers and floats (`3.14159`, `4.9e-324`): all the constants the tables need.
      const m = /^[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?/.exec(src.slice(i))!;
      out.push({ t: m[1] !== undefined || m[2] !== undefined ? 'float' : 'int', v: m[0] });
      i += m[0].length;
    } else if (c === "'") {
      // A rune literal: 'x' or '\uFFFD'.
      const m = /^'(\\u[0-9a-fA-F]{4}|[^'\\])'/.exec(src.slice(i));
      if (!m) throw new Error(`decl-reader: bad rune literal at ${i}`);
      const code = m[1].startsWith('\\u') ? parseInt(m[1].slice(2), 16) : m[1].codePointAt(0)!;
      out.push({ t: 'char', v: String(code) });
      i += m[0].length;
    } else if (src.startsWith('...', i)) {
      out.push({ t: 'op', v: '...' });
      i += 3;
    } else if (src.startsWith('<-', i)) {
      out.push({ t: 'op', v: '<-' });
      i += 2;
    } else if (c === ';') {
      out.push({ t: ';', v: ';' });
      i++;
    } else if ('*[](){},.=~-'.includes(c)) {
      out.push({ t: 'op', v: c });
      i++;
    } else throw new Error(`decl-reader: unexpected character ${JSON.stringify(c)}`);
  }
  if (endsStatement()) out.push({ t: ';', v: '\n' });
  return raw.map((t, k) => ({ ...t, col: starts[k] - src.lastIndexOf('\n', starts[k] - 1) }));
}
