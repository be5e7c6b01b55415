package main

import "errors"

func main() {
	{
		var a0 error
		var a1 any
		_ = errors.As(a0, a1)
	}
	{
		var a0 error
		var a1 error
		_ = errors.Is(a0, a1)
	}
	{
		var a0 error
		_ = errors.Join(a0)
	}
	{
		var a0 string
		_ = errors.New(a0)
	}
	{
		var a0 error
		_ = errors.Unwrap(a0)
	}
}
