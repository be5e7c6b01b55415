package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var x any = 3
	var sh Shape = Sq{2}
	fmt.Println(sh.Area())
	_ = x.(Shape)
}
