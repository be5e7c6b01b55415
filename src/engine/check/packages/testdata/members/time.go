package main

import "time"

func main() {
	{
		var _ time.Duration
	}
	{
		var x time.Duration
		_ = x.Hours()
	}
	{
		var x time.Duration
		_ = x.Microseconds()
	}
	{
		var x time.Duration
		_ = x.Milliseconds()
	}
	{
		var x time.Duration
		_ = x.Minutes()
	}
	{
		var x time.Duration
		_ = x.Nanoseconds()
	}
	{
		var x time.Duration
		var a0 time.Duration
		_ = x.Round(a0)
	}
	{
		var x time.Duration
		_ = x.Seconds()
	}
	{
		var x time.Duration
		_ = x.String()
	}
	{
		var x time.Duration
		var a0 time.Duration
		_ = x.Truncate(a0)
	}
	{
		var _ time.Location
	}
	{
		var _ time.Time
	}
	{
		var x time.Time
		var a0 time.Duration
		_ = x.Add(a0)
	}
	{
		var x time.Time
		var a0 time.Time
		_ = x.After(a0)
	}
	{
		var x time.Time
		var a0 time.Time
		_ = x.Before(a0)
	}
	{
		var x time.Time
		var a0 time.Time
		_ = x.Compare(a0)
	}
	{
		var x time.Time
		var a0 time.Time
		_ = x.Equal(a0)
	}
	{
		var x time.Time
		_ = x.IsZero()
	}
	{
		var x time.Time
		_ = x.String()
	}
	{
		var x time.Time
		var a0 time.Time
		_ = x.Sub(a0)
	}
	{
		var x time.Time
		_ = x.Unix()
	}
	{
		var x time.Time
		_ = x.UnixMilli()
	}
	{
		var x time.Time
		_ = x.UnixNano()
	}
	{
		var _ time.Ticker
	}
	{
		var x time.Ticker
		var a0 time.Duration
		x.Reset(a0)
	}
	{
		var x time.Ticker
		x.Stop()
	}
	{
		var _ time.Timer
	}
	{
		var x time.Timer
		var a0 time.Duration
		_ = x.Reset(a0)
	}
	{
		var x time.Timer
		_ = x.Stop()
	}
	{
		_ = time.Nanosecond
	}
	{
		_ = time.Microsecond
	}
	{
		_ = time.Millisecond
	}
	{
		_ = time.Second
	}
	{
		_ = time.Minute
	}
	{
		_ = time.Hour
	}
	{
		_ = time.Now()
	}
	{
		var a0 time.Time
		_ = time.Since(a0)
	}
	{
		var a0 time.Time
		_ = time.Until(a0)
	}
	{
		var a0 int64
		var a1 int64
		_ = time.Unix(a0, a1)
	}
	{
		var a0 time.Duration
		time.Sleep(a0)
	}
	{
		var a0 time.Duration
		_ = time.After(a0)
	}
	{
		var a0 time.Duration
		_ = time.Tick(a0)
	}
	{
		var a0 time.Duration
		_ = time.NewTicker(a0)
	}
	{
		var a0 time.Duration
		var a1 func()
		_ = time.AfterFunc(a0, a1)
	}
	{
		var a0 time.Duration
		_ = time.NewTimer(a0)
	}
}
