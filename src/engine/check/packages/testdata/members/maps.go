package main

import "maps"

func main() {
	{
		m := map[string]int{"a": 1}
		_ = maps.Clone(m)
		maps.Copy(m, m)
		maps.DeleteFunc(m, func(k string, v int) bool { return v > 1 })
		_ = maps.Equal(m, m)
		_ = maps.EqualFunc(m, m, func(a, b int) bool { return a == b })
		_ = maps.Keys(m)
		_ = maps.Values(m)
		var back map[string]int = maps.Collect(maps.All(m))
		_ = back
		maps.Insert(m, maps.All(m))
	}
}
