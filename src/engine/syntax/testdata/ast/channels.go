package main

func worker(in <-chan int, out chan<- int, done chan struct{}) {
	for v := range in {
		out <- v * 2
	}
	close(out)
	done <- struct{}{}
}

func main() {
	var ch chan (<-chan int)
	c := make(chan int, 10)
	v, ok := <-c
	<-c
	x := <-chan int(nil)
	_, _, _, _ = ch, v, ok, x
}
