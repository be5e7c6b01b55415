package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Failure struct{ Op string }

func (f *Failure) Error() string { return "failed: " + f.Op }

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %s %d %q %+v %#v\n", Green, Green, Green, Green, Green, Green)
	fmt.Println([]Color{Red, Green}, map[Color]int{Green: 2, Red: 1})
	var err error = &Failure{"write"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(struct{ C Color }{Green})
}
