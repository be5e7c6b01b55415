package main

import "sort"

func main() {
	{
		var bad struct{}
		sort.Strings(bad)
	}
}
