// Package maps: the generic map functions (Go 1.23), typed per call by generic-hook.ts.
//
// Declarations are written as in Go's src/maps/maps.go (gc's "cannot infer M" cites a column there);
// the numbers are their lines in Go 1.23. Keys, Values, All, Collect and Insert work with iterators
// (range-over-func), which the lab does not support: see unsupported.ts.
import { definePackage } from './define-package.ts';
import { genericHooks } from './generic-hook.ts';

export const mapsPackage = definePackage('maps', `
func Clone[M ~map[K]V, K comparable, V any](m M) M
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2)
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool)
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool
`, {}, genericHooks('maps.go', { Clone: 50, Copy: 62, DeleteFunc: 69, Equal: 17, EqualFunc: 31 }));
