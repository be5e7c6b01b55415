package main

import "cmp"

func main() {
	{
		_ = cmp.Compare(true, false)
	}
	{
		_ = cmp.Compare(1, "a")
	}
	{
		_ = cmp.Compare(nil, nil)
	}
	{
		_ = cmp.Less(1, 2.5, 3)
	}
}
