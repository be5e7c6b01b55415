package main

import "fmt"

// Overwriting the values of existing keys during range is allowed and every key is seen once.
func main() {
	prices := map[string]float64{"tea": 2.5, "cake": 4, "juice": 3.25}
	seen := 0
	for k, v := range prices {
		prices[k] = v * 2
		seen++
	}
	fmt.Println(seen, prices)
	for k := range prices {
		prices[k] += 0.5
	}
	fmt.Println(prices)
}
