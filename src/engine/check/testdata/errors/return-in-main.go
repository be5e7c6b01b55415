package main

import "fmt"

// Rule: a function without results returns no values; a deferred or go'd closure likewise.

func main() {
	done := make(chan bool)
	go func() {
		done <- true
		return /* ERROR "too many return values\n\thave \(bool\)\n\twant \(\)" */ true
	}()
	<-done
	fmt.Println("done")
	return /* ERROR "too many return values\n\thave \(number\)\n\twant \(\)" */ 0
}
