package watch

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The development corpus's snapshot pairs (testdata/corpus/history): real
// revisions of real pages with the leadership changes a journalist wants
// reported and the differences that must not be. Each pair is watched as
// score_watch.sh does, older snapshot then newer, and the second run's
// alerts must be exactly the expected successions.

type pairExpectation struct {
	Changes []struct {
		Office   string `json:"office"`
		Previous struct {
			NameEN string `json:"name_en"`
		} `json:"previous_holder"`
		New struct {
			NameEN string `json:"name_en"`
		} `json:"new_holder"`
		EffectiveISO string `json:"effective_date_iso"`
	} `json:"changes"`
}

func TestCorpusSnapshotPairs(t *testing.T) {
	pairs, err := filepath.Glob("../testdata/corpus/history/*")
	if err != nil || len(pairs) == 0 {
		t.Fatalf("no snapshot pairs: %v", err)
	}
	for _, dir := range pairs {
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			var want pairExpectation
			raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			e := newEnv(t)
			// The pairs' newest changes are of late 2025: the watcher runs
			// after them, as it does in the world.
			e.clock = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
			e.put(name+".txt", read(t, filepath.Join(dir, "older.txt")))
			e.mustRun()
			e.put(name+".txt", read(t, filepath.Join(dir, "newer.txt")))
			r := e.mustRun()
			var rep Report
			if r.Report != "" {
				data, err := os.ReadFile(filepath.Join(e.reports, r.Report+".json"))
				if err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(data, &rep); err != nil {
					t.Fatal(err)
				}
			}
			used := map[int]bool{}
			for _, w := range want.Changes {
				hit := -1
				for i, c := range rep.Changes {
					if used[i] || c.Kind != KindIncumbentChanged && !strings.Contains(c.Kind, "confirm") {
						continue
					}
					if c.From != nil && c.From.NameEN == w.Previous.NameEN && c.To != nil && c.To.NameEN == w.New.NameEN &&
						(w.EffectiveISO == "" || c.EffectiveISO == w.EffectiveISO) {
						hit = i
						break
					}
				}
				if hit < 0 {
					t.Errorf("missed: %s: %s → %s (%s)", w.Office, w.Previous.NameEN, w.New.NameEN, w.EffectiveISO)
					continue
				}
				used[hit] = true
			}
			for i, c := range rep.Changes {
				if !used[i] {
					t.Errorf("false alert: %s: %s", c.Kind, c.Headline)
				}
			}
		})
	}
}
