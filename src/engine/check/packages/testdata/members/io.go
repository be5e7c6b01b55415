package main

import "io"

func main() {
	{
		var _ io.Writer
	}
	{
		var _ io.Reader
	}
}
