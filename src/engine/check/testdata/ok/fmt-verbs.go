package main

import (
	"fmt"
	"os"
)

// The fmt verbs a lab program uses most.
type point struct {
	X, Y int
}

func main() {
	p := point{1, 2}
	m := map[string]int{"b": 2, "a": 1}
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%d %5d %-5d| %05d\n", 42, 42, 42, 42)
	fmt.Printf("%s %q %x %X\n", "go", "go", "go", 255)
	fmt.Printf("%f %.2f %8.3f %e\n", 3.14159, 3.14159, 3.14159, 1234.5)
	fmt.Printf("%t %c %U %b %o\n", true, 'G', 'G', 5, 8)
	fmt.Printf("%v %d%%\n", m, 50)
	fmt.Print("a", "b", 1, 2, "\n")
	s := fmt.Sprintln("x", 1)
	fmt.Print(s)
	fmt.Println(fmt.Sprint("n=", 3), fmt.Sprintf("%03d", 7))
	fmt.Fprintf(os.Stderr, "warning: %s\n", "low disk")
	fmt.Fprintln(os.Stderr, "done")
	fmt.Fprint(os.Stderr, "bye\n")
}
