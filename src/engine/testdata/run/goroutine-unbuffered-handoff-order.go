package main

import "fmt"

// An unbuffered channel hands each value over directly: the receiver always sees 0..4 in order.
func main() {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < 5; i++ {
			ch <- i
		}
	}()
	sum := 0
	for v := range ch {
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println("sum", sum)
}
