package main

import "fmt"

func main() {
	pt := struct{ X, Y int }{3, 4}
	fmt.Println(pt, pt.X*pt.Y)
	rows := []struct {
		Name string
		Age  int
	}{{"Ann", 30}, {"Bob", 25}}
	for _, r := range rows {
		fmt.Printf("%-5s|%3d|\n", r.Name, r.Age)
	}
	fmt.Printf("%T\n", pt)
}
