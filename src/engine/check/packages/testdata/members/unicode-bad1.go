package main

import "unicode"

func main() {
	{
		var bad struct{}
		_ = unicode.IsDigit(bad)
	}
	{
		var bad struct{}
		_ = unicode.IsLetter(bad)
	}
	{
		var bad struct{}
		_ = unicode.IsLower(bad)
	}
	{
		var bad struct{}
		_ = unicode.IsPunct(bad)
	}
	{
		var bad struct{}
		_ = unicode.IsSpace(bad)
	}
	{
		var bad struct{}
		_ = unicode.IsUpper(bad)
	}
	{
		var bad struct{}
		_ = unicode.ToLower(bad)
	}
	{
		var bad struct{}
		_ = unicode.ToUpper(bad)
	}
}
