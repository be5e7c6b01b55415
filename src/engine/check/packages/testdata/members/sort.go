package main

import "sort"

func main() {
	{
		var _ sort.Interface
	}
	{
		var _ sort.IntSlice
	}
	{
		var x sort.IntSlice
		_ = x.Len()
	}
	{
		var x sort.IntSlice
		var a0 int
		var a1 int
		_ = x.Less(a0, a1)
	}
	{
		var x sort.IntSlice
		var a0 int
		_ = x.Search(a0)
	}
	{
		var x sort.IntSlice
		x.Sort()
	}
	{
		var x sort.IntSlice
		var a0 int
		var a1 int
		x.Swap(a0, a1)
	}
	{
		var _ sort.StringSlice
	}
	{
		var x sort.StringSlice
		_ = x.Len()
	}
	{
		var x sort.StringSlice
		var a0 int
		var a1 int
		_ = x.Less(a0, a1)
	}
	{
		var x sort.StringSlice
		var a0 string
		_ = x.Search(a0)
	}
	{
		var x sort.StringSlice
		x.Sort()
	}
	{
		var x sort.StringSlice
		var a0 int
		var a1 int
		x.Swap(a0, a1)
	}
	{
		var a0 []float64
		sort.Float64s(a0)
	}
	{
		var a0 []int
		sort.Ints(a0)
	}
	{
		var a0 []int
		_ = sort.IntsAreSorted(a0)
	}
	{
		var a0 sort.Interface
		_ = sort.Reverse(a0)
	}
	{
		var a0 []string
		var a1 string
		_ = sort.SearchStrings(a0, a1)
	}
	{
		var a0 sort.Interface
		sort.Stable(a0)
	}
	{
		var a0 []string
		_ = sort.StringsAreSorted(a0)
	}
	{
		var a0 int
		var a1 func(int) bool
		_ = sort.Search(a0, a1)
	}
	{
		var a0 []int
		var a1 int
		_ = sort.SearchInts(a0, a1)
	}
	{
		var a0 any
		var a1 func(i int, j int) bool
		sort.Slice(a0, a1)
	}
	{
		var a0 any
		var a1 func(i int, j int) bool
		sort.SliceStable(a0, a1)
	}
	{
		var a0 sort.Interface
		sort.Sort(a0)
	}
	{
		var a0 []string
		sort.Strings(a0)
	}
}
