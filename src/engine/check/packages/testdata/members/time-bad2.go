package main

import "time"

func main() {
	{
		var x time.Timer
		var bad struct{}
		_ = x.Reset(bad)
	}
	{
		var bad struct{}
		_ = time.Since(bad)
	}
	{
		var bad struct{}
		_ = time.Until(bad)
	}
	{
		var bad struct{}
		var a1 int64
		_ = time.Unix(bad, a1)
	}
	{
		var bad struct{}
		time.Sleep(bad)
	}
	{
		var bad struct{}
		_ = time.After(bad)
	}
	{
		var bad struct{}
		_ = time.Tick(bad)
	}
	{
		var bad struct{}
		_ = time.NewTicker(bad)
	}
	{
		var bad struct{}
		var a1 func()
		_ = time.AfterFunc(bad, a1)
	}
}
