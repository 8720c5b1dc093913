package watchcli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"tenure/internal/cli"
	"tenure/pipeline"
	"tenure/watch"
)

func TestParseSchedule(t *testing.T) {
	base := time.Date(2025, 3, 30, 0, 30, 0, 0, time.UTC)
	tests := []struct {
		spec string
		next time.Time
	}{
		{"@hourly", time.Date(2025, 3, 30, 1, 0, 0, 0, time.UTC)},
		{"@every 6h", base.Add(6 * time.Hour)},
		{"15 7 * * *", time.Date(2025, 3, 30, 7, 15, 0, 0, time.UTC)},
		{"CRON_TZ=Asia/Shanghai 0 9 * * *", time.Date(2025, 3, 30, 1, 0, 0, 0, time.UTC)},
		{"0 0 * * 0", time.Date(2025, 4, 6, 0, 0, 0, 0, time.UTC)}, // Sundays
	}
	for _, tt := range tests {
		s, err := ParseSchedule(tt.spec)
		if err != nil {
			t.Errorf("%q: %v", tt.spec, err)
			continue
		}
		if got := s.Next(base); !got.Equal(tt.next) {
			t.Errorf("%q: next after %v = %v, want %v", tt.spec, base, got, tt.next)
		}
	}
	for _, bad := range []string{"", "every hour", "61 * * * *", "TZ=UTC", "CRON_TZ=Europe/Berlin", "CRON_TZ=Nowhere/City 0 * * * *", "* * * * * * *"} {
		if _, err := ParseSchedule(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestWatchOnce(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	os.MkdirAll(src, 0o755)
	old, _ := os.ReadFile("../../watch/testdata/snapshots/qinghai-2023.txt")
	seed, _ := os.ReadFile("../../seeds/000_f94f241cd2472459.txt")
	os.WriteFile(filepath.Join(src, "qinghai.txt"), old, 0o644)
	args := []string{"-once", "-sources", src, "-state", filepath.Join(dir, "state.db"), "-reports", filepath.Join(dir, "reports")}
	var out, errOut bytes.Buffer
	if err := run(context.Background(), args, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	if !strings.Contains(errOut.String(), "baseline recorded") {
		t.Errorf("first run log: %s", errOut.String())
	}
	os.WriteFile(filepath.Join(src, "qinghai.txt"), seed, 0o644)
	out.Reset()
	errOut.Reset()
	if err := run(context.Background(), args, &out, &errOut); err != nil {
		t.Fatal(err, errOut.String())
	}
	if got := out.String(); got != "Party Secretary of Qinghai: Wu Xiaojun succeeded Chen Gang on 31 December 2024\n" {
		t.Errorf("stdout = %q", got)
	}
	for _, want := range []string{"sources_checked=1", "sources_changed=1", "changes=1", "report=changes-"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("log lacks %q: %s", want, errOut.String())
		}
	}
}

func TestWatchLockedAndUsage(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state.db")
	s, err := watch.OpenStore(context.Background(), state)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var sink bytes.Buffer
	err = run(context.Background(), []string{"-once", "-state", state, "-reports", dir}, &sink, &sink)
	var ee *cli.ExitError
	if !errors.As(err, &ee) || ee.Code != exitLocked {
		t.Errorf("second watcher: %v", err)
	}
	err = run(context.Background(), []string{"-schedule", "CRON_TZ=Europe/Berlin", "-state", filepath.Join(dir, "x.db")}, &sink, &sink)
	if !errors.As(err, &ee) || ee.Code != exitUsage {
		t.Errorf("bad schedule: %v", err)
	}
}

// TestDaemonStops: a cancelled daemon returns without running anything
// more.
func TestDaemonStops(t *testing.T) {
	s, err := ParseSchedule("0 0 1 1 *") // once a year: never during the test
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var sink bytes.Buffer
	go func() {
		done <- daemon(ctx, s, func(context.Context) error { t.Error("ran"); return nil }, slogTo(&sink))
	}()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("daemon did not stop")
	}
}

// everyFew is a schedule that fires every few milliseconds, for tests.
type everyFew struct{}

func (everyFew) Next(t time.Time) time.Time { return t.Add(30 * time.Millisecond) }

// TestDaemonSurvivesPanic: a run that panics is logged as failed and the
// next scheduled run happens.
func TestDaemonSurvivesPanic(t *testing.T) {
	var runs atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	var log bytes.Buffer
	var mu sync.Mutex
	done := make(chan error, 1)
	go func() {
		done <- daemon(ctx, everyFew{}, func(context.Context) error {
			if runs.Add(1) == 1 {
				panic("boom")
			}
			return nil
		}, slogTo(&lockedWriter{w: &log, mu: &mu}))
	}()
	deadline := time.Now().Add(10 * time.Second)
	for runs.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	if runs.Load() < 3 {
		t.Fatalf("%d runs after a panic, want the daemon to go on", runs.Load())
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(log.String(), "run panicked: boom") {
		t.Errorf("the panic was not logged:\n%s", log.String())
	}
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// TestFlagsValidated: every flag is checked before anything runs.
func TestFlagsValidated(t *testing.T) {
	for _, args := range [][]string{
		{"-once", "-context", "-1"},
		{"-once", "-settle", "0"},
		{"-once", "-timeout", "0s"},
		{"-schedule", "@every 10s"},
		{"-schedule", "0 0 30 2 *"},
	} {
		var sink bytes.Buffer
		err := run(context.Background(), append(args, "-state", filepath.Join(t.TempDir(), "s.db")), &sink, &sink)
		var ee *cli.ExitError
		if !errors.As(err, &ee) || ee.Code != exitUsage {
			t.Errorf("%v: %v, want exit 2", args, err)
		}
	}
	var help bytes.Buffer
	run(context.Background(), []string{"-h"}, &help, &help)
	if !strings.Contains(help.String(), "Exit codes:") {
		t.Errorf("-h does not list the exit codes:\n%s", help.String())
	}
}

// TestTerminalOutputIsSafe: control characters from a document reach the
// terminal escaped, never raw.
func TestTerminalOutputIsSafe(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	os.MkdirAll(src, 0o755)
	page := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | %s |\n%s"
	os.WriteFile(filepath.Join(src, "x.txt"), []byte(fmt.Sprintf(page, "Incumbent", "")), 0o644)
	args := []string{"-once", "-sources", src, "-state", filepath.Join(dir, "s.db"), "-reports", filepath.Join(dir, "r")}
	var out bytes.Buffer
	if err := run(context.Background(), args, &out, &out); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(src, "x.txt"), []byte(fmt.Sprintf(page, "2005", "| Evil\x1b[2J\x07Name | 2005 | Incumbent |\n")), 0o644)
	out.Reset()
	if err := run(context.Background(), args, &out, &out); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(out.String(), "\x1b\x07") || !strings.Contains(out.String(), `\x1b[2J`) {
		t.Errorf("output:\n%q", out.String())
	}
}

// TestCheckState: -check reports a sound state database and exits 0.
func TestCheckState(t *testing.T) {
	var out bytes.Buffer
	state := filepath.Join(t.TempDir(), "s.db")
	if err := run(context.Background(), []string{"-check", "-state", state}, &out, &out); err != nil || !strings.Contains(out.String(), "is sound") {
		t.Errorf("-check: %v\n%s", err, out.String())
	}
}

// TestDaemonStopsMidRun: SIGTERM stops the daemon within a few seconds even
// while a run is stuck fetching.
func TestDaemonStopsMidRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{}, 1)
	var sink bytes.Buffer
	var mu sync.Mutex
	done := make(chan error, 1)
	go func() {
		done <- daemon(ctx, everyFew{}, func(runCtx context.Context) error {
			select {
			case started <- struct{}{}:
			default:
			}
			<-runCtx.Done() // a fetch that never ends by itself
			return runCtx.Err()
		}, slogTo(&lockedWriter{w: &sink, mu: &mu}))
	}()
	<-started
	cancel()
	select {
	case <-done:
	case <-time.After(stopGrace + 5*time.Second):
		t.Fatal("the daemon did not stop while a run was stuck")
	}
}

// TestFailedRunIsRecorded: a run that fails is recorded among the runs of
// the state database, with why.
func TestFailedRunIsRecorded(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	os.MkdirAll(src, 0o755)
	page := "= Mayor of X =\n\n| Name | Term start | Term end |\n| Li Si | 2001 | %s |\n%s"
	os.WriteFile(filepath.Join(src, "x.txt"), []byte(fmt.Sprintf(page, "Incumbent", "")), 0o644)
	reports := filepath.Join(dir, "reports")
	os.WriteFile(reports, []byte("a file where the reports folder should be"), 0o644)
	state := filepath.Join(dir, "s.db")
	args := []string{"-once", "-sources", src, "-state", state, "-reports", reports}
	var out bytes.Buffer
	run(context.Background(), args, &out, &out)
	os.WriteFile(filepath.Join(src, "x.txt"), []byte(fmt.Sprintf(page, "2005", "| Wang Wu | 2005 | Incumbent |\n")), 0o644)
	if err := run(context.Background(), args, &out, &out); err == nil {
		t.Fatal("a run that cannot write its report succeeded")
	}
	s, err := watch.OpenStore(context.Background(), state)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	problems, _ := s.Check(context.Background())
	if len(problems) != 0 {
		t.Errorf("check: %v", problems)
	}
	n, reason := s.FailedRuns(context.Background())
	if n != 1 || !strings.Contains(reason, "reports") {
		t.Errorf("failed runs recorded: %d (%q)", n, reason)
	}
}

func TestVersionFlag(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"-version"}, &out, &out); err != nil || !strings.Contains(out.String(), "tenure watch "+pipeline.Version) {
		t.Errorf("-version: %v %q", err, out.String())
	}
}
