package main

func main() {
	var a [5]int
	b := [...]string{"x", "y"}
	s := a[1:3]
	t := a[:]
	u := s[1:2:4]
	w := s[:2:3]
	s = append(s, t...)
	matrix := [2][2]float64{{1, 0}, {0, 1}}
	_, _, _, _ = b, u, w, matrix
}
