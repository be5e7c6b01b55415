package main

import "fmt"

func main() {
	stock := map[int]int{}
	for i := 0; i < 100; i++ {
		stock[i] = 1
	}
	done := make(chan bool)

	go func() {
		for i := 0; i < 1000; i++ {
			stock[i%100] = i
		}
		done <- true
	}()

	sum := 0
	for round := 0; round < 20; round++ {
		for _, n := range stock {
			sum += n
		}
	}
	<-done
	fmt.Println("counted", sum)
}
