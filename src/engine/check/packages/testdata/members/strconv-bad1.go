package main

import "strconv"

func main() {
	{
		var bad struct{}
		_, _ = strconv.Atoi(bad)
	}
	{
		var bad struct{}
		_ = strconv.FormatBool(bad)
	}
	{
		var bad struct{}
		var a1 int
		_ = strconv.FormatInt(bad, a1)
	}
	{
		var bad struct{}
		_ = strconv.Itoa(bad)
	}
	{
		var bad struct{}
		_, _ = strconv.ParseBool(bad)
	}
	{
		var bad struct{}
		var a1 int
		var a2 int
		_, _ = strconv.ParseInt(bad, a1, a2)
	}
	{
		var bad struct{}
		_ = strconv.Quote(bad)
	}
	{
		var bad struct{}
		var a1 byte
		var a2 int
		var a3 int
		_ = strconv.FormatFloat(bad, a1, a2, a3)
	}
	{
		var bad struct{}
		var a1 int
		_ = strconv.FormatUint(bad, a1)
	}
}
