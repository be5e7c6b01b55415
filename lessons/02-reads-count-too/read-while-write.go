package main

import "fmt"

func main() {
	prices := map[int]int{}
	done := make(chan bool)

	go func() {
		for i := 0; i < 1000; i++ {
			prices[i%50] = i
		}
		done <- true
	}()

	total := 0
	for i := 0; i < 1000; i++ {
		total += prices[i%50]
	}
	<-done
	fmt.Println("read everything, total", total)
}
