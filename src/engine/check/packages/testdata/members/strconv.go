package main

import "strconv"

func main() {
	{
		var _ strconv.NumError
	}
	{
		var x strconv.NumError
		_ = x.Error()
	}
	{
		var x strconv.NumError
		_ = x.Unwrap()
	}
	{
		var a0 string
		_, _ = strconv.Atoi(a0)
	}
	{
		var a0 bool
		_ = strconv.FormatBool(a0)
	}
	{
		var a0 int64
		var a1 int
		_ = strconv.FormatInt(a0, a1)
	}
	{
		var a0 int
		_ = strconv.Itoa(a0)
	}
	{
		var a0 string
		_, _ = strconv.ParseBool(a0)
	}
	{
		var a0 string
		var a1 int
		var a2 int
		_, _ = strconv.ParseInt(a0, a1, a2)
	}
	{
		var a0 string
		_ = strconv.Quote(a0)
	}
	{
		var a0 float64
		var a1 byte
		var a2 int
		var a3 int
		_ = strconv.FormatFloat(a0, a1, a2, a3)
	}
	{
		var a0 uint64
		var a1 int
		_ = strconv.FormatUint(a0, a1)
	}
	{
		var a0 string
		var a1 int
		_, _ = strconv.ParseFloat(a0, a1)
	}
	{
		var a0 string
		var a1 int
		var a2 int
		_, _ = strconv.ParseUint(a0, a1, a2)
	}
	{
		var a0 string
		_, _ = strconv.Unquote(a0)
	}
	{
		_ = strconv.ErrRange
	}
	{
		_ = strconv.ErrSyntax
	}
}
