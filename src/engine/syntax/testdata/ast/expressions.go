package main

func main() {
	a := 1 + 2*3 - 4/2%3
	b := (1 + 2) * 3
	c := a<<2 | b>>1&^7 ^ 1
	d := a == b || a != b && a < b
	e := -a + +b - ^c
	f := !d
	g := &a
	h := *g
	i := float64(a) / 2
	j := x.(int)
	k := f1(a)(b)[0].field.method()
	l := []byte("s")[1:]
	_, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, k, l
}
