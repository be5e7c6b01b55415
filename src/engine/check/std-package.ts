// The description of a supported standard-library package, as the checker consumes it.
//
// Each check/packages/<pkg>.ts exports one StdPackage; check/packages/index.ts collects them in
// `stdPackages` (import path → package). Members are ordinary objects built with the constructors
// in types.ts (newFunc, newNamed + addMethod, newVar, newConst). Generic functions, which the
// checker cannot express, are Func objects carrying a `generic` hook (see GenericHook in types.ts):
// the checker asks the hook for the signature that applies to a call's argument types.
import type { Obj } from './types.ts';

export interface StdPackage {
  /** Import path, e.g. "sync/atomic". */
  path: string;
  /** Package name, e.g. "atomic". */
  name: string;
  /** Exported members by name. */
  members: ReadonlyMap<string, Obj>;
  /** Unexported declarations (e.g. the concrete types behind hash/fnv's interfaces), for the runtime. */
  internal?: ReadonlyMap<string, Obj>;
}
