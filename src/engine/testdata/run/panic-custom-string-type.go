package main

type State string

// Named basic types print with their type name and Go-syntax value.
func main() {
	panic(State("broken"))
}
