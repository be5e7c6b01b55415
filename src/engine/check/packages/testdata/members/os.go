package main

import "os"

func main() {
	{
		var _ os.File
	}
	{
		var x os.File
		var a0 []byte
		_, _ = x.Write(a0)
	}
	{
		var x os.File
		var a0 string
		_, _ = x.WriteString(a0)
	}
	{
		_ = os.Args
	}
	{
		_ = os.Stderr
	}
	{
		_ = os.Stdout
	}
	{
		var a0 int
		os.Exit(a0)
	}
}
