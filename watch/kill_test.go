package watch

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestKillChild is the child side of TestKill9: it runs the watcher and,
// at the step named in the environment, announces itself and waits to be
// killed.
func TestKillChild(t *testing.T) {
	step := os.Getenv("TENURE_KILL_STEP")
	if step == "" {
		t.Skip("child process of TestKill9")
	}
	dir := os.Getenv("TENURE_KILL_DIR")
	s, err := OpenStore(context.Background(), filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	w := New(s, Config{Sources: []string{filepath.Join(dir, "src")}, ReportDir: filepath.Join(dir, "reports"),
		Fault: func(at string) error {
			if at == step {
				os.WriteFile(filepath.Join(dir, "ready"), []byte(at), 0o644)
				time.Sleep(time.Minute)
			}
			return nil
		}})
	w.Run(context.Background())
}

// TestKill9 kills a real watcher process with SIGKILL at every step of a
// run; the next run neither loses nor repeats the change.
func TestKill9(t *testing.T) {
	if os.Getenv("TENURE_KILL_STEP") != "" {
		return
	}
	for _, step := range []string{"fetched", "diffed", "committed", "reported"} {
		t.Run(step, func(t *testing.T) {
			e := newEnv(t)
			e.put("qinghai.txt", read(t, qinghaiOld))
			e.mustRun()
			e.put("qinghai.txt", read(t, qinghaiSeed))
			cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), "TENURE_KILL_STEP="+step, "TENURE_KILL_DIR="+e.dir)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(30 * time.Second)
			for {
				if _, err := os.Stat(filepath.Join(e.dir, "ready")); err == nil {
					break
				}
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatal("child never reached the step")
				}
				time.Sleep(10 * time.Millisecond)
			}
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			e.mustRun()
			e.mustRun()
			if n := e.committedChanges(KindIncumbentChanged); n != 1 {
				t.Errorf("succession recorded %d times after kill -9 at %s", n, step)
			}
			reports, _ := filepath.Glob(filepath.Join(e.reports, "changes-*.json"))
			if len(reports) != 1 {
				t.Errorf("reports after kill -9 at %s: %v", step, reports)
			}
		})
	}
}
