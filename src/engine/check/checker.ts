// The type checker's driver: checks one Go file (package main) and returns diagnostics and TypeInfo.
//
// Order of work, as go/types: collect package-level objects (any order), resolve types, attach
// methods, resolve the other declarations lazily, check function bodies, then report unused
// imports and compute the initialization order. Diagnostics are worded as Go 1.23's compiler.
import type { Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/source-file.ts';
import type { File, Ident } from '../syntax/ast.ts';
import { Checker } from './context.ts';
import { collectMethods, collectObjects, methodSignature, objDecl } from './decl.ts';
import { funcBody } from './func-body.ts';
import type { TypeInfo } from './info.ts';
import { computeInitOrder } from './init-order.ts';
import { reportUnusedImports } from './unused.ts';
import { checkValidTypes } from './valid-type.ts';
import { vetCopyLocks } from './vet/copylocks.ts';
import { stdAmbiguousDeps } from './std-deps.ts';
import { packageName, setAmbiguousPackageNames } from './type-string.ts';
import type { Obj, Signature } from './types.ts';

export function checkFile(file: SourceFile, ast: File, goMinor = 23): { diagnostics: Diagnostic[]; info: TypeInfo } {
  setAmbiguousPackageNames(ambiguousPackageNames(ast));
  try {
    return checkFileInternal(file, ast, goMinor);
  } finally {
    setAmbiguousPackageNames(new Set());
  }
}

/** Names shared by two packages among everything the imports reach: gc then prints quoted paths. */
function ambiguousPackageNames(ast: File): Set<string> {
  const paths = new Set<string>();
  for (const spec of ast.imports) {
    const path = spec.path.value.slice(1, -1);
    paths.add(path);
    for (const d of stdAmbiguousDeps[path] ?? []) paths.add(d);
  }
  const byName = new Map<string, number>();
  for (const p of paths) byName.set(packageName(p), (byName.get(packageName(p)) ?? 0) + 1);
  return new Set([...byName].filter(([, n]) => n > 1).map(([name]) => name));
}

function checkFileInternal(file: SourceFile, ast: File, goMinor: number): { diagnostics: Diagnostic[]; info: TypeInfo } {
  const c = new Checker(file, goMinor);
  c.info.defs.set(ast.name, null);
  const collected = collectObjects(c, ast);
  // An import path that names no package stops the go command before compilation: only those errors.
  const missing = c.diagnostics.filter((d) => d.code === 'package_not_in_std');
  if (missing.length > 0) return { diagnostics: missing, info: c.info };
  // Types first, so methods can be attached before anything looks them up.
  for (const o of collected.order) if (o.kind === 'TypeName') objDecl(c, o);
  const methods = collectMethods(c, collected.methods);
  const methodSigs = methods.map((m) => (m.obj ? methodSignature(c, m.decl, m.obj) : null));
  for (const o of collected.order) objDecl(c, o);
  // gc checks for invalid recursive types after package-level declarations (their initialisers
  // still see the declared struct) and before function bodies (which see an invalid type).
  checkValidTypes(c, collected.order);
  for (const f of c.later.splice(0)) f();
  // gc reports a missing body in a later phase, only when type checking found nothing else.
  const missingBodies: Ident[] = [];
  // Function bodies, in source order.
  const bodies: { pos: number; run: () => void }[] = [];
  for (const f of collected.funcs) {
    const d = f.decl;
    if (!f.obj) {
      markImportsUsed(c, d);
      continue;
    }
    const obj = f.obj;
    if (d.name.name === 'init' || d.name.name === '_') objDeclFunc(c, d, obj);
    const sig = obj.type as Signature;
    if ((d.name.name === 'main' || d.name.name === 'init') && (sig.params.vars.length > 0 || sig.results.vars.length > 0)) {
      c.error(d.name.name === 'main' ? 'main_has_args' : 'init_has_args', d.name);
    }
    if (!d.body) {
      missingBodies.push(d.name);
      continue;
    }
    const body = d.body;
    const pr = c.funcParams.get(d) ?? { params: [], results: [] };
    const info = c.decls.get(obj);
    bodies.push({
      pos: d.pos,
      run: () => {
        c.currentDecl = info ?? null;
        funcBody(c, sig, pr.params, pr.results, body, null);
        c.currentDecl = null;
      },
    });
  }
  methods.forEach((m, i) => {
    const s = methodSigs[i];
    const body = m.decl.body;
    if (!m.obj || !s) {
      markImportsUsed(c, m.decl);
      return;
    }
    if (!body) {
      missingBodies.push(m.decl.name);
      return;
    }
    const sig = m.obj.type;
    // Methods carry dependencies too: `var x = T{}.M()` is initialised after what M reads.
    const info = { obj: m.obj, decl: m.decl, init: null, typeExpr: null, iota: 0, deps: new Set<Obj>() };
    c.decls.set(m.obj, info);
    c.objState.set(m.obj, 'done');
    bodies.push({
      pos: m.decl.pos,
      run: () => {
        c.currentDecl = info;
        funcBody(c, sig, s.params, s.results, body, null);
        c.currentDecl = null;
      },
    });
  });
  bodies.sort((a, b) => a.pos - b.pos);
  for (const b of bodies) b.run();
  for (const f of c.later.splice(0)) f();
  reportUnusedImports(c);
  computeInitOrder(c, collected.order);
  if (!c.diagnostics.some((d) => d.severity === 'error')) for (const n of missingBodies) c.error('missing_function_body', n);
  // go vet runs only on a package that type-checks.
  if (!c.diagnostics.some((d) => d.severity === 'error')) c.diagnostics.push(...vetCopyLocks(ast, c.info));
  return { diagnostics: c.diagnostics, info: c.info };
}

/** init and _ functions are not in scope; resolve their signatures directly. */
function objDeclFunc(c: Checker, d: File['decls'][number], obj: { type: Signature }): void {
  if (d.kind !== 'FuncDecl') return;
  // Reuse the lazy path by registering a temporary declaration.
  const o = obj as unknown as Parameters<typeof objDecl>[1];
  if (!c.decls.has(o)) c.decls.set(o, { obj: o, decl: d, init: null, typeExpr: null, iota: 0, deps: new Set() });
  objDecl(c, o);
}

/**
 * A declaration the checker skips (a generic function or method, reported by the parser) still
 * uses the imports it names: mark them, so they are not reported as unused.
 */
function markImportsUsed(c: Checker, n: unknown): void {
  if (Array.isArray(n)) {
    for (const x of n) markImportsUsed(c, x);
    return;
  }
  if (!n || typeof n !== 'object') return;
  const node = n as { kind?: string; name?: unknown };
  if (node.kind === 'Ident' && typeof node.name === 'string') {
    const obj = c.fileScope.names.get(node.name);
    if (obj && obj.kind === 'PkgName') obj.used = true;
    return;
  }
  for (const v of Object.values(n)) if (v && typeof v === 'object') markImportsUsed(c, v);
}
