// Builds a StdPackage from its Go declaration text: the one way every table in this folder is made.
import type { StdPackage } from '../std-package.ts';
import { isExported } from '../predicates.ts';
import { newFunc, type GenericHook, type Obj } from '../types.ts';
import { readDecls, type DeclDeps, type GenericDecl } from './decl-reader.ts';
import { packageName } from '../type-string.ts';

/** Turns a generic function's declaration into the hook the checker calls for each call of it. */
export type HookFactory = (decl: GenericDecl, pkgPath: string) => GenericHook;

/** Each package's declaration text, by import path: the source of README.md's member list (see its test). */
export const declarationTexts = new Map<string, string>();

export function definePackage(path: string, text: string, deps: DeclDeps = {}, hook?: HookFactory): StdPackage {
  declarationTexts.set(path, text);
  const read = readDecls(path, text, deps);
  const members = new Map<string, Obj>();
  const internal = new Map<string, Obj>();
  for (const [name, obj] of read.all) (isExported(name) ? members : internal).set(name, obj);
  for (const g of read.generics) {
    if (!hook) throw new Error(`definePackage(${path}): generic ${g.name} needs a hook factory`);
    const fn = newFunc(g.name, g.sig, path);
    fn.generic = hook(g, path);
    members.set(g.name, fn);
  }
  return { path, name: packageName(path), members, ...(internal.size > 0 ? { internal } : {}) };
}
