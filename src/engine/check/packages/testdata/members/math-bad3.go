package main

import "math"

func main() {
	{
		var bad struct{}
		_ = math.Sin(bad)
	}
	{
		var bad struct{}
		_ = math.Sqrt(bad)
	}
	{
		var bad struct{}
		_ = math.Trunc(bad)
	}
	{
		var x int = math.Pi
		_ = x
	}
	{
		var u uint32 = math.MaxUint64
		_ = u
	}
	{
		var i int = math.MaxUint64
		_ = i
	}
}
