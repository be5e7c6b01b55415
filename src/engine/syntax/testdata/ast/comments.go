// Package main shows that comments are kept.
package main

/* A block
   comment. */

// main does nothing.
func main() {
	x := 1 // trailing
	/* inline */ _ = x
}
