package main

// Rule: import paths are string literals. gc takes `fmt` as the import's local name and then
// finds the line over where the path should be.

import fmt /* ERROR "missing import path" */

func main() {
	fmt.Println("hi")
}
