package main

import "fmt"

func main() {
	done := make(chan struct{})
	data := make([]int, 0)
	go func() {
		for i := 0; i < 5; i++ {
			data = append(data, i*i)
		}
		close(done)
	}()
	<-done
	fmt.Println(data)
	_, ok := <-done
	fmt.Println(ok)
}
