package main

import "fmt"

func main() {
	m := map[string]int{}
	done := make(chan bool)
	go func() {
		m["a"] = 1
		done <- true
	}()
	go func() {
		m["b"] = 2
		done <- true
	}()
	<-done
	<-done
	fmt.Println(m)
}
