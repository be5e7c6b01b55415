package main

import "cmp"

func main() {
	{
		_ = cmp.Compare(1, 2)
		_ = cmp.Less("a", "b")
		var f float64 = cmp.Or(0, 1.5)
		_ = f
	}
}
