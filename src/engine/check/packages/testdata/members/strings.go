package main

import "strings"

func main() {
	{
		var _ strings.Builder
	}
	{
		var x strings.Builder
		_ = x.Cap()
	}
	{
		var x strings.Builder
		var a0 int
		x.Grow(a0)
	}
	{
		var x strings.Builder
		_ = x.Len()
	}
	{
		var x strings.Builder
		x.Reset()
	}
	{
		var x strings.Builder
		_ = x.String()
	}
	{
		var x strings.Builder
		var a0 []byte
		_, _ = x.Write(a0)
	}
	{
		var x strings.Builder
		var a0 byte
		_ = x.WriteByte(a0)
	}
	{
		var x strings.Builder
		var a0 rune
		_, _ = x.WriteRune(a0)
	}
	{
		var x strings.Builder
		var a0 string
		_, _ = x.WriteString(a0)
	}
	{
		var a0 string
		var a1 string
		_ = strings.Compare(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.Contains(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.ContainsAny(a0, a1)
	}
	{
		var a0 string
		var a1 rune
		_ = strings.ContainsRune(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.Count(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_, _, _ = strings.Cut(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.EqualFold(a0, a1)
	}
	{
		var a0 string
		_ = strings.Fields(a0)
	}
	{
		var a0 string
		var a1 string
		_ = strings.HasPrefix(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.HasSuffix(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.Index(a0, a1)
	}
	{
		var a0 []string
		var a1 string
		_ = strings.Join(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.LastIndex(a0, a1)
	}
	{
		var a0 string
		var a1 int
		_ = strings.Repeat(a0, a1)
	}
	{
		var a0 string
		var a1 string
		var a2 string
		var a3 int
		_ = strings.Replace(a0, a1, a2, a3)
	}
	{
		var a0 string
		var a1 string
		var a2 string
		_ = strings.ReplaceAll(a0, a1, a2)
	}
	{
		var a0 string
		var a1 string
		_ = strings.Split(a0, a1)
	}
	{
		var a0 string
		var a1 string
		var a2 int
		_ = strings.SplitN(a0, a1, a2)
	}
	{
		var a0 string
		_ = strings.ToLower(a0)
	}
	{
		var a0 string
		_ = strings.ToUpper(a0)
	}
	{
		var a0 string
		var a1 string
		_ = strings.Trim(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.TrimLeft(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.TrimPrefix(a0, a1)
	}
	{
		var a0 string
		var a1 string
		_ = strings.TrimRight(a0, a1)
	}
	{
		var a0 string
		_ = strings.TrimSpace(a0)
	}
	{
		var a0 string
		var a1 string
		_ = strings.TrimSuffix(a0, a1)
	}
	{
		var a0 string
		_ = strings.Title(a0)
	}
}
