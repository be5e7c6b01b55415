package main

import "fmt"

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go func() {
		for j := range jobs {
			results <- j * 10
		}
	}()
	for i := 1; i <= 3; i++ {
		jobs <- i
		fmt.Println(<-results)
	}
	fmt.Println(<-results)
}
