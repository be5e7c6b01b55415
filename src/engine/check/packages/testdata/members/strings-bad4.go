package main

import "strings"

func main() {
	{
		var bad struct{}
		var a1 string
		_ = strings.TrimPrefix(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.TrimRight(bad, a1)
	}
	{
		var bad struct{}
		_ = strings.TrimSpace(bad)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.TrimSuffix(bad, a1)
	}
	{
		var bad struct{}
		_ = strings.Title(bad)
	}
}
