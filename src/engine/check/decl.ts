// Package-level declarations: collecting objects (in any order), resolving them lazily on first
// use, methods, and the checks gc makes on main and init (go/types resolver.go and decl.go).
import { packageInVersion } from './std-since.ts';
import type { Expr, File, FuncDecl, GenDecl, ImportSpec, TypeSpec, ValueSpec } from '../syntax/ast.ts';
import type { Checker, DeclInfo } from './context.ts';
import { unknownValue } from './constant-value.ts';
import { expr } from './expr.ts';
import { exprString } from './expr-string.ts';
import { assignment } from './assignability.ts';
import { initVars, pendingType } from './assign.ts';
import { unquote } from './literals.ts';
import { operandString, isInvalidOperand } from './operand.ts';
import { isConstType } from './predicates.ts';
import type { Scope } from './scope.ts';
import { lookupStdPackage, supportedPackagePaths } from './std-registry.ts';
import { goStdPaths } from './std-paths.ts';
import { packageName, typeString } from './type-string.ts';
import { funcType, typExpr } from './typexpr.ts';
import {
  aliasView, unalias, invalidType, isInvalid, newConst, newNamed, newSignature, newVar, under,
  type Const, type Func, type Named, type Obj, type TypeName, type Var,
} from './types.ts';

// ---------------------------------------------------------------- shared helpers

/** A const spec without values repeats the previous spec's type and values (with its own iota). */
export function inheritedConstSpec(spec: ValueSpec, last: ValueSpec | null): { typeExpr: Expr | null; values: Expr[]; inherited: boolean } {
  if (spec.values.length > 0 || spec.type !== null || last === null) return { typeExpr: spec.type, values: spec.values, inherited: false };
  return { typeExpr: last.type, values: last.values, inherited: true };
}

/** gc's arity check for a value spec: `missing init expr for x` / `extra init expr`. */
export function arity(c: Checker, spec: ValueSpec, values: Expr[], isConst: boolean): void {
  const l = spec.names.length;
  const r = values.length;
  if (l < r) {
    if (values === spec.values) c.error('extra_init_expr', values[l], exprString(values[l]));
    else {
      const p = c.file.position(values[l].pos);
      c.error('extra_init_expr_at', spec, `${c.file.name}:${p.line}:${p.column}`);
    }
  } else if (l > r && (isConst || r !== 1)) {
    c.error('missing_init_expr', spec.names[r], spec.names[r].name);
  }
}

/** Checks a constant's type and initialiser in the context of its iota. */
export function constDecl(c: Checker, k: Const, typeExpr: Expr | null, init: Expr | null, iota: number, inherited = false): void {
  const savedIota = c.iota;
  const savedErrpos = c.errpos;
  c.iota = BigInt(iota);
  try {
    k.value = unknownValue;
    let typ = null;
    if (typeExpr) {
      typ = typExpr(c, typeExpr);
      if (!isConstType(typ)) {
        if (!isInvalid(under(typ))) c.error('invalid_const_type', typeExpr, typeString(typ));
        k.type = invalidType;
        return;
      }
    }
    if (!init) {
      k.type = typ ?? invalidType;
      return;
    }
    // An inherited initialiser's errors point at this constant's name (gc: errpos = obj.pos).
    if (inherited) c.errpos = k.pos;
    const x = expr(c, init);
    if (x.mode === 'invalid' || (typ && isInvalid(typ))) {
      k.type = invalidType;
      return;
    }
    if (x.mode !== 'constant') {
      c.error('const_not_constant', init, operandString(x));
      k.type = invalidType;
      return;
    }
    k.type = typ ?? x.type;
    assignment(c, x, k.type, 'constant declaration');
    if (isInvalidOperand(x)) return;
    k.value = x.value ?? unknownValue;
  } finally {
    c.iota = savedIota;
    c.errpos = savedErrpos;
  }
}

/** Declares a type (local types are resolved at once; package types lazily). */
export function declareTypeSpec(c: Checker, spec: TypeSpec, scope: Scope, local: boolean): TypeName {
  let obj: TypeName;
  if (spec.assign !== null) {
    obj = { kind: 'TypeName', name: spec.name.name, pkg: 'main', pos: spec.name.pos, type: invalidType, isAlias: true };
  } else {
    obj = newNamed(spec.name.name, 'main', null, spec.name.pos).obj;
  }
  c.info.defs.set(spec.name, spec.name.name === '_' ? null : obj);
  if (local) {
    // The name is in scope inside its own declaration (type T struct{ next *T }).
    if (spec.name.name !== '_') insertOrReport(c, scope, obj);
    resolveTypeSpec(c, obj, spec);
  } else if (spec.name.name !== '_') {
    insertOrReport(c, scope, obj);
    c.decls.set(obj, { obj, decl: spec, init: null, typeExpr: spec.type, iota: 0, deps: new Set() });
  }
  return obj;
}

