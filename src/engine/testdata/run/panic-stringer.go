package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

// A Stringer panic value is printed with its String method.
func main() {
	panic(Temp(21.5))
}
