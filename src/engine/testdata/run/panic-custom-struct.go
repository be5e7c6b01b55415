package main

type T struct{ A, B int }

// A panic value that is neither basic, error nor Stringer prints as its type and an address.
func main() {
	panic(T{1, 2})
}
