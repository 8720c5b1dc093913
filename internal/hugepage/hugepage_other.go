//go:build !linux

package hugepage

func prepareHeap(int) bool { return false }
