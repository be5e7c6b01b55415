// Package sync/atomic: the function API and the typed atomics of Go 1.19+ (Go 1.23 signatures and layouts).
//
// The typed atomics start with a `noCopy` field, as in Go, so go vet's copylocks check reports a copied
// atomic.Int64 as `sync/atomic.Int64 contains sync/atomic.noCopy`.
import { definePackage } from './define-package.ts';

const scalar = (T: string, t: string) => `
func Add${T}(addr *${t}, delta ${t}) (new ${t})
func CompareAndSwap${T}(addr *${t}, old, new ${t}) (swapped bool)
func Load${T}(addr *${t}) (val ${t})
func Store${T}(addr *${t}, val ${t})
func Swap${T}(addr *${t}, new ${t}) (old ${t})
func And${T}(addr *${t}, mask ${t}) (old ${t})
func Or${T}(addr *${t}, mask ${t}) (old ${t})
type ${T} struct {
	_ noCopy
	${t === 'int64' || t === 'uint64' ? '_ align64\n\t' : ''}v ${t}
}
func (x *${T}) Add(delta ${t}) (new ${t})
func (x *${T}) And(mask ${t}) (old ${t})
func (x *${T}) CompareAndSwap(old, new ${t}) (swapped bool)
func (x *${T}) Load() ${t}
func (x *${T}) Or(mask ${t}) (old ${t})
func (x *${T}) Store(val ${t})
func (x *${T}) Swap(new ${t}) (old ${t})
`;

export const atomicPackage = definePackage('sync/atomic', `
type noCopy struct{}
func (*noCopy) Lock()
func (*noCopy) Unlock()
type align64 struct{}
${scalar('Int32', 'int32')}
${scalar('Int64', 'int64')}
${scalar('Uint32', 'uint32')}
${scalar('Uint64', 'uint64')}

type Bool struct {
	_ noCopy
	v uint32
}
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool)
func (x *Bool) Load() bool
func (x *Bool) Store(val bool)
func (x *Bool) Swap(new bool) (old bool)

type Value struct {
	v any
}
func (v *Value) CompareAndSwap(old, new any) (swapped bool)
func (v *Value) Load() (val any)
func (v *Value) Store(val any)
func (v *Value) Swap(new any) (old any)
`);
