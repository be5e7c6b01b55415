package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	next := counter()
	func() {
		_ = next()
	}()
	add := func(a, b int) int { return a + b }
	_ = add(1, 2)
}
