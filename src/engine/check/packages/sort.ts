// Package sort: sorting slices and searching (Go 1.23 signatures).
import { definePackage } from './define-package.ts';

export const sortPackage = definePackage('sort', `
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}
func Float64s(x []float64)
func Ints(x []int)
func IntsAreSorted(x []int) bool
func Reverse(data Interface) Interface
func SearchStrings(a []string, x string) int
func Stable(data Interface)
func StringsAreSorted(x []string) bool

type IntSlice []int
func (x IntSlice) Len() int
func (x IntSlice) Less(i, j int) bool
func (p IntSlice) Search(x int) int
func (x IntSlice) Sort()
func (x IntSlice) Swap(i, j int)

type StringSlice []string
func (x StringSlice) Len() int
func (x StringSlice) Less(i, j int) bool
func (p StringSlice) Search(x string) int
func (x StringSlice) Sort()
func (x StringSlice) Swap(i, j int)
func Search(n int, f func(int) bool) int
func SearchInts(a []int, x int) int
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Sort(data Interface)
func Strings(x []string)
`);
