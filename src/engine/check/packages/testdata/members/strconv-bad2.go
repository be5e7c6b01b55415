package main

import "strconv"

func main() {
	{
		var bad struct{}
		var a1 int
		_, _ = strconv.ParseFloat(bad, a1)
	}
	{
		var bad struct{}
		var a1 int
		var a2 int
		_, _ = strconv.ParseUint(bad, a1, a2)
	}
	{
		var bad struct{}
		_, _ = strconv.Unquote(bad)
	}
}
