package main

import (
	"fmt"
	"sort"
	"sync"
)

// A broker keeps a map from topic to subscriber channels behind an RWMutex: publishing reads
// the map, subscribing writes it.
type Broker struct {
	mu     sync.RWMutex
	topics map[string][]chan string
}

func (b *Broker) Subscribe(topic string, buffer int) <-chan string {
	ch := make(chan string, buffer)
	b.mu.Lock()
	b.topics[topic] = append(b.topics[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	delivered := 0
	for _, ch := range b.topics[topic] {
		select {
		case ch <- msg:
			delivered++
		default:
		}
	}
	return delivered
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for topic, subs := range b.topics {
		for _, ch := range subs {
			close(ch)
		}
		delete(b.topics, topic)
	}
}

func main() {
	b := &Broker{topics: make(map[string][]chan string)}
	news := b.Subscribe("news", 4)
	alerts := b.Subscribe("alerts", 1)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.Publish("news", fmt.Sprintf("story %d", i))
		}()
	}
	wg.Wait()
	fmt.Println("alerts delivered:", b.Publish("alerts", "a1"), b.Publish("alerts", "a2"))
	b.Close()
	var got []string
	for msg := range news {
		got = append(got, msg)
	}
	sort.Strings(got)
	fmt.Println(got, len(alerts))
}
