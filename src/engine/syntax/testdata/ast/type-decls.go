package main

type Counter int

type Celsius = float64

type (
	Point struct{ X, Y int }
	Handler func(string) error
	Set     map[string]struct{}
	Grid    [3][3]byte
	Queue   chan *Point
)

func main() {
	type local struct{}
	_ = local{}
}
