package main

import "fmt"

func main() {
	rows := []struct {
		name  string
		qty   int
		price float64
	}{{"widget", 3, 2.5}, {"gadget", 12, 10}, {"thingamajig", 1, 999.999}}
	fmt.Printf("%-12s|%5s|%10s\n", "item", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-12s|%5d|%10.2f\n", r.name, r.qty, r.price)
	}
	fmt.Println(fmt.Sprintf("%06.2f|%x|%X", 3.14159, "Go", 3054))
}
