package main

import "fmt"

// Package variables initialise in dependency order, whatever their textual order; init runs before main.
var total = base + bonus

var base = compute(10)

var bonus = 5

var registry = map[string]int{}

func compute(n int) int { return n * 2 }

func init() {
	registry["total"] = total
}

func init() {
	registry["base"] = base
}

func main() {
	fmt.Println(total, base, bonus, len(registry), registry["total"])
}
