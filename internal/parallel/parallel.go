// Package parallel runs independent pieces of work on several goroutines.
package parallel

import (
	"sync"
	"sync/atomic"
)

// For calls fn(i) for every i from 0 to n-1 on up to workers goroutines,
// taking the indices in order, and returns when all calls have. With one
// worker, or one piece of work, it calls fn in order on the caller's
// goroutine. A panic in fn is raised again on the caller's goroutine once
// the other calls are done, so the caller can recover from it as from a
// serial loop's.
func For(n, workers int, fn func(i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex
	var panicked bool
	var value any
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					mu.Lock()
					if !panicked {
						panicked, value = true, r
					}
					mu.Unlock()
				}
			}()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
	if panicked {
		panic(value)
	}
}
