package main

import "time"

func main() {
	{
		var bad struct{}
		_ = time.NewTimer(bad)
	}
}
