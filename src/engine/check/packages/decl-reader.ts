// Reads a standard package's API, written as Go declarations (`func Repeat(s string, count int) string`), into checker objects.
//
// The package tables are kept as Go text so each line can be compared with `go doc` output and read by
// a person as a to-do list; this reader turns them into the objects of types.ts. It understands the
// declaration forms the tables use and nothing more: `type`, `func` (with receivers and, for generic
// functions, type parameters), `const Name [Type] = int`, `var Name Type`. Newlines end declarations
// as in Go (a newline after an identifier, literal, `)`, `]` or `}` is a semicolon).
//
// The text is ours, not the learner's: a malformed table is an engine bug and throws at module load,
// which the packages' tests catch.
import { floatValue, intValue, type ConstValue } from '../constant-value.ts';
import { instantiateIter } from './iter.ts';
import { tokenize, type Tok } from './decl-tokens.ts';
import { Typ, anyType, comparableType, errorType } from '../universe.ts';
import {
  addMethod, newArray, newChan, newConst, newField, newFunc, newInterface, newMap, newNamed, newParam,
  newPointer, newSignature, newSlice, newStruct, newVar,
  type Func, type Named, type Obj, type Signature, type Type, type Var,
} from '../types.ts';

/** A type parameter of a generic std function, with its constraint as written. */
export interface TypeParamDecl {
  /** A placeholder type standing for the parameter inside the signature (a Named with no package). */
  type: Named;
  /** `~[]E` → { tilde: true, core: []E }; `comparable`/`any`/`cmp.Ordered` → { tilde: false, core: null, name }. */
  constraint: { tilde: boolean; core: Type | null; name: string };
  /** Column of the parameter's name in the declaration line (which the tables write as Go's source does). */
  col: number;
}

/** A generic function as declared: its type parameters and its signature over the placeholders. */
export interface GenericDecl {
  name: string;
  tparams: TypeParamDecl[];
  sig: Signature;
}

export interface ReadPackage {
  /** Every package-level object, exported or not (unexported types such as sync.noCopy shape struct layouts). */
  all: Map<string, Obj>;
  /** Generic functions, in declaration order; the package file turns them into Func objects with hooks. */
  generics: GenericDecl[];
}

/** Packages a table may refer to by qualified name (`io.Writer`, `time.Duration`). */
export type DeclDeps = Record<string, { members: ReadonlyMap<string, Obj> }>;

const universeTypes: Record<string, Type> = {
  bool: Typ.bool, int: Typ.int, int8: Typ.int8, int16: Typ.int16, int32: Typ.int32, int64: Typ.int64,
  uint: Typ.uint, uint8: Typ.uint8, uint16: Typ.uint16, uint32: Typ.uint32, uint64: Typ.uint64, uintptr: Typ.uintptr,
  float32: Typ.float32, float64: Typ.float64, complex64: Typ.complex64, complex128: Typ.complex128,
  string: Typ.string, byte: Typ.byte, rune: Typ.rune, error: errorType, any: anyType, comparable: comparableType,
};

class Reader {
  private p = 0;
  private readonly all = new Map<string, Obj>();
  private readonly generics: GenericDecl[] = [];
  /** Type parameters in scope while reading a generic function's signature. */
  private tparams = new Map<string, Named>();

  constructor(
    private readonly toks: Tok[],
    private readonly pkg: string,
    private readonly deps: DeclDeps,
  ) {}

  read(): ReadPackage {
    this.declareTypeNames();
    while (this.p < this.toks.length) {
      if (this.peek(';')) {
        this.p++;
        continue;
      }
      const kw = this.ident();
      if (kw === 'type') this.typeDecl();
      else if (kw === 'func') this.funcDecl();
      else if (kw === 'const') this.constDecl();
      else if (kw === 'var') this.varDecl();
      else throw this.fail(`unexpected ${kw}`);
      this.expect(';');
    }
    return { all: this.all, generics: this.generics };
  }

