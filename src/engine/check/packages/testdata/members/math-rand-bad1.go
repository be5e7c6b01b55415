package main

import "math/rand"

func main() {
	{
		var x rand.Rand
		var bad struct{}
		_ = x.Intn(bad)
	}
	{
		var x rand.Rand
		var bad struct{}
		_ = x.Perm(bad)
	}
	{
		var x rand.Rand
		var bad struct{}
		var a1 func(i int, j int)
		x.Shuffle(bad, a1)
	}
	{
		var bad struct{}
		_ = rand.NewSource(bad)
	}
	{
		var bad struct{}
		_ = rand.New(bad)
	}
	{
		var bad struct{}
		_ = rand.Intn(bad)
	}
	{
		var bad struct{}
		_ = rand.Perm(bad)
	}
	{
		var bad struct{}
		rand.Seed(bad)
	}
	{
		var bad struct{}
		var a1 func(i int, j int)
		rand.Shuffle(bad, a1)
	}
}
