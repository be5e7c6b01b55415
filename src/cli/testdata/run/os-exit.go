package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("leaving")
	fmt.Fprintln(os.Stderr, "with status 3")
	os.Exit(3)
}