  /** First pass: every `type Name` gets its Named object, so declarations may refer to later ones. */
  private declareTypeNames(): void {
    for (let i = 0; i + 1 < this.toks.length; i++) {
      const prevEnds = i === 0 || this.toks[i - 1].t === ';';
      if (prevEnds && this.toks[i].v === 'type') {
        const name = this.toks[i + 1].v;
        this.all.set(name, newNamed(name, this.pkg).obj);
      }
    }
  }

  private typeDecl(): void {
    const name = this.ident();
    const named = this.localNamed(name);
    named.underlying = this.type();
  }

  private funcDecl(): void {
    if (this.peek('(')) {
      this.p++;
      // The receiver's name is optional (`func (*noCopy) Lock()`).
      if (this.toks[this.p]?.t === 'ident' && this.toks[this.p + 1]?.v !== ')') this.ident();
      const ptr = this.accept('*');
      const recv = this.localNamed(this.ident());
      this.expect(')');
      const name = this.ident();
      addMethod(recv, name, this.signature(), ptr);
      return;
    }
    const name = this.ident();
    if (this.peek('[')) {
      this.generics.push(this.genericDecl(name));
      return;
    }
    this.all.set(name, newFunc(name, this.signature(), this.pkg));
  }

  private genericDecl(name: string): GenericDecl {
    this.expect('[');
    const tparams: TypeParamDecl[] = [];
    this.tparams = new Map();
    // Placeholders first: a constraint may mention a later parameter (`S ~[]E, E any`).
    const groups: { names: string[]; cols: number[]; start: number }[] = [];
    for (;;) {
      const cols = [this.toks[this.p]?.col ?? 0];
      const names = [this.ident()];
      while (this.accept(',')) {
        cols.push(this.toks[this.p]?.col ?? 0);
        names.push(this.ident());
      }
      for (const n of names) this.tparams.set(n, newNamed(n, null, anyType));
      groups.push({ names, cols, start: this.p });
      this.skipConstraint();
      if (this.accept(']')) break;
      this.expect(',');
    }
    const after = this.p;
    for (const g of groups) {
      this.p = g.start;
      const constraint = this.constraint();
      g.names.forEach((n, k) => tparams.push({ type: this.tparams.get(n)!, constraint, col: g.cols[k] }));
    }
    this.p = after;
    const sig = this.signature();
    this.tparams = new Map();
    return { name, tparams, sig };
  }

  private skipConstraint(): void {
    let depth = 0;
    while (this.p < this.toks.length) {
      const v = this.toks[this.p].v;
      if (depth === 0 && (v === ',' || v === ']')) return;
      if (v === '[' || v === '(') depth++;
      if (v === ']' || v === ')') depth--;
      this.p++;
    }
  }

  private constraint(): TypeParamDecl['constraint'] {
    if (this.accept('~')) return { tilde: true, core: this.type(), name: '' };
    const first = this.ident();
    if (this.accept('.')) return { tilde: false, core: null, name: `${first}.${this.ident()}` };
    // Inside package cmp its own constraint is plain `Ordered`; gc names it cmp.Ordered in messages.
    if (first === 'Ordered' && this.pkg === 'cmp') return { tilde: false, core: null, name: 'cmp.Ordered' };
    return { tilde: false, core: null, name: first };
  }

  /** `const Name [Type] = literal`: an integer, float or rune literal, possibly negated; untyped without a Type. */
  private constDecl(): void {
    const name = this.ident();
    const declared = this.peek('=') ? null : this.type();
    this.expect('=');
    const neg = this.accept('-');
    const tok = this.toks[this.p++];
    let value: ConstValue;
    let untyped: Type;
    if (tok?.t === 'int' || tok?.t === 'char') {
      const v = BigInt(tok.v);
      value = intValue(neg ? -v : v);
      untyped = tok.t === 'char' ? Typ.untypedRune : Typ.untypedInt;
    } else if (tok?.t === 'float') {
      value = floatValue(neg ? -Number(tok.v) : Number(tok.v));
      untyped = Typ.untypedFloat;
    } else throw this.fail('const value must be a number or rune literal');
    this.all.set(name, newConst(name, declared ?? untyped, value, this.pkg));
  }

