package main

import "os"

func main() {
	{
		var x os.File
		var bad struct{}
		_, _ = x.Write(bad)
	}
	{
		var x os.File
		var bad struct{}
		_, _ = x.WriteString(bad)
	}
	{
		var bad struct{}
		os.Exit(bad)
	}
}
