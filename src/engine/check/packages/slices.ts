// Package slices: the generic slice functions (Go 1.23), typed per call by generic-hook.ts.
//
// Each declaration is written exactly as in Go's source (same line layout), because gc's
// "cannot infer S ($GOROOT/src/slices/slices.go:348:12)" cites the type parameter's column there; the
// numbers below are those declarations' lines in Go 1.23's src/slices/slices.go and sort.go.
// The iterator functions (All, Values, Backward, Collect, Sorted, …) are left out: they need
// range-over-func, which the lab does not support (see unsupported.ts).
import { definePackage } from './define-package.ts';
import { genericHooks } from './generic-hook.ts';

/** sort.go holds the sorting and searching functions; everything else is in slices.go. */
const inSortGo: Record<string, number> = { BinarySearch: 126, IsSorted: 42, Max: 95, Min: 65, Sort: 16, SortFunc: 30, SortStableFunc: 37 };
const inSlicesGo: Record<string, number> = {
  Clone: 348, Compact: 358, Contains: 117, ContainsFunc: 123, Delete: 220, DeleteFunc: 236, Equal: 20, Index: 96,
  IndexFunc: 107, Insert: 134, Reverse: 466,
};
const sortGoHooks = genericHooks('sort.go', inSortGo);
const slicesGoHooks = genericHooks('slices.go', inSlicesGo);

export const slicesPackage = definePackage('slices', `
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool)
func Clone[S ~[]E, E any](s S) S
func Compact[S ~[]E, E comparable](s S) S
func Contains[S ~[]E, E comparable](s S, v E) bool
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool
func Delete[S ~[]E, E any](s S, i, j int) S
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S
func Equal[S ~[]E, E comparable](s1, s2 S) bool
func Index[S ~[]E, E comparable](s S, v E) int
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int
func Insert[S ~[]E, E any](s S, i int, v ...E) S
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool
func Max[S ~[]E, E cmp.Ordered](x S) E
func Min[S ~[]E, E cmp.Ordered](x S) E
func Reverse[S ~[]E, E any](s S)
func Sort[S ~[]E, E cmp.Ordered](x S)
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int)
`, {}, (decl, path) =>
  (decl.name in inSortGo ? sortGoHooks : slicesGoHooks)(decl, path),
);