  private varDecl(): void {
    const name = this.ident();
    this.all.set(name, { ...newVar(name, this.type(), this.pkg), isGlobal: true });
  }

  // ------------------------------------------------------------ types

  private type(): Type {
    const tok = this.toks[this.p];
    if (!tok) throw this.fail('type expected');
    if (tok.v === '*') {
      this.p++;
      return newPointer(this.type());
    }
    if (tok.v === '(') {
      this.p++;
      const t = this.type();
      this.expect(')');
      return t;
    }
    if (tok.v === '[') {
      this.p++;
      if (this.accept(']')) return newSlice(this.type());
      const len = this.toks[this.p++];
      if (len?.t !== 'int') throw this.fail('array length expected');
      this.expect(']');
      return newArray(this.type(), Number(len.v));
    }
    if (tok.v === '<-') {
      this.p++;
      this.expectIdent('chan');
      return newChan('recv', this.type());
    }
    if (tok.t !== 'ident') throw this.fail(`type expected, found ${tok.v}`);
    this.p++;
    switch (tok.v) {
      case 'map': {
        this.expect('[');
        const k = this.type();
        this.expect(']');
        return newMap(k, this.type());
      }
      case 'chan':
        return this.accept('<-') ? newChan('send', this.type()) : newChan('both', this.type());
      case 'func':
        return this.signature();
      case 'struct':
        return this.structType();
      case 'interface':
        return this.interfaceType();
    }
    if (this.accept('.')) {
      const name = this.ident();
      if (tok.v === 'iter' && this.accept('[')) {
        const args = [this.type()];
        while (this.accept(',')) args.push(this.type());
        this.expect(']');
        const inst = instantiateIter(name, args);
        if (!inst) throw this.fail(`unknown iterator type iter.${name}`);
        return inst;
      }
      return this.qualified(tok.v, name);
    }
    return this.resolve(tok.v);
  }

  private structType(): Type {
    this.expect('{');
    const fields: Var[] = [];
    while (!this.accept('}')) {
      if (this.accept(';')) continue;
      // An embedded field is a (possibly qualified, possibly pointer) type name alone on its line.
      const save = this.p;
      const star = this.accept('*');
      const first = this.ident();
      if (star || this.peek(';') || this.peek('}') || this.peek('.')) {
        this.p = save;
        const t = this.type();
        const base = t.kind === 'Pointer' ? t.elem : t;
        const fname = base.kind === 'Named' ? base.obj.name : first;
        fields.push(newField(fname, t, this.pkg, true));
        continue;
      }
      const names = [first];
      while (this.accept(',')) names.push(this.ident());
      const t = this.type();
      for (const n of names) fields.push(newField(n, t, this.pkg));
    }
    return newStruct(fields);
  }

  private interfaceType(): Type {
    this.expect('{');
    const methods: Func[] = [];
    const embeddeds: Type[] = [];
    while (!this.accept('}')) {
      if (this.accept(';')) continue;
      const name = this.ident();
      if (this.peek('(')) methods.push(newFunc(name, this.signature(), this.pkg));
      else embeddeds.push(this.accept('.') ? this.qualified(name, this.ident()) : this.resolve(name));
    }
    return newInterface(methods, embeddeds);
  }

  private signature(): Signature {
    const { vars: params, variadic } = this.params();
    let results: Var[] = [];
    if (this.peek('(')) results = this.params().vars;
    else if (!this.peek(';') && !this.peek(')') && !this.peek(',') && !this.peek('}') && !this.peek(']') && this.p < this.toks.length) {
      results = [newParam('', this.type(), this.pkg)];
    }
    return newSignature(params, results, variadic);
  }

