package main

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	q := Point{X: 1}
	r := &Point{Y: 3}
	pts := []Point{{1, 2}, {X: 3}}
	ptrs := []*Point{{1, 2}, &Point{}}
	byName := map[string]Point{"origin": {}, "one": {1, 1}}
	keys := map[Point]string{{1, 2}: "a"}
	arr := [...]int{2: 10, 5: 20}
	anon := struct{ a int }{a: 1}
	_, _, _, _, _, _, _, _, _ = p, q, r, pts, ptrs, byName, keys, arr, anon
}
