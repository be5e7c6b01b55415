package main

import (
	"errors"
	"fmt"
	"sync"
)

// Transfers lock both accounts in a fixed order (by id) so two opposite transfers cannot deadlock.
var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

func Transfer(from, to *Account, amount int) error {
	first, second := from, to
	if to.ID < from.ID {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from %d: %w", amount, from.ID, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	a := &Account{ID: 1, balance: 100}
	b := &Account{ID: 2, balance: 50}
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); errs <- Transfer(a, b, 10) }()
		go func() { defer wg.Done(); errs <- Transfer(b, a, 5) }()
	}
	wg.Wait()
	close(errs)
	failed := 0
	for err := range errs {
		if errors.Is(err, ErrInsufficient) {
			failed++
		}
	}
	fmt.Println("total:", a.balance+b.balance, "failed:", failed)
}
