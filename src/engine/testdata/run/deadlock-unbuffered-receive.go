package main

import "fmt"

func main() {
	ch := make(chan string)
	fmt.Println("waiting")
	msg := <-ch
	fmt.Println(msg)
}
