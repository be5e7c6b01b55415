// Package maps: the generic map functions (Go 1.23), typed per call by generic-hook.ts.
//
// Declarations are written as in Go's src/maps (gc's "cannot infer M" cites a column there); `where`
// gives each one's file and line in Go 1.23. Keys, Values and All return iterators (see iter.ts):
// `slices.Sorted(maps.Keys(m))` works; `for k := range maps.Keys(m)` needs range-over-func.
import { definePackage } from './define-package.ts';
import { genericHooks } from './generic-hook.ts';

const where: Record<string, string> = {
  Clone: 'maps.go:50', Copy: 'maps.go:62', DeleteFunc: 'maps.go:69', Equal: 'maps.go:17', EqualFunc: 'maps.go:31',
  All: 'iter.go:12', Keys: 'iter.go:25', Values: 'iter.go:38', Insert: 'iter.go:50', Collect: 'iter.go:58',
};

export const mapsPackage = definePackage('maps', `
func All[Map ~map[K]V, K comparable, V any](m Map) iter.Seq2[K, V]
func Clone[M ~map[K]V, K comparable, V any](m M) M
func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V
func Copy[M1 ~map[K]V, M2 ~map[K]V, K comparable, V any](dst M1, src M2)
func DeleteFunc[M ~map[K]V, K comparable, V any](m M, del func(K, V) bool)
func Equal[M1, M2 ~map[K]V, K, V comparable](m1 M1, m2 M2) bool
func EqualFunc[M1 ~map[K]V1, M2 ~map[K]V2, K comparable, V1, V2 any](m1 M1, m2 M2, eq func(V1, V2) bool) bool
func Insert[Map ~map[K]V, K comparable, V any](m Map, seq iter.Seq2[K, V])
func Keys[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[K]
func Values[Map ~map[K]V, K comparable, V any](m Map) iter.Seq[V]
`, {}, genericHooks(where));
