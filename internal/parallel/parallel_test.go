package parallel

import (
	"sync/atomic"
	"testing"
)

func TestFor(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 8} {
		var calls [100]atomic.Int32
		For(len(calls), workers, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if n := calls[i].Load(); n != 1 {
				t.Fatalf("workers %d: fn(%d) called %d times", workers, i, n)
			}
		}
	}
	For(0, 2, func(int) { t.Fatal("called with no work") })
}
