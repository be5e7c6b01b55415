package main

import "runtime"

func main() {
	{
		var bad struct{}
		_ = runtime.GOMAXPROCS(bad)
	}
}
