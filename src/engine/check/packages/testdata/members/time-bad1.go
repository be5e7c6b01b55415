package main

import "time"

func main() {
	{
		var x time.Duration
		var bad struct{}
		_ = x.Round(bad)
	}
	{
		var x time.Duration
		var bad struct{}
		_ = x.Truncate(bad)
	}
	{
		var x time.Time
		var bad struct{}
		_ = x.Add(bad)
	}
	{
		var x time.Time
		var bad struct{}
		_ = x.After(bad)
	}
	{
		var x time.Time
		var bad struct{}
		_ = x.Before(bad)
	}
	{
		var x time.Time
		var bad struct{}
		_ = x.Compare(bad)
	}
	{
		var x time.Time
		var bad struct{}
		_ = x.Equal(bad)
	}
	{
		var x time.Time
		var bad struct{}
		_ = x.Sub(bad)
	}
	{
		var x time.Ticker
		var bad struct{}
		x.Reset(bad)
	}
}
