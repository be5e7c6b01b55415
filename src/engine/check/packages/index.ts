// The standard packages the lab supports, by import path: what check/std-registry.ts looks up.
import type { StdPackage } from '../std-package.ts';
import { atomicPackage } from './atomic.ts';
import { errorsPackage } from './errors.ts';
import { fmtPackage } from './fmt.ts';
import { fnvPackage, hashPackage } from './hash.ts';
import { ioPackage } from './io.ts';
import { mapsPackage } from './maps.ts';
import { osPackage } from './os.ts';
import { randPackage } from './rand.ts';
import { slicesPackage } from './slices.ts';
import { sortPackage } from './sort.ts';
import { strconvPackage } from './strconv.ts';
import { stringsPackage } from './strings.ts';
import { syncPackage } from './sync.ts';
import { timePackage } from './time.ts';

const all: StdPackage[] = [
  atomicPackage, errorsPackage, fmtPackage, fnvPackage, hashPackage, ioPackage, mapsPackage, osPackage, randPackage,
  slicesPackage, sortPackage, strconvPackage, stringsPackage, syncPackage, timePackage,
];

export const stdPackages: Record<string, StdPackage> = Object.fromEntries(all.map((p) => [p.path, p]));
