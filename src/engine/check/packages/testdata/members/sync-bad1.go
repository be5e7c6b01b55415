package main

import "sync"

func main() {
	{
		var x sync.WaitGroup
		var bad struct{}
		x.Add(bad)
	}
	{
		var x sync.Once
		var bad struct{}
		x.Do(bad)
	}
	{
		var x sync.Map
		var bad struct{}
		x.Range(bad)
	}
	{
		var bad struct{}
		_ = sync.NewCond(bad)
	}
	{
		var bad struct{}
		_ = sync.OnceFunc(bad)
	}
	{
		f := sync.OnceValue(func() {})
		_ = f
	}
}
