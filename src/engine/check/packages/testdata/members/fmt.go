package main

import (
	"fmt"
	"io"
)

func main() {
	{
		var _ fmt.Stringer
	}
	{
		var a0 string
		var a1 any
		_ = fmt.Errorf(a0, a1)
	}
	{
		var a0 io.Writer
		var a1 any
		_, _ = fmt.Fprint(a0, a1)
	}
	{
		var a0 io.Writer
		var a1 string
		var a2 any
		_, _ = fmt.Fprintf(a0, a1, a2)
	}
	{
		var a0 io.Writer
		var a1 any
		_, _ = fmt.Fprintln(a0, a1)
	}
	{
		var a0 any
		_, _ = fmt.Print(a0)
	}
	{
		var a0 string
		var a1 any
		_, _ = fmt.Printf(a0, a1)
	}
	{
		var a0 any
		_, _ = fmt.Println(a0)
	}
	{
		var a0 any
		_ = fmt.Sprint(a0)
	}
	{
		var a0 string
		var a1 any
		_ = fmt.Sprintf(a0, a1)
	}
	{
		var a0 any
		_ = fmt.Sprintln(a0)
	}
	{
		var a0 string
		var a1 any
		_, _ = fmt.Sscan(a0, a1)
	}
	{
		var a0 string
		var a1 string
		var a2 any
		_, _ = fmt.Sscanf(a0, a1, a2)
	}
	{
		var a0 string
		var a1 any
		_, _ = fmt.Sscanln(a0, a1)
	}
}
