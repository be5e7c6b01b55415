package main

func main() {
	switch x := f(); x {
	case 1, 2:
		fallthrough
	case 3:
	default:
		return
	}
	switch {
	case a > b:
		a = b
	case a < b:
	}
	switch y {
	}
}
