package main

import "sort"

func main() {
	{
		var x sort.IntSlice
		var bad struct{}
		var a1 int
		_ = x.Less(bad, a1)
	}
	{
		var x sort.IntSlice
		var bad struct{}
		_ = x.Search(bad)
	}
	{
		var x sort.IntSlice
		var bad struct{}
		var a1 int
		x.Swap(bad, a1)
	}
	{
		var x sort.StringSlice
		var bad struct{}
		var a1 int
		_ = x.Less(bad, a1)
	}
	{
		var x sort.StringSlice
		var bad struct{}
		_ = x.Search(bad)
	}
	{
		var x sort.StringSlice
		var bad struct{}
		var a1 int
		x.Swap(bad, a1)
	}
	{
		var bad struct{}
		sort.Float64s(bad)
	}
	{
		var bad struct{}
		sort.Ints(bad)
	}
	{
		var bad struct{}
		_ = sort.IntsAreSorted(bad)
	}
}
