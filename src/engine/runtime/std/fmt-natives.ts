// The fmt package's functions as natives: Print*, Fprint*, Sprint*, Errorf, calling user methods.
import { builderAppend } from './std-builder.ts';
import { reflectTypeName } from './reflect-type-name.ts';
import { Unsupported } from '../../vm/faults.ts';
import type { NativeFn } from '../../vm/native.ts';
import { Iface } from '../values/iface.ts';
import type { SliceVal } from '../values/slice.ts';
import { argsOf, sprint, sprintf, sprintln } from './fmt.ts';
import { formatWithMethods, type MethodHook, type MethodResolver } from './fmt-methods.ts';
import { GoError, errorStringType, wrapErrorType, wrapErrorsType } from './errors.ts';
import { OsFile } from './os-file.ts';

type Render = (args: unknown[], hook: MethodHook | undefined, format: string) => string;

const renderers: Record<string, Render> = {
  Println: (args, hook) => sprintln(args, hook),
  Print: (args, hook) => sprint(args, hook),
  Printf: (args, hook, format) => sprintf(format, args, hook),
};

export function errorValue(msg: string, wrapped: unknown = null): Iface {
  return new Iface(wrapped === null ? errorStringType : Array.isArray(wrapped) ? wrapErrorsType : wrapErrorType, new GoError(msg, wrapped));
}

/** The arguments %w verbs name (Errorf wraps them). */
function wrappedArgs(format: string, args: unknown[]): unknown[] {
  const out: unknown[] = [];
  let n = 0;
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%') continue;
    i++;
    while (i < format.length && '+-# 0123456789.*'.includes(format[i])) i++;
    if (format[i] === '%') continue;
    if (format[i] === 'w' && args[n] instanceof Iface) out.push(args[n]);
    n++;
  }
  return out;
}

/** The fmt native for `name` (e.g. `fmt.Println`), or undefined when fmt has no such function here. */
export function fmtNative(name: string, resolver: MethodResolver | null): NativeFn | undefined {
  const fn = name.slice(4);
  // Print, Println, Printf to stdout; Fprint* to the writer in their first argument; Sprint* return the text.
  const base = fn[0] === 'F' || fn[0] === 'S' ? 'P' + fn.slice(2) : fn;
  const render = renderers[base];
  if (render) {
    const lead = fn[0] === 'F' ? 1 : 0;
    const formatted = base === 'Printf';
    return (m, _g, regs, a) => {
      const format = formatted ? (regs[a + 1 + lead] as string) : '';
      const args = argsOf(regs[a + 1 + lead + (formatted ? 1 : 0)] as SliceVal | null);
      const w = lead ? regs[a + 1] : null;
      return formatWithMethods(resolver, regs, a, (hook) => render(args, hook, format), (text) => {
        if (fn[0] === 'S') return [text, null];
        if (lead) {
          const target = w instanceof Iface ? w.v : null;
          if (target instanceof OsFile) m.write(target.fd, text);
          else if (w instanceof Iface && reflectTypeName(w.t) === '*strings.Builder') builderAppend(target as unknown[], text);
          else throw new Unsupported(`fmt.${fn} to a ${w instanceof Iface ? reflectTypeName(w.t) : 'nil writer'}: only os.Stdout, os.Stderr and *strings.Builder are supported yet`);
        } else m.write(1, text);
        return [text.length, null];
      });
    };
  }
  if (fn === 'Errorf') {
    return (_m, _g, regs, a) => {
      const format = regs[a + 1] as string;
      const args = argsOf(regs[a + 2] as SliceVal | null);
      // One %w makes a *fmt.wrapError (Unwrap() error); several a *fmt.wrapErrors (Unwrap() []error).
      const ws = format.includes('%w') ? wrappedArgs(format, args) : [];
      const wrapped = ws.length === 0 ? null : ws.length === 1 ? ws[0] : ws;
      return formatWithMethods(resolver, regs, a, (hook) => sprintf(format.replace(/%w/g, '%v'), args, hook), (text) => [errorValue(text, wrapped), null]);
    };
  }
  return undefined;
}
