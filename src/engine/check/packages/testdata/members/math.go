package main

import "math"

func main() {
	{
		_ = math.E
	}
	{
		_ = math.Pi
	}
	{
		_ = math.Sqrt2
	}
	{
		_ = math.Ln2
	}
	{
		_ = math.MaxFloat32
	}
	{
		_ = math.MaxFloat64
	}
	{
		_ = math.SmallestNonzeroFloat64
	}
	{
		_ = math.MaxInt
	}
	{
		_ = math.MinInt
	}
	{
		_ = math.MaxInt8
	}
	{
		_ = math.MinInt8
	}
	{
		_ = math.MaxInt16
	}
	{
		_ = math.MinInt16
	}
	{
		_ = math.MaxInt32
	}
	{
		_ = math.MinInt32
	}
	{
		_ = math.MaxInt64
	}
	{
		_ = math.MinInt64
	}
	{
		var _ uint64 = math.MaxUint
	}
	{
		_ = math.MaxUint8
	}
	{
		_ = math.MaxUint16
	}
	{
		_ = math.MaxUint32
	}
	{
		var _ uint64 = math.MaxUint64
	}
	{
		var a0 float64
		_ = math.Abs(a0)
	}
	{
		var a0 float64
		_ = math.Ceil(a0)
	}
	{
		var a0 float64
		_ = math.Cos(a0)
	}
	{
		var a0 float64
		_ = math.Exp(a0)
	}
	{
		var a0 float64
		_ = math.Floor(a0)
	}
	{
		var a0 float64
		var a1 float64
		_ = math.Hypot(a0, a1)
	}
	{
		var a0 int
		_ = math.Inf(a0)
	}
	{
		var a0 float64
		var a1 int
		_ = math.IsInf(a0, a1)
	}
	{
		var a0 float64
		_ = math.IsNaN(a0)
	}
	{
		var a0 float64
		_ = math.Log(a0)
	}
	{
		var a0 float64
		_ = math.Log10(a0)
	}
	{
		var a0 float64
		_ = math.Log2(a0)
	}
	{
		var a0 float64
		var a1 float64
		_ = math.Max(a0, a1)
	}
	{
		var a0 float64
		var a1 float64
		_ = math.Min(a0, a1)
	}
	{
		var a0 float64
		var a1 float64
		_ = math.Mod(a0, a1)
	}
	{
		_ = math.NaN()
	}
	{
		var a0 float64
		var a1 float64
		_ = math.Pow(a0, a1)
	}
	{
		var a0 float64
		_ = math.Round(a0)
	}
	{
		var a0 float64
		_ = math.Signbit(a0)
	}
	{
		var a0 float64
		_ = math.Sin(a0)
	}
	{
		var a0 float64
		_ = math.Sqrt(a0)
	}
	{
		var a0 float64
		_ = math.Trunc(a0)
	}
}
