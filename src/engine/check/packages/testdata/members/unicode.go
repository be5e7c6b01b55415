package main

import "unicode"

func main() {
	{
		var a0 rune
		_ = unicode.IsDigit(a0)
	}
	{
		var a0 rune
		_ = unicode.IsLetter(a0)
	}
	{
		var a0 rune
		_ = unicode.IsLower(a0)
	}
	{
		var a0 rune
		_ = unicode.IsPunct(a0)
	}
	{
		var a0 rune
		_ = unicode.IsSpace(a0)
	}
	{
		var a0 rune
		_ = unicode.IsUpper(a0)
	}
	{
		var a0 rune
		_ = unicode.ToLower(a0)
	}
	{
		var a0 rune
		_ = unicode.ToUpper(a0)
	}
}
