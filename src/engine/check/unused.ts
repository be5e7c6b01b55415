// "declared and not used" for local variables and "imported and not used" for imports.
import type { Checker, FuncContext } from './context.ts';
import { goQuote } from './constant-value.ts';

export function reportUnusedVars(c: Checker, f: FuncContext): void {
  for (const v of f.locals) {
    if (!v.used && v.name !== '_') c.softError('unused_variable', { pos: v.pos, end: v.pos + v.name.length }, v.name);
  }
}

export function reportUnusedImports(c: Checker): void {
  for (const { obj, spec } of c.importSpecs) {
    if (obj.kind !== 'PkgName' || obj.used) continue;
    const path = obj.path;
    const elem = path.slice(path.lastIndexOf('/') + 1);
    if (obj.name === elem) c.softError('unused_import', spec, goQuote(path));
    else c.softError('unused_import_as', spec, goQuote(path), obj.name);
  }
}
