package main

func main() {
	x := []int{1, 2
	}
	y := 
	if x == nil {
	}
}

func other() {
	for i := 0; i < 3; i++
	{
	}
}
