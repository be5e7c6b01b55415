package main

import "runtime"

func main() {
	{
		var _ runtime.Error
	}
	{
		var _ runtime.PanicNilError
	}
	{
		var x runtime.PanicNilError
		_ = x.Error()
	}
	{
		var x runtime.PanicNilError
		x.RuntimeError()
	}
	{
		runtime.GC()
	}
	{
		var a0 int
		_ = runtime.GOMAXPROCS(a0)
	}
	{
		runtime.Goexit()
	}
	{
		runtime.Gosched()
	}
	{
		_ = runtime.NumCPU()
	}
	{
		_ = runtime.NumGoroutine()
	}
	{
		_ = runtime.Version()
	}
}
