//go:build prof

// Profiling for developers: a binary built with
//
//	go build -tags prof -o /tmp/tenure ./cmd/tenure
//
// writes a CPU profile to $TENURE_CPUPROFILE and a heap profile, taken
// as the command ends, to $TENURE_MEMPROFILE, for go tool pprof, and an
// execution trace to $TENURE_TRACE, for go tool trace (which goroutines
// ran when: where the cores sat idle).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
)

func init() {
	startProfiling = func() func() {
		var cpu *os.File
		if path := os.Getenv("TENURE_CPUPROFILE"); path != "" {
			f, err := os.Create(path)
			if err == nil {
				err = pprof.StartCPUProfile(f)
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "tenure: cpu profile:", err)
			} else {
				cpu = f
			}
		}
		var tr *os.File
		if path := os.Getenv("TENURE_TRACE"); path != "" {
			f, err := os.Create(path)
			if err == nil {
				err = trace.Start(f)
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "tenure: trace:", err)
			} else {
				tr = f
			}
		}
		return func() {
			if tr != nil {
				trace.Stop()
				tr.Close()
			}
			if cpu != nil {
				pprof.StopCPUProfile()
				cpu.Close()
			}
			if path := os.Getenv("TENURE_MEMPROFILE"); path != "" {
				f, err := os.Create(path)
				if err == nil {
					runtime.GC()
					err = pprof.WriteHeapProfile(f)
					f.Close()
				}
				if err != nil {
					fmt.Fprintln(os.Stderr, "tenure: heap profile:", err)
				}
			}
		}
	}
}
