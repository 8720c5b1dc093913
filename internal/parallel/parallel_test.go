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

// TestForPanics: a panic in one call reaches the caller, after the other
// calls, whatever the number of workers.
func TestForPanics(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		var calls atomic.Int32
		func() {
			defer func() {
				if r := recover(); r != "boom" {
					t.Errorf("workers %d: recovered %v, want boom", workers, r)
				}
			}()
			For(100, workers, func(i int) {
				calls.Add(1)
				if i == 5 {
					panic("boom")
				}
			})
		}()
		if workers > 1 && calls.Load() != 100 {
			t.Errorf("workers %d: %d calls, want the other 99 done too", workers, calls.Load())
		}
	}
}
