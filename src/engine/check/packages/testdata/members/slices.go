package main

import "slices"

func main() {
	{
		s := []int{3, 1, 2}
		_, _ = slices.BinarySearch(s, 2)
		_ = slices.Clone(s)
		_ = slices.Compact(s)
		_ = slices.Contains(s, 1)
		_ = slices.ContainsFunc(s, func(x int) bool { return x > 1 })
		_ = slices.Delete(s, 0, 1)
		_ = slices.DeleteFunc(s, func(x int) bool { return x > 1 })
		_ = slices.Equal(s, s)
		_ = slices.Index(s, 1)
		_ = slices.IndexFunc(s, func(x int) bool { return x > 1 })
		_ = slices.Insert(s, 0, 4, 5)
		_ = slices.Insert(s, 0, s...)
		_ = slices.IsSorted(s)
		_ = slices.Max(s)
		_ = slices.Min(s)
		slices.Reverse(s)
		slices.Sort(s)
		slices.SortFunc(s, func(a, b int) int { return a - b })
		slices.SortStableFunc(s, func(a, b int) int { return a - b })
		var sorted []int = slices.Sorted(slices.Values(s))
		_ = sorted
		_ = slices.SortedFunc(slices.Values(s), func(a, b int) int { return a - b })
		_ = slices.Collect(slices.Values(s))
		_ = slices.AppendSeq(s, slices.Values(s))
		_ = slices.All(s)
		_ = slices.Backward(s)
	}
	{
		type Names []string
		var n Names
		var again Names = slices.Clone(n)
		_ = again
		slices.Sort(n)
	}
}
