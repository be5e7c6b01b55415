package main

// Two goroutines write one map with no lock, three times each: some interleaving crashes.
func main() {
	m := map[int]int{}
	done := make(chan bool)
	for w := 0; w < 2; w++ {
		go func() {
			for i := 0; i < 3; i++ {
				m[i] = w
			}
			done <- true
		}()
	}
	<-done
	<-done
	println(len(m))
}
