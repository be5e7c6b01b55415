package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(30*time.Millisecond, func() { done <- "second" })
	time.AfterFunc(10*time.Millisecond, func() { done <- "first" })
	fmt.Println(<-done)
	fmt.Println(<-done)
}
