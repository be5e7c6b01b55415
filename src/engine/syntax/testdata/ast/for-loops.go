package main

func main() {
	for i := 0; i < 10; i++ {
	}
	for x < 5 {
		x++
	}
	for {
		break
	}
	for ; ; i++ {
	}
	for i := range 10 {
		_ = i
	}
	for range 3 {
	}
	for k, v := range m {
		_, _ = k, v
	}
	for k = range m {
	}
	for _, v = range s {
	}
	for v := range ch {
		_ = v
	}
}
