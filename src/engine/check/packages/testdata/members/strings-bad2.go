package main

import "strings"

func main() {
	{
		var bad struct{}
		var a1 string
		_ = strings.Count(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_, _, _ = strings.Cut(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.EqualFold(bad, a1)
	}
	{
		var bad struct{}
		_ = strings.Fields(bad)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.HasPrefix(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.HasSuffix(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.Index(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.Join(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.LastIndex(bad, a1)
	}
}
