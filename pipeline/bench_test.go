package pipeline

import (
	"context"
	"runtime"
	"syscall"
	"testing"

	"tenure/internal/corpus"
)

// peakRSS returns the peak resident set size of this process in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}

func corpusInputs(docs, terms int, seed uint64) []Input {
	files := corpus.Generate(docs, terms, seed)
	in := make([]Input, len(files))
	for i, f := range files {
		in[i] = Input{Path: f.Path, Data: f.Data}
	}
	return in
}

func corpusBytes(in []Input) int64 {
	var n int64
	for _, i := range in {
		n += int64(len(i.Data))
	}
	return n
}

// BenchmarkPipeline parses, normalises, reconciles and validates a
// generated corpus of 10,000 documents and 250,000 terms. It reports the
// corpus size and the peak heap.
func BenchmarkPipeline(b *testing.B) {
	in := corpusInputs(10_000, 25, 1)
	size := corpusBytes(in)
	b.SetBytes(size)
	b.ReportMetric(float64(size)/1e6, "MB-corpus")
	b.ResetTimer()
	var peak uint64
	for b.Loop() {
		runtime.GC()
		ds, err := Build(context.Background(), in)
		if err != nil {
			b.Fatal(err)
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
		if len(ds.Terms) != 250_000 {
			b.Fatalf("%d terms, want 250000", len(ds.Terms))
		}
	}
	b.ReportMetric(float64(peak)/1e6, "MB-heap-after")
	b.ReportMetric(float64(peakRSS())/1e6, "MB-peak-RSS")
}

func TestGenerateCorpus(t *testing.T) {
	in := corpusInputs(30, 25, 1)
	ds, err := Build(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Terms) != 750 || len(ds.Offices) != 30 || len(ds.CurrentHolders) != 30 {
		t.Errorf("generated corpus gave %d terms, %d offices, %d holders", len(ds.Terms), len(ds.Offices), len(ds.CurrentHolders))
	}
	if e, _, _ := ds.FindingCounts(); e != 0 {
		t.Errorf("%d error findings on the generated corpus", e)
	}
}
