package main

import "hash"

func main() {
	{
		var _ hash.Hash
	}
	{
		var _ hash.Hash32
	}
	{
		var _ hash.Hash64
	}
}
