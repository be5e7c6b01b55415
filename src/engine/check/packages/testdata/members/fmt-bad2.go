package main

import "fmt"

func main() {
	{
		var bad struct{}
		_ = fmt.Sprintln(bad)
	}
	{
		var bad struct{}
		var a1 any
		_, _ = fmt.Sscan(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		var a2 any
		_, _ = fmt.Sscanf(bad, a1, a2)
	}
	{
		var bad struct{}
		var a1 any
		_, _ = fmt.Sscanln(bad, a1)
	}
}
