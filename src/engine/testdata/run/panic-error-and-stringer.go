package main

type Both struct{}

func (Both) Error() string  { return "from Error" }
func (Both) String() string { return "from String" }

// When a value is both an error and a Stringer, the panic message uses Error.
func main() {
	panic(Both{})
}
