package watch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tenure/internal/corpus"
)

// BenchmarkWatchRun: a run over 10,000 local sources of which 100 changed.
func BenchmarkWatchRun(b *testing.B) {
	dir := b.TempDir()
	src := filepath.Join(dir, "src")
	os.MkdirAll(src, 0o755)
	files := corpus.Generate(10_000, 25, 1)
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(src, filepath.Base(f.Path)), f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	s, err := OpenStore(context.Background(), filepath.Join(dir, "state.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	clock := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	w := New(s, Config{Sources: []string{src}, ReportDir: filepath.Join(dir, "reports"),
		Now: func() time.Time { clock = clock.Add(time.Minute); return clock }})
	if _, err := w.Run(context.Background()); err != nil { // the baseline
		b.Fatal(err)
	}
	round := 0
	for b.Loop() {
		b.StopTimer()
		round++
		for i := 0; i < 100; i++ {
			f := files[i*100]
			data := append([]byte(nil), f.Data...)
			data = append(data, fmt.Sprintf("| | New Holder %d (新人) | 1 May 2030 | 2 May 2031 | |\n", round)...)
			os.WriteFile(filepath.Join(src, filepath.Base(f.Path)), data, 0o644)
		}
		b.StartTimer()
		res, err := w.Run(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if res.Changed != 100 {
			b.Fatalf("%d sources changed, want 100", res.Changed)
		}
	}
}
