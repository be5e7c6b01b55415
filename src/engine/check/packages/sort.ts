// Package sort: sorting slices and searching (Go 1.23 signatures).
import { definePackage } from './define-package.ts';

export const sortPackage = definePackage('sort', `
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}
func Ints(x []int)
func Search(n int, f func(int) bool) int
func SearchInts(a []int, x int) int
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Sort(data Interface)
func Strings(x []string)
`);
