package main

import "fmt"

// One goroutine writes while main reads. Only the reader can notice: its check lands inside a write.
func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 2_000_000; i++ {
			m[i%1000] = i
		}
		done <- true
	}()
	sum := 0
	for i := 0; i < 2_000_000; i++ {
		sum += m[i%1000]
	}
	<-done
	fmt.Println("no crash this time", sum > 0)
}
