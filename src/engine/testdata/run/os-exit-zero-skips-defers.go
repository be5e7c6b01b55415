package main

import (
	"fmt"
	"os"
)

func cleanup() { fmt.Println("cleanup") }

func main() {
	defer cleanup()
	fmt.Println("work")
	if len(os.Args) > 0 {
		os.Exit(0)
	}
}
