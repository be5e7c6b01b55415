package main

import "slices"

func main() {
	{
		_ = slices.Contains(5, 1)
	}
	{
		s := []int{1}
		_ = slices.Contains(s, "a")
	}
	{
		s := []int{1}
		_ = slices.Contains(s)
	}
	{
		slices.Sort([]bool{true})
	}
	{
		m := map[string]int{}
		slices.Sort(m)
	}
	{
		_ = slices.Clone(nil)
	}
	{
		s := []int{1}
		_ = slices.Equal(s, []string{})
	}
	{
		s := []int{1}
		slices.SortFunc(s, func(a, b int) bool { return a < b })
	}
	{
		_ = slices.Index([][]int{}, nil)
	}
}
