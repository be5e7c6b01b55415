package main

import (
	"fmt"
	"math/rand"
)

// math/rand picks random work for simulated clients; results vary run to run.
func main() {
	servers := []string{"a", "b", "c", "d"}
	rand.Shuffle(len(servers), func(i, j int) { servers[i], servers[j] = servers[j], servers[i] })
	fmt.Println(len(servers))
	order := rand.Perm(5)
	fmt.Println(len(order))
	delay := rand.Intn(100)
	big := rand.Int()
	p := rand.Float64()
	fmt.Println(delay >= 0 && delay < 100, big >= 0, p >= 0 && p < 1)
}
