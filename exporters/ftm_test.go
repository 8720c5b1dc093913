package exporters

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"tenure/pipeline"
)

// TestFTM: the seeds as FollowTheMoney entities: one Person per person, one
// Position per office, one Occupancy per term whose holder and post are in
// the file, dates at their precision, status current or ended.
// ftmJSON is a line of the FtM file as encoding/json reads it.
type ftmJSON struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

func TestFTM(t *testing.T) {
	ds := seedDataset(t)
	var buf bytes.Buffer
	if err := (FTM{}).WriteEntities(context.Background(), &buf, ds); err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	var occ []ftmJSON
	date := regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e ftmJSON
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		if ids[e.ID] != "" {
			t.Errorf("duplicate id %s", e.ID)
		}
		ids[e.ID] = e.Schema
		if e.Schema == "Occupancy" {
			occ = append(occ, e)
		}
		for _, k := range []string{"startDate", "endDate", "birthDate", "inceptionDate"} {
			for _, v := range e.Properties[k] {
				if !date.MatchString(v) {
					t.Errorf("%s %s %q is not an ISO prefix", e.ID, k, v)
				}
			}
		}
	}
	count := map[string]int{}
	for _, s := range ids {
		count[s]++
	}
	if count["Person"] != len(ds.Persons) || count["Position"] != len(ds.Offices) || count["Occupancy"] != len(ds.Terms) {
		t.Errorf("entities %v, dataset %d persons %d offices %d terms", count, len(ds.Persons), len(ds.Offices), len(ds.Terms))
	}
	current := 0
	for _, e := range occ {
		if ids[e.Properties["holder"][0]] != "Person" || ids[e.Properties["post"][0]] != "Position" {
			t.Errorf("occupancy %s points nowhere: %v", e.ID, e.Properties)
		}
		if e.Properties["status"][0] == "current" {
			current++
		}
	}
	if current != len(ds.CurrentHolders) {
		t.Errorf("%d current occupancies, %d current holders", current, len(ds.CurrentHolders))
	}
}

// TestFTMPassesTheChecker runs the FollowTheMoney checker
// (testdata/check_ftm.py, a copy of shared/ftm/check_ftm.py) over the
// seeds' file when python3 is there.
func TestFTMPassesTheChecker(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed: FollowTheMoney checker skipped")
	}
	dir := t.TempDir()
	if _, err := (FTM{}).Write(context.Background(), seedDataset(t), dir, testOptions); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "testdata/check_ftm.py", filepath.Join(dir, FTMFile)).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "errors: 0") {
		t.Errorf("check_ftm.py: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(dir, FTMFile)); err != nil {
		t.Fatal(err)
	}
}

