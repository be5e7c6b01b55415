package main

import "math/rand"

func main() {
	{
		var _ rand.Source
	}
	{
		var _ rand.Rand
	}
	{
		var x rand.Rand
		_ = x.Float64()
	}
	{
		var x rand.Rand
		_ = x.Int()
	}
	{
		var x rand.Rand
		_ = x.Int63()
	}
	{
		var x rand.Rand
		var a0 int
		_ = x.Intn(a0)
	}
	{
		var x rand.Rand
		var a0 int
		_ = x.Perm(a0)
	}
	{
		var x rand.Rand
		var a0 int
		var a1 func(i int, j int)
		x.Shuffle(a0, a1)
	}
	{
		var a0 int64
		_ = rand.NewSource(a0)
	}
	{
		var a0 rand.Source
		_ = rand.New(a0)
	}
	{
		_ = rand.Float64()
	}
	{
		_ = rand.Int()
	}
	{
		_ = rand.Int63()
	}
	{
		var a0 int
		_ = rand.Intn(a0)
	}
	{
		var a0 int
		_ = rand.Perm(a0)
	}
	{
		var a0 int64
		rand.Seed(a0)
	}
	{
		var a0 int
		var a1 func(i int, j int)
		rand.Shuffle(a0, a1)
	}
}
