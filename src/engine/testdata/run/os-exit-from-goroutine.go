package main

import (
	"fmt"
	"os"
)

func main() {
	done := make(chan struct{})
	go func() {
		fmt.Println("goroutine exits the process")
		os.Exit(7)
	}()
	<-done
	fmt.Println("not reached")
}
