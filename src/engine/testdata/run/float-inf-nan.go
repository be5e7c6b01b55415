package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pos := 1 / zero
	neg := -1 / zero
	nan := zero / zero
	fmt.Println(pos, neg, nan)
	fmt.Println(nan == nan, nan != nan, pos > math.MaxFloat64, math.IsNaN(nan), math.IsInf(neg, -1))
	fmt.Printf("%f %.2f %e %v\n", pos, neg, nan, math.Inf(1))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
}
