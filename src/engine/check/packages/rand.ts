// Package math/rand: the top-level generator and *Rand, backed by the VM's seeded generator (Go 1.23 signatures).
import { definePackage } from './define-package.ts';

export const randPackage = definePackage('math/rand', `
type Source interface {
	Int63() int64
	Seed(seed int64)
}
func NewSource(seed int64) Source

type Rand struct {
	src     Source
	readVal int64
	readPos int
}
func New(src Source) *Rand
func (r *Rand) Float64() float64
func (r *Rand) Int() int
func (r *Rand) Int63() int64
func (r *Rand) Intn(n int) int
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))

func Float64() float64
func Int() int
func Int63() int64
func Intn(n int) int
func Perm(n int) []int
func Seed(seed int64)
func Shuffle(n int, swap func(i, j int))
`);
