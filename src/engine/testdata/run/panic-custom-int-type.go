package main

type Code int

func main() {
	defer func() {
		panic(Code(7))
	}()
	panic(uint8(200))
}
