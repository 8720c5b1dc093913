package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// The development corpus (testdata/corpus at the repository root, a copy of
// shared/corpus) holds real pages with the rows a careful reader extracts
// from them. TestCorpus scores tenure on it the way
// testdata/corpus/score_terms.py does and fails when a list that was exact
// (testdata/corpus.golden) stops being exact.

const corpusDir = "../testdata/corpus"

type corpusRow struct {
	NameEN    *string `json:"name_en"`
	NameZH    *string `json:"name_zh"`
	Start     *string `json:"start"`
	End       *string `json:"end"`
	Acting    bool    `json:"acting"`
	Incumbent bool    `json:"incumbent"`
}

type corpusList struct {
	Doc    string      `json:"doc"`
	Office string      `json:"office"`
	Rows   []corpusRow `json:"rows"`
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func corpusNorm(s string) string {
	s = strings.ToLower(strings.TrimSpace(norm.NFKC.String(s)))
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " ")
}

// listScore is how one expected list fared.
type listScore struct {
	key          string // document and office
	exact, total int
	extra        int
	misses       []string
}

func buildCorpus(t testing.TB) *Dataset {
	t.Helper()
	inputs, err := Load(context.Background(), []string{filepath.Join(corpusDir, "docs")})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Build(context.Background(), inputs)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// scoreCorpus ports score_terms.py: each expected list is matched to the
// office, among those with terms from its document, whose holders overlap
// it most; a row is exact when names, dates, incumbent and acting agree.
func scoreCorpus(t testing.TB, ds *Dataset, lists []corpusList) []listScore {
	t.Helper()
	srcFile := map[string]string{}
	for _, s := range ds.Sources {
		srcFile[s.ID] = filepath.Base(s.Path)
	}
	byOffice := map[string][]Term{}
	var officeOrder []string
	for _, tm := range ds.Terms {
		if _, ok := byOffice[tm.OfficeID]; !ok {
			officeOrder = append(officeOrder, tm.OfficeID)
		}
		byOffice[tm.OfficeID] = append(byOffice[tm.OfficeID], tm)
	}
	var out []listScore
	for _, l := range lists {
		doc := filepath.Base(l.Doc)
		sc := listScore{key: doc + " | " + l.Office, total: len(l.Rows)}
		want := map[string]bool{}
		for _, r := range l.Rows {
			want[corpusNorm(deref(r.NameEN))] = true
		}
		best, bestN := "", 0
		for _, id := range officeOrder {
			ts := byOffice[id]
			if !slices.ContainsFunc(ts, func(tm Term) bool { return srcFile[tm.SourceID] == doc }) {
				continue
			}
			got := map[string]bool{}
			for _, tm := range ts {
				if want[corpusNorm(tm.NameEN)] {
					got[corpusNorm(tm.NameEN)] = true
				}
			}
			if len(got) > bestN {
				best, bestN = id, len(got)
			}
		}
		if best == "" {
			sc.misses = append(sc.misses, "no office found")
			out = append(out, sc)
			continue
		}
		got := slices.Clone(byOffice[best])
		slices.SortStableFunc(got, func(a, b Term) int { return a.Ordinal - b.Ordinal })
		used := map[int]bool{}
		for _, r := range l.Rows {
			pick := -1
			for i, tm := range got {
				if used[i] || corpusNorm(tm.NameEN) != corpusNorm(deref(r.NameEN)) {
					continue
				}
				if pick < 0 || tm.Start.String() == deref(r.Start) {
					pick = i
					if tm.Start.String() == deref(r.Start) {
						break
					}
				}
			}
			if pick < 0 {
				sc.misses = append(sc.misses, fmt.Sprintf("missing %s %s", deref(r.NameEN), deref(r.Start)))
				continue
			}
			used[pick] = true
			tm := got[pick]
			var diffs []string
			if tm.NameNative != deref(r.NameZH) {
				diffs = append(diffs, fmt.Sprintf("native name %q≠%q", tm.NameNative, deref(r.NameZH)))
			}
			for _, d := range []struct {
				what      string
				got, want string
			}{{"start", tm.Start.String(), deref(r.Start)}, {"end", tm.End.String(), deref(r.End)}} {
				refined := d.want != "" && strings.HasPrefix(d.got, d.want+"-") && len(tm.CorroboratedBy) > 0
				if d.got != d.want && !refined {
					diffs = append(diffs, fmt.Sprintf("%s %q≠%q", d.what, d.got, d.want))
				}
			}
			if tm.Incumbent != r.Incumbent {
				diffs = append(diffs, fmt.Sprintf("incumbent %v≠%v", tm.Incumbent, r.Incumbent))
			}
			if tm.Acting != r.Acting {
				diffs = append(diffs, fmt.Sprintf("acting %v≠%v", tm.Acting, r.Acting))
			}
			if len(diffs) > 0 {
				sc.misses = append(sc.misses, deref(r.NameEN)+": "+strings.Join(diffs, ", "))
				continue
			}
			sc.exact++
		}
		sc.extra = len(got) - len(used)
		out = append(out, sc)
	}
	return out
}

func readCorpusLists(t testing.TB) []corpusList {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir, "lists.json"))
	if err != nil {
		t.Fatal(err)
	}
	var lists []corpusList
	if err := json.Unmarshal(data, &lists); err != nil {
		t.Fatal(err)
	}
	return lists
}

