package main

import "math"

func main() {
	{
		var bad struct{}
		_ = math.Abs(bad)
	}
	{
		var bad struct{}
		_ = math.Ceil(bad)
	}
	{
		var bad struct{}
		_ = math.Cos(bad)
	}
	{
		var bad struct{}
		_ = math.Exp(bad)
	}
	{
		var bad struct{}
		_ = math.Floor(bad)
	}
	{
		var bad struct{}
		var a1 float64
		_ = math.Hypot(bad, a1)
	}
	{
		var bad struct{}
		_ = math.Inf(bad)
	}
	{
		var bad struct{}
		var a1 int
		_ = math.IsInf(bad, a1)
	}
	{
		var bad struct{}
		_ = math.IsNaN(bad)
	}
}
