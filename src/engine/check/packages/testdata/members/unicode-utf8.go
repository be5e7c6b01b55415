package main

import "unicode/utf8"

func main() {
	{
		_ = utf8.RuneError
	}
	{
		_ = utf8.RuneSelf
	}
	{
		_ = utf8.UTFMax
	}
	{
		var a0 string
		_, _ = utf8.DecodeRuneInString(a0)
	}
	{
		var a0 []byte
		var a1 rune
		_ = utf8.EncodeRune(a0, a1)
	}
	{
		var a0 string
		_ = utf8.RuneCountInString(a0)
	}
	{
		var a0 rune
		_ = utf8.RuneLen(a0)
	}
	{
		var a0 string
		_ = utf8.ValidString(a0)
	}
}
