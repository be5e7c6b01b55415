package main

func main() {
	x := 3
	if x > 2 {
		x = 0
	}
	if v, ok := m["k"]; ok {
		_ = v
	} else if x == 1 {
		x++
	} else {
		x--
	}
	if err := f(); err != nil {
		return
	}
}
