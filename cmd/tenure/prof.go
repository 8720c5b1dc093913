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
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
)

func init() {
	startProfiling = func() func() {
		cpu := startTo("TENURE_CPUPROFILE", "cpu profile", pprof.StartCPUProfile)
		tr := startTo("TENURE_TRACE", "trace", trace.Start)
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

// startTo creates the file the environment variable env names, if any,
// and starts writing what to it; it returns the file, or nil.
func startTo(env, what string, start func(io.Writer) error) *os.File {
	path := os.Getenv(env)
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err == nil {
		if err = start(f); err != nil {
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "tenure: %s: %v\n", what, err)
		return nil
	}
	return f
}