  /** `(a, b int, c ...string)` or `(int, error)`: Go's rule — if any entry has a name, all do. */
  private params(): { vars: Var[]; variadic: boolean } {
    this.expect('(');
    // A lone identifier (`s` in `(s, sep string)`, `int` in `(int, error)`) stays unresolved until the
    // whole list is read, because only then do we know whether it is a name or a type.
    const entries: { lone: string | null; name: string | null; type: Type | null; dots: boolean }[] = [];
    while (!this.accept(')')) {
      const dots = this.accept('...');
      const tok = this.toks[this.p];
      const next = this.toks[this.p + 1]?.v;
      if (!dots && tok?.t === 'ident' && (next === ',' || next === ')')) {
        this.p++;
        entries.push({ lone: tok.v, name: null, type: null, dots: false });
      } else if (!dots && tok?.t === 'ident' && !this.isTypeKeyword(tok.v) && next !== '.') {
        this.p++;
        const d = this.accept('...');
        entries.push({ lone: null, name: tok.v, type: this.type(), dots: d });
      } else entries.push({ lone: null, name: null, type: this.type(), dots });
      if (!this.peek(')')) this.expect(',');
    }
    const named = entries.some((e) => e.name !== null);
    const vars: Var[] = [];
    let variadic = false;
    let pending: string[] = [];
    for (const e of entries) {
      if (!named) {
        const t = e.type ?? this.resolve(e.lone!);
        vars.push(newParam('', e.dots ? newSlice(t) : t, this.pkg));
        variadic = e.dots;
      } else if (e.lone !== null) pending.push(e.lone);
      else if (e.name === null) throw this.fail('mixed named and unnamed parameters');
      else {
        for (const n of [...pending, e.name]) vars.push(newParam(n, e.dots ? newSlice(e.type!) : e.type!, this.pkg));
        variadic = e.dots;
        pending = [];
      }
    }
    if (pending.length) throw this.fail('parameter without type');
    return { vars, variadic };
  }

  private isTypeKeyword(v: string): boolean {
    return v === 'map' || v === 'chan' || v === 'func' || v === 'struct' || v === 'interface';
  }

  // ------------------------------------------------------------ names

  private resolve(name: string): Type {
    const tp = this.tparams.get(name);
    if (tp) return tp;
    const local = this.all.get(name);
    if (local?.kind === 'TypeName') return local.type;
    const u = universeTypes[name];
    if (u) return u;
    throw this.fail(`unknown type ${name}`);
  }

  private qualified(pkg: string, name: string): Type {
    const dep = this.deps[pkg];
    const obj = dep?.members.get(name);
    if (obj?.kind !== 'TypeName') throw this.fail(`unknown type ${pkg}.${name}`);
    return obj.type;
  }

  private localNamed(name: string): Named {
    const obj = this.all.get(name);
    if (obj?.kind !== 'TypeName' || obj.type.kind !== 'Named') throw this.fail(`unknown local type ${name}`);
    return obj.type;
  }

  // ------------------------------------------------------------ tokens

  private peek(v: string): boolean {
    return this.toks[this.p]?.v === v || (v === ';' && this.toks[this.p]?.t === ';');
  }
  private accept(v: string): boolean {
    if (!this.peek(v)) return false;
    this.p++;
    return true;
  }
  private expect(v: string): void {
    if (!this.accept(v)) throw this.fail(`expected ${JSON.stringify(v)}`);
  }
  private expectIdent(v: string): void {
    if (this.ident() !== v) throw this.fail(`expected ${v}`);
  }
  private ident(): string {
    const tok = this.toks[this.p];
    if (tok?.t !== 'ident') throw this.fail('identifier expected');
    this.p++;
    return tok.v;
  }
  private fail(msg: string): Error {
    const near = this.toks.slice(Math.max(0, this.p - 4), this.p + 3).map((t) => t.v).join(' ');
    return new Error(`decl-reader (${this.pkg}): ${msg} near «${near}»`);
  }
}

/** Reads a package's declarations. `deps` are the packages its text names by qualified name. */
export function readDecls(pkgPath: string, text: string, deps: DeclDeps = {}): ReadPackage {
  return new Reader(tokenize(text), pkgPath, deps).read();
}
