package main

import (
	"fmt"
	"os"
)

// os.Exit ends the process at once: deferred calls do not run.
func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "a message on stderr")
	os.Exit(3)
}