function resolveTypeSpec(c: Checker, obj: TypeName, spec: TypeSpec): void {
  if (spec.typeParams) {
    // Generics are reported by the parser; keep the type quietly invalid.
    if (obj.type.kind === 'Named') obj.type.underlying = invalidType;
    else obj.type = invalidType;
    return;
  }
  const t = typExpr(c, spec.type);
  if (obj.isAlias) {
    obj.type = aliasView(t, obj);
    return;
  }
  const named = obj.type as Named;
  // A type defined as another named type takes its underlying type (not its methods).
  named.underlying = t.kind === 'Named' ? (t === named ? invalidType : (t.underlying ?? invalidType)) : t;
  if (t.kind === 'Named' && t.underlying === null) {
    // `type A B; type B A`: B is still being declared, so this is a cycle.
    named.underlying = invalidType;
    c.error('invalid_recursive_type_self', spec.name, spec.name.name);
  }
}

function insertOrReport(c: Checker, scope: Scope, obj: Obj): void {
  // spec: init and main (in package main) may only be declared as functions.
  if (scope === c.pkgScope && obj.kind !== 'Func' && (obj.name === 'init' || obj.name === 'main')) {
    c.error('must_be_func', { pos: obj.pos, end: obj.pos + obj.name.length }, obj.name);
    return;
  }
  const prev = scope.insert(obj);
  if (prev) {
    const p = c.file.position(prev.pos);
    c.error('redeclared', { pos: obj.pos, end: obj.pos + obj.name.length }, obj.name, `${c.file.name}:${p.line}:${p.column}`, obj.name);
  }
}

// ---------------------------------------------------------------- collection

export interface Collected {
  funcs: { decl: FuncDecl; obj: Func | null; params: Var[]; results: Var[] }[];
  methods: FuncDecl[];
  order: Obj[];
}

export function collectObjects(c: Checker, file: File): Collected {
  const out: Collected = { funcs: [], methods: [], order: [] };
  for (const spec of file.imports) importSpec(c, spec);
  const result = collectDecls(c, file, out);
  // A package-level name may not also be the name of an import.
  for (const { obj, spec } of c.importSpecs) {
    const alt = c.pkgScope.names.get(obj.name);
    if (!alt || obj.kind !== 'PkgName' || c.fileScope.names.get(obj.name) !== obj) continue;
    const p = c.file.position(spec.pos);
    c.error('declared_through_import', { pos: alt.pos, end: alt.pos + alt.name.length }, alt.name, packageName(obj.path), obj.path, `${c.file.name}:${p.line}:${p.column}`, obj.name);
  }
  return result;
}

function collectDecls(c: Checker, file: File, out: Collected): Collected {
  for (const d of file.decls) {
    if (d.kind === 'BadDecl') continue;
    if (d.kind === 'FuncDecl') {
      if (d.recv) {
        out.methods.push(d);
        continue;
      }
      const name = d.name.name;
      const obj: Func = { kind: 'Func', name, pkg: 'main', pos: d.name.pos, type: newSignature([], []) };
      c.info.defs.set(d.name, name === '_' ? null : obj);
      out.funcs.push({ decl: d, obj, params: [], results: [] });
      if (name === 'init' || name === '_') continue; // init cannot be referred to
      if (d.type.typeParams) {
        // A generic function: the parser reported it; its uses stay quiet.
        const v = newVar(name, invalidType, 'main', d.name.pos);
        v.isGlobal = true;
        v.used = true;
        insertOrReport(c, c.pkgScope, v);
        out.funcs[out.funcs.length - 1].obj = null;
        continue;
      }
      insertOrReport(c, c.pkgScope, obj);
      c.decls.set(obj, { obj, decl: d, init: null, typeExpr: null, iota: 0, deps: new Set() });
      out.order.push(obj);
      continue;
    }
    genDecl(c, d, out);
  }
  return out;
}

function importSpec(c: Checker, spec: ImportSpec): void {
  const path = unquote(spec.path.value.slice(1, -1));
  // A package newer than the chosen Go version is not in that toolchain's std.
  const pkg = packageInVersion(path, c.goMinor) ? lookupStdPackage(path) : undefined;
  if (!pkg) {
    if (goStdPaths.has(path) && packageInVersion(path, c.goMinor)) c.error('unsupported_package', spec.path, path, supportedPackagePaths().join(', '));
    else c.error('package_not_in_std', spec.path, path, path);
    // Declare the name anyway, so uses of it are not reported as undefined.
    const name = spec.name?.name ?? path.slice(path.lastIndexOf('/') + 1);
    if (name !== '_' && name !== '.') {
      const v = newVar(name, invalidType, 'main', spec.pos);
      v.used = true;
      c.fileScope.insert(v);
    }
    return;
  }
  const name = spec.name?.name ?? pkg.name;
  if (name === '_') return;
  if (name === '.') {
    for (const m of pkg.members.values()) c.fileScope.insert(m);
    return;
  }
  const obj: Obj = { kind: 'PkgName', name, pkg: 'main', pos: spec.pos, type: invalidType, path, used: false };
  if (spec.name) c.info.defs.set(spec.name, obj);
  c.imports.set(obj, pkg);
  const prev = c.fileScope.insert(obj);
  if (prev) {
    const p = c.file.position(prev.pos);
    c.error('redeclared', spec.name ?? spec.path, name, `${c.file.name}:${p.line}:${p.column}`, name);
  }
  c.importSpecs.push({ obj, spec });
}

