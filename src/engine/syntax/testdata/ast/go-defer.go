package main

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go worker(&wg)
	go func() {
		defer wg.Done()
	}()
	defer fmt.Println("done")
	defer func() {
		if r := recover(); r != nil {
			println(r)
		}
	}()
	wg.Wait()
}