// TestCorpus exports the whole development corpus, scores every list and
// fails when a list scores fewer exact rows, or has more rows that are not
// in the list, than testdata/corpus.golden records (go test ./pipeline
// -run TestCorpus -update rewrites it).
func TestCorpus(t *testing.T) {
	ds := buildCorpus(t)
	scores := scoreCorpus(t, ds, readCorpusLists(t))
	exact, total := 0, 0
	var golden strings.Builder
	now := map[string]int{}
	extra := map[string]int{}
	for _, s := range scores {
		exact += s.exact
		total += s.total
		now[s.key] = s.exact
		extra[s.key] = s.extra
		fmt.Fprintf(&golden, "%s\t%d/%d\t+%d\n", s.key, s.exact, s.total, s.extra)
		if s.exact < s.total || s.extra > 0 {
			t.Logf("%s: %d/%d exact, %d extra rows", s.key, s.exact, s.total, s.extra)
			for _, m := range s.misses {
				t.Logf("    %s", m)
			}
		}
	}
	t.Logf("corpus: rows exact: %d/%d (%.1f%%)", exact, total, 100*float64(exact)/float64(total))
	path := filepath.Join("testdata", "corpus.golden")
	if *update {
		if err := os.WriteFile(path, []byte(golden.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pipeline -run TestCorpus -update)", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		key := f[0]
		was, _ := strconv.Atoi(strings.Split(f[1], "/")[0])
		if got, ok := now[key]; !ok {
			t.Errorf("%s: the list is no longer scored", key)
		} else if got < was {
			t.Errorf("%s: %d exact rows, %d before", key, got, was)
		}
		if len(f) > 2 {
			if wasExtra, err := strconv.Atoi(strings.TrimPrefix(f[2], "+")); err == nil && extra[key] > wasExtra {
				t.Errorf("%s: %d rows not in the list, %d before", key, extra[key], wasExtra)
			}
		}
	}
}

type corpusBioEntry struct {
	Office      string  `json:"office"`
	Start       *string `json:"start"`
	End         *string `json:"end"`
	Predecessor *string `json:"predecessor"`
	Successor   *string `json:"successor"`
}

// TestCorpusBiographies checks the offices read from each biography's
// infobox against testdata/corpus/expected/bio_*.json: the office as
// written, dates at their precision, and the named predecessors and
// successors (people only).
func TestCorpusBiographies(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(corpusDir, "expected", "bio_*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no biographies: %v", err)
	}
	docs, err := filepath.Glob(filepath.Join(corpusDir, "docs", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		slug := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "bio_"), ".json")
		t.Run(slug, func(t *testing.T) {
			var want []corpusBioEntry
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(docs, func(d string) bool { return strings.HasSuffix(d, "_"+slug+".txt") })
			if i < 0 {
				t.Fatalf("no document for %s", slug)
			}
			text, err := os.ReadFile(docs[i])
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(docs[i], text)
			if err != nil {
				t.Fatal(err)
			}
			ex := extract(doc, Source{ID: slug})
			if ex.source.Kind != KindBiography {
				t.Fatalf("kind = %s, want biography", ex.source.Kind)
			}
			var got []corpusBioEntry
			names := func(ns []Name) *string {
				var parts []string
				for _, n := range ns {
					parts = append(parts, n.EN)
				}
				if len(parts) == 0 {
					return nil
				}
				s := strings.Join(parts, ", ")
				return &s
			}
			date := func(d Date) *string {
				if d.IsZero() {
					return nil
				}
				s := d.String()
				return &s
			}
			for _, c := range ex.terms {
				got = append(got, corpusBioEntry{Office: c.links().office, Start: date(c.start), End: date(c.end),
					Predecessor: names(c.links().preds), Successor: names(c.links().succs)})
			}
			show := func(es []corpusBioEntry) string {
				var b strings.Builder
				for _, e := range es {
					fmt.Fprintf(&b, "\n  %s | %s | %s | %s | %s", e.Office, deref(e.Start), deref(e.End), deref(e.Predecessor), deref(e.Successor))
				}
				return b.String()
			}
			if show(got) != show(want) {
				t.Errorf("offices read:%s\nwant:%s", show(got), show(want))
			}
		})
	}
}
