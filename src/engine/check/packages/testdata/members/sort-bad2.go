package main

import "sort"

func main() {
	{
		var bad struct{}
		_ = sort.Reverse(bad)
	}
	{
		var bad struct{}
		var a1 string
		_ = sort.SearchStrings(bad, a1)
	}
	{
		var bad struct{}
		sort.Stable(bad)
	}
	{
		var bad struct{}
		_ = sort.StringsAreSorted(bad)
	}
	{
		var bad struct{}
		var a1 func(int) bool
		_ = sort.Search(bad, a1)
	}
	{
		var bad struct{}
		var a1 int
		_ = sort.SearchInts(bad, a1)
	}
	{
		var a0 any
		var bad struct{}
		sort.Slice(a0, bad)
	}
	{
		var a0 any
		var bad struct{}
		sort.SliceStable(a0, bad)
	}
	{
		var bad struct{}
		sort.Sort(bad)
	}
}
