package main

import (
	"fmt"
	"os"
)

// Neither stream ends with a line break.
func main() {
	fmt.Print("a", " ", "b")
	fmt.Printf(" %d", 3)
	fmt.Fprint(os.Stderr, "warning: no newline")
	print(" builtin")
}
