package main

import (
	"fmt"
	"sync"
)

// If the function passed to Do panics, Do considers it done: it is never retried.
func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("init failed") })
	}()
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