function genDecl(c: Checker, d: GenDecl, out: Collected): void {
  let last: ValueSpec | null = null;
  for (const spec of d.specs) {
    if (spec.kind === 'TypeSpec') {
      const obj = declareTypeSpec(c, spec, c.pkgScope, false);
      if (c.decls.has(obj)) out.order.push(obj);
      continue;
    }
    if (spec.kind !== 'ValueSpec') continue;
    if (d.tok === 'CONST') {
      const { typeExpr, values, inherited } = inheritedConstSpec(spec, last);
      if (!inherited) last = spec;
      arity(c, spec, values, true);
      spec.names.forEach((n, i) => {
        const k = newConst(n.name, invalidType, unknownValue, 'main', n.pos);
        c.info.defs.set(n, n.name === '_' ? null : k);
        const info: DeclInfo = { obj: k, decl: spec, init: values[i] ?? null, typeExpr, iota: spec.iota, deps: new Set(), inherited };
        if (n.name !== '_') insertOrReport(c, c.pkgScope, k);
        c.decls.set(k, info);
        out.order.push(k);
      });
    } else if (d.tok === 'VAR') {
      const vars = spec.names.map((n) => {
        const v = newVar(n.name, pendingType, 'main', n.pos);
        v.isGlobal = true;
        c.info.defs.set(n, n.name === '_' ? null : v);
        return v;
      });
      vars.forEach((v, i) => {
        const info: DeclInfo = { obj: v, decl: spec, init: spec.values.length === 1 ? spec.values[0] : (spec.values[i] ?? null), typeExpr: spec.type, iota: 0, deps: new Set() };
        if (spec.values.length === 1 && vars.length > 1) info.lhs = vars;
        if (v.name !== '_') insertOrReport(c, c.pkgScope, v);
        c.decls.set(v, info);
        out.order.push(v);
      });
      if (spec.type === null || spec.values.length > 0) arity(c, spec, spec.values, false);
    }
  }
}

// ---------------------------------------------------------------- lazy resolution

/** Resolves a package-level object's type (and value) if not done yet. */
export function objDecl(c: Checker, obj: Obj): void {
  const info = c.decls.get(obj);
  if (!info) return;
  const state = c.objState.get(obj);
  if (state === 'done') return;
  if (state === 'resolving') {
    // Types may refer to themselves through pointers, slices, maps, funcs; values may not.
    // A cycle through variable and constant initialisers is reported by the initialization order.
    if (obj.kind === 'Var' && obj.type === pendingType) obj.type = invalidType;
    return;
  }
  c.objState.set(obj, 'resolving');
  // Resolve in the package's context, whatever the checker was doing when it met the name.
  const saved = { scope: c.scope, func: c.func, iota: c.iota, decl: c.currentDecl };
  c.scope = c.fileScope;
  c.func = null;
  c.iota = null;
  c.currentDecl = info;
  const savedErrpos = c.errpos;
  c.errpos = null;
  try {
    switch (obj.kind) {
      case 'TypeName':
        resolveTypeSpec(c, obj, info.decl as TypeSpec);
        break;
      case 'Const':
        constDecl(c, obj, info.typeExpr, info.init, info.iota, info.inherited === true);
        break;
      case 'Var':
        varDecl(c, obj, info);
        break;
      case 'Func': {
        const d = info.decl as FuncDecl;
        const { sig, params, results } = funcType(c, d.type, null);
        obj.type = sig;
        c.funcParams.set(d, { params, results });
        break;
      }
      default:
        break;
    }
  } finally {
    c.scope = saved.scope;
    c.func = saved.func;
    c.iota = saved.iota;
    c.currentDecl = saved.decl;
    c.errpos = savedErrpos;
    c.objState.set(obj, 'done');
  }
}

