//go:build prof

// Profiling for developers: a binary built with
//
//	go build -tags prof -o /tmp/tenure ./cmd/tenure
//
// writes a CPU profile to $TENURE_CPUPROFILE and a heap profile, taken
// as the command ends, to $TENURE_MEMPROFILE, for go tool pprof.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
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
		return func() {
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
