package main

import "fmt"

func process(items []int) (done int) {
	for _, it := range items {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("skipped item:", r)
				}
			}()
			if it < 0 {
				panic(fmt.Sprintf("negative %d", it))
			}
			done++
		}()
	}
	return done
}

func main() {
	fmt.Println("processed", process([]int{1, -2, 3, -4, 5}))
}