function varDecl(c: Checker, v: Var, info: DeclInfo): void {
  const spec = info.decl as ValueSpec;
  const lhs = info.lhs;
  if (lhs) {
    // `var a, b = f()`: one initialiser for all; resolve them together.
    for (const o of lhs) c.objState.set(o, 'resolving');
    if (spec.type) {
      const t = typExpr(c, spec.type);
      for (const o of lhs) o.type = t;
    }
    initVars(c, lhs, spec.values, null);
    for (const o of lhs) {
      if (o.type === pendingType) o.type = invalidType;
      c.objState.set(o, 'done');
    }
    return;
  }
  if (spec.type) v.type = typExpr(c, spec.type);
  if (info.init) initVars(c, [v], [info.init], null, 'variable declaration');
  else if (!spec.type) v.type = invalidType;
  if (v.type === pendingType) v.type = invalidType;
}

// ---------------------------------------------------------------- methods

export function collectMethods(c: Checker, methods: FuncDecl[]): { decl: FuncDecl; obj: Func | null }[] {
  const out: { decl: FuncDecl; obj: Func | null }[] = [];
  for (const d of methods) {
    const recvField = d.recv!.list[0];
    let te: Expr | null = recvField ? recvField.type : null;
    while (te && te.kind === 'ParenExpr') te = te.x;
    if (te && te.kind === 'StarExpr') {
      te = te.x;
      while (te.kind === 'ParenExpr') te = te.x;
    }
    if (!recvField || d.type.typeParams || (te && te.kind === 'IndexExpr')) {
      out.push({ decl: d, obj: null }); // a method of a generic type: reported by the parser
      continue;
    }
    // Evaluate the receiver type in the package context (this also marks imports as used).
    const saved = c.scope;
    c.scope = c.fileScope;
    const rt = typExpr(c, recvField.type);
    c.scope = saved;
    const at = recvField.names[0] ?? recvField.type;
    const ptr = rt.kind === 'Pointer';
    const baseT = rt.kind === 'Pointer' ? rt.elem : rt;
    // A method whose receiver is wrong is attached to no type, but its body is still checked.
    if (isInvalid(rt)) {
      out.push({ decl: d, obj: detached(d, ptr) });
      continue;
    }
    if (baseT.kind === 'Basic' || (baseT.kind === 'Named' && baseT.obj.pkg !== 'main')) {
      c.error('non_local_method', at, typeString(baseT));
      out.push({ decl: d, obj: detached(d, ptr) });
      continue;
    }
    if (baseT.kind !== 'Named') {
      // gc names the receiver type as written (an alias keeps its name).
      c.error('invalid_receiver', at, te ? exprString(te) : typeString(rt));
      out.push({ decl: d, obj: detached(d, ptr) });
      continue;
    }
    const named: Named = baseT;
    const u = under(named);
    if (u.kind === 'Pointer' || u.kind === 'Interface') {
      c.error('invalid_receiver_kind', at, typeString(unalias(named)));
      out.push({ decl: d, obj: detached(d, ptr) });
      continue;
    }
    const name = d.name.name;
    const m: Func = { kind: 'Func', name, pkg: 'main', pos: d.name.pos, type: newSignature([], []), ptrRecv: ptr };
    c.info.defs.set(d.name, m);
    if (name !== '_') {
      const dup = named.methods.find((x) => x.name === name);
      if (dup) {
        const p = c.file.position(dup.pos);
        c.error('method_redeclared', d.name, named.obj.name, name, `${c.file.name}:${p.line}:${p.column}`);
        out.push({ decl: d, obj: detached(d, ptr) });
        continue;
      }
      if (u.kind === 'Struct') {
        const f = u.fields.find((x) => x.name === name);
        if (f) {
          const p = c.file.position(f.pos);
          c.error('field_and_method', d.name, name, `${c.file.name}:${p.line}:${p.column}`, name);
          out.push({ decl: d, obj: detached(d, ptr) });
          continue;
        }
      }
      named.methods.push(m);
    }
    out.push({ decl: d, obj: m });
  }
  return out;
}

/** A method object for a declaration that could not be attached to its receiver type. */
function detached(d: FuncDecl, ptrRecv: boolean): Func {
  return { kind: 'Func', name: d.name.name, pkg: 'main', pos: d.name.pos, type: newSignature([], []), ptrRecv };
}

/** Resolves a method's signature (receiver + parameters) in the package context. */
export function methodSignature(c: Checker, d: FuncDecl, m: Func): { params: Var[]; results: Var[]; recv: Var | null } {
  const saved = c.scope;
  c.scope = c.fileScope;
  const recvField = d.recv!.list[0];
  const rt = typExpr(c, recvField.type);
  const rname = recvField.names[0];
  const recv = newVar(rname ? rname.name : '', rt, 'main', rname ? rname.pos : recvField.pos);
  recv.isParam = true;
  if (rname) c.info.defs.set(rname, rname.name === '_' ? null : recv);
  const { sig, params, results } = funcType(c, d.type, recv);
  m.type = sig;
  c.scope = saved;
  return { params, results, recv };
}

export type { GenDecl, TypeName };
