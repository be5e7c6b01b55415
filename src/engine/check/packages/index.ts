// The standard packages the lab supports, by import path: what check/std-registry.ts looks up.
import type { StdPackage } from '../std-package.ts';
import { atomicPackage } from './atomic.ts';
import { cmpPackage } from './cmp.ts';
import { errorsPackage } from './errors.ts';
import { fmtPackage } from './fmt.ts';
import { fnvPackage, hashPackage } from './hash.ts';
import { ioPackage } from './io.ts';
import { mapsPackage } from './maps.ts';
import { mathPackage } from './math.ts';
import { osPackage } from './os.ts';
import { randPackage } from './rand.ts';
import { runtimePackage } from './runtime.ts';
import { slicesPackage } from './slices.ts';
import { sortPackage } from './sort.ts';
import { strconvPackage } from './strconv.ts';
import { stringsPackage } from './strings.ts';
import { syncPackage } from './sync.ts';
import { timePackage } from './time.ts';
import { unicodePackage, utf8Package } from './unicode.ts';

const all: StdPackage[] = [
  atomicPackage, cmpPackage, errorsPackage, fmtPackage, fnvPackage, hashPackage, ioPackage, mapsPackage, mathPackage,
  osPackage, randPackage, runtimePackage, slicesPackage, sortPackage, strconvPackage, stringsPackage, syncPackage,
  timePackage, unicodePackage, utf8Package,
];

export const stdPackages: Record<string, StdPackage> = Object.fromEntries(all.map((p) => [p.path, p]));
