package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 3; i++ {
		fmt.Println("send", i, "len", len(ch))
		ch <- i
	}
}
