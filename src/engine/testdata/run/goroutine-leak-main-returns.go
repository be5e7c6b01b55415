package main

import "fmt"

// A goroutine blocked forever is not a deadlock while main can still finish: the program just exits.
func main() {
	ch := make(chan int)
	go func() {
		<-ch
		fmt.Println("never")
	}()
	fmt.Println("main returns with a goroutine still blocked")
}
