package main

import "strings"

func main() {
	{
		var bad struct{}
		var a1 int
		_ = strings.Repeat(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		var a2 string
		var a3 int
		_ = strings.Replace(bad, a1, a2, a3)
	}
	{
		var bad struct{}
		var a1 string
		var a2 string
		_ = strings.ReplaceAll(bad, a1, a2)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.Split(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		var a2 int
		_ = strings.SplitN(bad, a1, a2)
	}
	{
		var bad struct{}
		_ = strings.ToLower(bad)
	}
	{
		var bad struct{}
		_ = strings.ToUpper(bad)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.Trim(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.TrimLeft(bad, a1)
	}
}
