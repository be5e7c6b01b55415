package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64)
	var max int64 = math.MaxInt64
	max++
	fmt.Println(max)
	var min int64 = math.MinInt64
	fmt.Println(-min, min-1)
	var u uint64 = math.MaxUint64
	fmt.Println(u, u+1)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MaxUint16)
}
