package main

import "math"

func main() {
	{
		var bad struct{}
		_ = math.Log(bad)
	}
	{
		var bad struct{}
		_ = math.Log10(bad)
	}
	{
		var bad struct{}
		_ = math.Log2(bad)
	}
	{
		var bad struct{}
		var a1 float64
		_ = math.Max(bad, a1)
	}
	{
		var bad struct{}
		var a1 float64
		_ = math.Min(bad, a1)
	}
	{
		var bad struct{}
		var a1 float64
		_ = math.Mod(bad, a1)
	}
	{
		var bad struct{}
		var a1 float64
		_ = math.Pow(bad, a1)
	}
	{
		var bad struct{}
		_ = math.Round(bad)
	}
	{
		var bad struct{}
		_ = math.Signbit(bad)
	}
}
