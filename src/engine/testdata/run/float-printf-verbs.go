package main

import "fmt"

func main() {
	x := 1234.5678
	fmt.Printf("%f|%.2f|%8.3f|%-10.1f|%e|%E|%g|%G\n", x, x, x, x, x, x, x, x)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%+.3e %g %g %g\n", 0.000123, 1e100, 1e-7, 123456789.0)
	fmt.Printf("%v %.3g %10.4g|\n", 2.0/3, 2.0/3, 2.0/3)
}
