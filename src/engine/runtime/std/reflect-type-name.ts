// Type names as the reflect package prints them (fmt's %T, %#v, panics): `int32` for rune,
// `uint8` for byte, `struct { X int; Y int }` with spaces — unlike the compiler's messages.
import type { Type } from '../../check/types.ts';

export function reflectTypeName(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      if (t.basic === 'untyped rune') return 'int32';
      if (t.basic.startsWith('untyped ')) {
        const d = t.basic.slice(8);
        return d === 'float' ? 'float64' : d === 'complex' ? 'complex128' : d === 'nil' ? 'nil' : d;
      }
      return t.basic === 'unsafe.Pointer' ? 'unsafe.Pointer' : t.basic;
    case 'Named':
      return t.obj.pkg ? `${t.obj.pkg === 'main' ? 'main' : t.obj.pkg.split('/').pop()}.${t.obj.name}` : t.obj.name;
    case 'Pointer':
      return `*${reflectTypeName(t.elem)}`;
    case 'Slice':
      return `[]${reflectTypeName(t.elem)}`;
    case 'Array':
      return `[${t.len}]${reflectTypeName(t.elem)}`;
    case 'Map':
      return `map[${reflectTypeName(t.key)}]${reflectTypeName(t.elem)}`;
    case 'Chan':
      return t.dir === 'send' ? `chan<- ${reflectTypeName(t.elem)}` : t.dir === 'recv' ? `<-chan ${reflectTypeName(t.elem)}` : `chan ${reflectTypeName(t.elem)}`;
    case 'Struct':
      if (t.fields.length === 0) return 'struct {}';
      return `struct { ${t.fields.map((f) => (f.embedded ? reflectTypeName(f.type) : `${f.name} ${reflectTypeName(f.type)}`)).join('; ')} }`;
    case 'Signature': {
      const ps = t.params.vars.map((v, i) => (t.variadic && i === t.params.vars.length - 1 ? `...${reflectTypeName((v.type as { elem: Type }).elem)}` : reflectTypeName(v.type)));
      const rs = t.results.vars.map((v) => reflectTypeName(v.type));
      return `func(${ps.join(', ')})${rs.length === 0 ? '' : rs.length === 1 ? ` ${rs[0]}` : ` (${rs.join(', ')})`}`;
    }
    case 'Interface':
      if (t.methods.length === 0 && t.embeddeds.length === 0) return 'interface {}';
      return `interface { ${t.methods.map((m) => `${m.name}${reflectTypeName(m.type).slice(4)}`).join('; ')} }`;
    case 'Tuple':
      return `(${t.vars.map((v) => reflectTypeName(v.type)).join(', ')})`;
  }
}
