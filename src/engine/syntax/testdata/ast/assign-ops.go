package main

func main() {
	x, y := 1, 2
	x, y = y, x
	x += 1
	x -= 1
	x *= 2
	x /= 2
	x %= 3
	x &= 1
	x |= 2
	x ^= 3
	x <<= 1
	x >>= 1
	x &^= 4
	x++
	y--
	_ = x
	a[i], m[k] = f()
	*p = 3
	s.f = 4
}
