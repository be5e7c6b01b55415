package main

import "hash/fnv"

func main() {
	{
		_ = fnv.New32()
	}
	{
		_ = fnv.New32a()
	}
	{
		_ = fnv.New64()
	}
	{
		_ = fnv.New64a()
	}
}
