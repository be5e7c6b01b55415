package main

import "fmt"

// One goroutine owns the map; others talk to it through channels, so no lock is needed.
type getReq struct {
	key   string
	reply chan string
}

type setReq struct {
	key, value string
	done       chan struct{}
}

type server struct {
	gets chan getReq
	sets chan setReq
	quit chan struct{}
}

func (s *server) loop() {
	data := map[string]string{}
	for {
		select {
		case r := <-s.gets:
			r.reply <- data[r.key]
		case r := <-s.sets:
			data[r.key] = r.value
			close(r.done)
		case <-s.quit:
			return
		}
	}
}

func main() {
	s := &server{gets: make(chan getReq), sets: make(chan setReq), quit: make(chan struct{})}
	go s.loop()

	done := make(chan struct{})
	s.sets <- setReq{key: "lang", value: "Go", done: done}
	<-done

	reply := make(chan string)
	s.gets <- getReq{key: "lang", reply: reply}
	fmt.Println("lang =", <-reply)
	close(s.quit)
}
