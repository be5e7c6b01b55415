package main

import "errors"

func main() {
	{
		var bad struct{}
		var a1 any
		_ = errors.As(bad, a1)
	}
	{
		var bad struct{}
		var a1 error
		_ = errors.Is(bad, a1)
	}
	{
		var bad struct{}
		_ = errors.Join(bad)
	}
	{
		var bad struct{}
		_ = errors.New(bad)
	}
	{
		var bad struct{}
		_ = errors.Unwrap(bad)
	}
}
