package main

import "fmt"

func main() {
	{
		var bad struct{}
		var a1 any
		_ = fmt.Errorf(bad, a1)
	}
	{
		var bad struct{}
		var a1 any
		_, _ = fmt.Fprint(bad, a1)
	}
	{
		var bad struct{}
		var a1 string
		var a2 any
		_, _ = fmt.Fprintf(bad, a1, a2)
	}
	{
		var bad struct{}
		var a1 any
		_, _ = fmt.Fprintln(bad, a1)
	}
	{
		var bad struct{}
		_, _ = fmt.Print(bad)
	}
	{
		var bad struct{}
		var a1 any
		_, _ = fmt.Printf(bad, a1)
	}
	{
		var bad struct{}
		_, _ = fmt.Println(bad)
	}
	{
		var bad struct{}
		_ = fmt.Sprint(bad)
	}
	{
		var bad struct{}
		var a1 any
		_ = fmt.Sprintf(bad, a1)
	}
}
