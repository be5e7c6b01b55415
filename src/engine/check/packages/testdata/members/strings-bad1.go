package main

import "strings"

func main() {
	{
		var x strings.Builder
		var bad struct{}
		x.Grow(bad)
	}
	{
		var x strings.Builder
		var bad struct{}
		_, _ = x.Write(bad)
	}
	{
		var x strings.Builder
		var bad struct{}
		_ = x.WriteByte(bad)
	}
	{
		var x strings.Builder
		var bad struct{}
		_, _ = x.WriteRune(bad)
	}
	{
		var x strings.Builder
		var bad struct{}
		_, _ = x.WriteString(bad)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.Compare(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.Contains(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		_ = strings.ContainsAny(bad, a1)
	}
	{
		var bad struct{}
		var a1 rune
		_ = strings.ContainsRune(bad, a1)
	}
}
