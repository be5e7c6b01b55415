// Packages hash and hash/fnv: the FNV-1/FNV-1a hashes a lesson on map hashing uses (Go 1.23 signatures).
import { definePackage } from './define-package.ts';
import { ioPackage } from './io.ts';

export const hashPackage = definePackage('hash', `
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}
type Hash32 interface {
	Hash
	Sum32() uint32
}
type Hash64 interface {
	Hash
	Sum64() uint64
}
`, { io: ioPackage });

export const fnvPackage = definePackage('hash/fnv', `
type sum32 uint32
type sum32a uint32
func (s *sum32) Write(data []byte) (int, error)
func (s *sum32) Sum(in []byte) []byte
func (s *sum32) Sum32() uint32
func (s *sum32) Reset()
func (s *sum32) Size() int
func (s *sum32) BlockSize() int
func (s *sum32a) Write(data []byte) (int, error)
func (s *sum32a) Sum(in []byte) []byte
func (s *sum32a) Sum32() uint32
func (s *sum32a) Reset()
func (s *sum32a) Size() int
func (s *sum32a) BlockSize() int
func New32() hash.Hash32
func New32a() hash.Hash32
func New64() hash.Hash64
func New64a() hash.Hash64
`, { hash: hashPackage });
