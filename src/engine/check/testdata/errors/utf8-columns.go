package main

import "fmt"

// Rule: gc counts columns in UTF-8 bytes (a tab is one byte). Each error below follows
// multi-byte text on its line, so a column counted in characters or UTF-16 units would be off.

func main() {
	greeting := "héllo, wörld"
	fmt.Println(greeting, "🙂🙂", /* ERROR "undefined: missing" */ missing)
	ünïcode := 1
	fmt.Println("日本語", /* ERROR "invalid operation: ünïcode \+ \"x\" \(mismatched types int and untyped string\)" */ ünïcode + "x")
	/* ERROR "declared and not used: café" */ café := "☕"
}