// FuzzFTMLine checks that an entity's line is what encoding/json writes
// for it (without HTML escaping), whatever its texts: the file is read by
// FtM tools with strict JSON parsers.
func FuzzFTMLine(f *testing.F) {
	for _, s := range []string{"Mao Zedong", `a "b" \c`, "<&>", "\b\f\n\r\t\x00\x1f", "\u2028\u2029", "\xff\xfe", "毛泽东 🇨🇳"} {
		f.Add(s, "note")
	}
	f.Fuzz(func(t *testing.T, name, note string) {
		e := &ftmEntity{ID: "tenure-person-" + name, Schema: "Person"}
		e.set("name", name)
		e.set("summary", note)
		e.set("alias", note)
		e.set("alias", name)
		e.set("alias", note)
		props := map[string][]string{}
		for _, p := range e.props {
			props[p.name] = p.values
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(ftmJSON{e.ID, e.Schema, props}); err != nil {
			t.Fatal(err)
		}
		if got := e.appendJSON(nil); string(got) != want.String() {
			t.Fatalf("line for %q, %q:\n got %s\nwant %s", name, note, got, want.Bytes())
		}
	})
}

// TestEntityText: the strings made in the reused buffer are the ones the
// plain functions make, and stay right while more are added to the buffer
// (which may move it) until it is reset.
func TestEntityText(t *testing.T) {
	var text entityText
	for round := range 3 {
		text.reset()
		var got, want []string
		for i, id := range []string{"governor-of-alaska/1", "mayor/x/y", "", "a", strings.Repeat("long-id/", 40)} {
			got = append(got, text.occupancyID(id), text.join(ftmPersonPrefix, id),
				text.date(pipeline.Date{Year: int16(1900 + i + round), Month: 3, Day: 9, Precision: pipeline.Precision(i % 4)}))
			want = append(want, ftmOccupancyID(id), ftmPersonID(id),
				pipeline.Date{Year: int16(1900 + i + round), Month: 3, Day: 9, Precision: pipeline.Precision(i % 4)}.String())
		}
		if !slices.Equal(got, want) {
			t.Errorf("round %d:\n got %q\nwant %q", round, got, want)
		}
	}
}

// TestFTMPositionsHeld: a person's positions are the titles of the
// offices of their terms, each once, in the order of the terms, however
// many they hold (a common name can be shared by dozens of officeholders).
func TestFTMPositionsHeld(t *testing.T) {
	for _, offices := range []int{1, 3, 16, 17, 40} {
		ds := &pipeline.Dataset{Persons: []pipeline.Person{{ID: "wang-wei", NameEN: "Wang Wei"}}}
		for i := range offices {
			id := fmt.Sprintf("office-%03d", i)
			ds.Offices = append(ds.Offices, pipeline.Office{ID: id, Title: fmt.Sprintf(" Governor of Place %d ", i%(offices*2/3+1))})
			// Two terms in each office, and an office whose title repeats
			// another's (two offices, one title) past two thirds.
			for k := range 2 {
				ds.Terms = append(ds.Terms, pipeline.Term{ID: fmt.Sprintf("%s/%d", id, k+1), OfficeID: id, PersonID: "wang-wei"})
			}
		}
		var want []string
		for _, term := range ds.Terms {
			o := officeOf(ds, term.OfficeID)
			if title := strings.TrimSpace(o.Title); !slices.Contains(want, title) {
				want = append(want, title)
			}
		}
		var buf bytes.Buffer
		if err := (FTM{}).WriteEntities(context.Background(), &buf, ds); err != nil {
			t.Fatal(err)
		}
		line, _, _ := strings.Cut(buf.String(), "\n")
		var e ftmJSON
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		if got := e.Properties["position"]; !slices.Equal(got, want) {
			t.Errorf("%d offices: positions\n got %q\nwant %q", offices, got, want)
		}
	}
}

// TestOfficeLevel: an office's FtM level comes from its title, and an
// office whose jurisdiction is its own country is national however its
// title is worded.
func TestOfficeLevel(t *testing.T) {
	for _, tc := range []struct {
		o    pipeline.Office
		want string
	}{
		{pipeline.Office{Title: "Minister of Foreign Affairs (China)", Jurisdiction: "China", Country: "cn"}, "gov.national"},
		{pipeline.Office{Title: "President of Mongolia", Jurisdiction: "Mongolia", Country: "mn"}, "gov.national"},
		{pipeline.Office{Title: "Governor of Georgia (U.S. state)", Jurisdiction: "Georgia", Country: "us"}, "gov.state"},
		{pipeline.Office{Title: "Governor of Hunan", Jurisdiction: "Hunan", Country: "cn"}, "gov.state"},
		{pipeline.Office{Title: "Mayor of Wuhan", Jurisdiction: "Wuhan", Country: "cn"}, "gov.muni"},
		{pipeline.Office{Title: "Premier of China", Jurisdiction: "China", Country: "cn"}, "gov.national"},
	} {
		if got := officeLevel(&tc.o); got != tc.want {
			t.Errorf("officeLevel(%q) = %q, want %q", tc.o.Title, got, tc.want)
		}
	}
}
