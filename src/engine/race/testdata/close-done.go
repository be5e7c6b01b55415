// close happens before a receive that returns because the channel is closed.
// races: none
package main

import "fmt"

func main() {
	data := 0
	done := make(chan struct{})
	go func() {
		data = 42
		close(done)
	}()
	<-done
	fmt.Println(data)
}
