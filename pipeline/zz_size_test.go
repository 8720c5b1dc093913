package pipeline

import (
	"context"
	"runtime"
	"testing"
)

func TestZZLive(t *testing.T) {
	in, _ := variedInputs(10_000, 25, 1)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	ds, err := Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	t.Logf("live after build %.1f MB (inputs excluded), total alloc %.1f MB, GCs %d", float64(m1.HeapAlloc-m0.HeapAlloc)/1e6, float64(m1.TotalAlloc-m0.TotalAlloc)/1e6, m1.NumGC-m0.NumGC)
	runtime.KeepAlive(ds)
}
