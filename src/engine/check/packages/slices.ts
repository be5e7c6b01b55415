// Package slices: the generic slice functions (Go 1.23), typed per call by generic-hook.ts.
//
// Each declaration is written exactly as in Go's source (same layout), because gc's
// "cannot infer S ($GOROOT/src/slices/slices.go:348:12)" cites the type parameter's column there;
// `where` gives the file and line in Go 1.23. The iterator functions (All, Values, Collect, Sorted, …)
// are here too: calling them needs no range-over-func (see iter.ts), only ranging over their result does.
import { definePackage } from './define-package.ts';
import { genericHooks } from './generic-hook.ts';

const where: Record<string, string> = {
  All: 'iter.go:14', Backward: 'iter.go:26', Values: 'iter.go:37', AppendSeq: 'iter.go:49', Collect: 'iter.go:57',
  Sorted: 'iter.go:63', SortedFunc: 'iter.go:71', SortedStableFunc: 'iter.go:81',
  BinarySearch: 'sort.go:126', IsSorted: 'sort.go:42', Max: 'sort.go:95', Min: 'sort.go:65', Sort: 'sort.go:16',
  SortFunc: 'sort.go:30', SortStableFunc: 'sort.go:37',
  Clone: 'slices.go:348', Compact: 'slices.go:358', Contains: 'slices.go:117', ContainsFunc: 'slices.go:123',
  Delete: 'slices.go:220', DeleteFunc: 'slices.go:236', Equal: 'slices.go:20', Index: 'slices.go:96',
  IndexFunc: 'slices.go:107', Insert: 'slices.go:134', Reverse: 'slices.go:466',
};

export const slicesPackage = definePackage('slices', `
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E]
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E]
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool)
func Clone[S ~[]E, E any](s S) S
func Collect[E any](seq iter.Seq[E]) []E
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
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E]
`, {}, genericHooks(where));
