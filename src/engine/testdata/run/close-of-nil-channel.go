package main

func main() {
	var ch chan bool
	close(ch)
}
