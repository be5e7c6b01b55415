// Looks up the standard-library packages the lab supports (their descriptions live in packages/).
import { stdPackages } from './packages/index.ts';
import type { StdPackage } from './std-package.ts';

/** The supported package with this import path, or undefined. */
export function lookupStdPackage(path: string): StdPackage | undefined {
  return Object.prototype.hasOwnProperty.call(stdPackages, path) ? stdPackages[path] : undefined;
}

/** Import paths of all supported packages, sorted (for the "not supported" diagnostic's hint). */
export function supportedPackagePaths(): string[] {
  return Object.keys(stdPackages).sort();
}
