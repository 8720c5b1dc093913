package watch

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
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

// watchBench writes n generated sources and records their baseline. The
// measured runs are a separate watch process (watchOnce), so that its
// peak RSS is the run's own, not the generator's or the baseline's.
func watchBench(b *testing.B, n int) (dir string, files []corpus.File) {
	b.Helper()
	dir = b.TempDir()
	src := filepath.Join(dir, "src")
	os.MkdirAll(src, 0o755)
	files = corpus.Generate(n, 25, 7)
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(src, filepath.Base(f.Path)), f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	s, err := OpenStore(context.Background(), filepath.Join(dir, "state.db"))
	if err != nil {
		b.Fatal(err)
	}
	w := New(s, Config{Sources: []string{src}, ReportDir: filepath.Join(dir, "reports")})
	if _, err := w.Run(context.Background()); err != nil { // the baseline
		b.Fatal(err)
	}
	s.Close()
	cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "watch"), "../cmd/watch")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("build cmd/watch: %v\n%s", err, out)
	}
	return dir, files
}

// watchOnce runs `watch -once` over the benchmark's sources and returns
// the process's peak RSS in bytes: its VmHWM, read from /proc while it
// runs (the rusage of a child started from this large process would
// count this process's memory too).
func watchOnce(b *testing.B, dir string) int64 {
	b.Helper()
	cmd := exec.Command(filepath.Join(dir, "watch"), "-once", "-sources", filepath.Join(dir, "src"),
		"-state", filepath.Join(dir, "state.db"), "-reports", filepath.Join(dir, "reports"))
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
	var peak int64
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				b.Fatalf("watch -once: %v\n%s", err, out.String())
			}
			return peak
		case <-tick.C:
			if data, err := os.ReadFile(status); err == nil {
				for _, l := range strings.Split(string(data), "\n") {
					if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
						var kb int64
						fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), &kb)
						peak = max(peak, kb*1024)
					}
				}
			}
		}
	}
}

// BenchmarkWatchUnchanged: a run over 30,000 sources of which none
// changed costs no parsing and no decompression.
func BenchmarkWatchUnchanged(b *testing.B) {
	dir, _ := watchBench(b, 30_000)
	var peak int64
	b.ResetTimer()
	for b.Loop() {
		peak = max(peak, watchOnce(b, dir))
	}
	b.ReportMetric(float64(peak)/1e6, "MB-peak-RSS")
}

// BenchmarkWatchTenPercent: 30,000 sources, 3,000 of which gained one
// succession each.
func BenchmarkWatchTenPercent(b *testing.B) {
	dir, files := watchBench(b, 30_000)
	src := filepath.Join(dir, "src")
	round := 0
	var peak int64
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		round++
		for i := 0; i < len(files); i += 10 {
			f := files[i]
			data := append([]byte(nil), f.Data...)
			data = append(data, fmt.Sprintf("| | Successor %d Number %d (继任) | 1 May %d | Incumbent | |\n", i, round, 2030+round)...)
			os.WriteFile(filepath.Join(src, filepath.Base(f.Path)), data, 0o644)
		}
		b.StartTimer()
		peak = max(peak, watchOnce(b, dir))
	}
	b.ReportMetric(float64(peak)/1e6, "MB-peak-RSS")
}

// BenchmarkWatchRenamedTable: one source whose 4,000-row table is renamed
// row by row; reports the growth of the state database.
func BenchmarkWatchRenamedTable(b *testing.B) {
	dir := b.TempDir()
	src := filepath.Join(dir, "src")
	os.MkdirAll(src, 0o755)
	table := func(prefix string) []byte {
		var sb strings.Builder
		sb.WriteString("= Mayor of Bigtown =\n\n| No. | Name | Term start | Term end |\n")
		for i := range 4000 {
			fmt.Fprintf(&sb, "| %d | %s Holder %d | %d | %d |\n", i+1, prefix, i, 1000+i/4, 1000+i/4+1)
		}
		return []byte(sb.String())
	}
	path := filepath.Join(src, "big.txt")
	os.WriteFile(path, table("Old"), 0o644)
	state := filepath.Join(dir, "state.db")
	s, err := OpenStore(context.Background(), state)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	clock := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	w := New(s, Config{Sources: []string{src}, ReportDir: filepath.Join(dir, "reports"),
		Now: func() time.Time { clock = clock.Add(time.Minute); return clock }})
	if _, err := w.Run(context.Background()); err != nil {
		b.Fatal(err)
	}
	before := dbSize(state)
	round := 0
	b.ResetTimer()
	for b.Loop() {
		round++
		os.WriteFile(path, table(fmt.Sprintf("Renamed%d", round)), 0o644)
		if _, err := w.Run(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(dbSize(state)-before)/1e6/float64(round), "MB-state-growth/run")
	b.ReportMetric(float64(peakRSS())/1e6, "MB-peak-RSS")
}

func dbSize(path string) int64 {
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		if st, err := os.Stat(p); err == nil {
			n += st.Size()
		}
	}
	return n
}

// peakRSS returns the peak resident set size of this process in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}
