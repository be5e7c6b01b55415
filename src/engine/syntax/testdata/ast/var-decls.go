package main

var a int

var b, c = 1, 2

var (
	m  map[string]int
	mu = new(sync.Mutex)
	f  float64 = 1.5
)

func main() {
	var local []string
	var (
		p, q int
		r    = "r"
	)
	_, _, _, _ = local, p, q, r
}
