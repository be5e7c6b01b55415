package main

import "maps"

func main() {
	{
		s := []int{1}
		_ = maps.Clone(s)
	}
	{
		m := map[string]int{}
		maps.Copy(m, map[int]int{})
	}
	{
		m := map[string]int{}
		maps.DeleteFunc(m, func(k string) bool { return true })
	}
	{
		_ = maps.Clone(nil)
	}
	{
		m := map[string]bool{}
		_ = maps.Equal(m, map[string]int{})
	}
}
