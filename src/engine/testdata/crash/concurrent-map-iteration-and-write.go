package main

import "fmt"

// main ranges over the map again and again while another goroutine writes to it.
func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 2_000_000; i++ {
			m[i%100] = i
		}
		done <- true
	}()
	n := 0
	for round := 0; round < 20_000; round++ {
		for range m {
			n++
		}
	}
	<-done
	fmt.Println("no crash this time", n)
}
