package main

import "unicode/utf8"

func main() {
	{
		var bad struct{}
		_, _ = utf8.DecodeRuneInString(bad)
	}
	{
		var bad struct{}
		var a1 rune
		_ = utf8.EncodeRune(bad, a1)
	}
	{
		var bad struct{}
		_ = utf8.RuneCountInString(bad)
	}
	{
		var bad struct{}
		_ = utf8.RuneLen(bad)
	}
	{
		var bad struct{}
		_ = utf8.ValidString(bad)
	}
	{
		var b byte = utf8.RuneError
		_ = b
	}
}
