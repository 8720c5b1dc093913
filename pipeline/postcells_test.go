package pipeline

import (
	"strings"
	"testing"
)

func TestPostHolderPairs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"President – Bajram Begaj", "President=Bajram Begaj"},
		{"Prime Minister - Edi Rama", "Prime Minister=Edi Rama"},
		{"Supreme Leader: Hibatullah Akhundzada", "Supreme Leader=Hibatullah Akhundzada"},
		{"Prime Minister – Hasan Akhund (acting)", "Prime Minister=Hasan Akhund (acting)"},
		// Two posts in one cell, the line break between them lost.
		{"President – Ann Testlee Vice President – Bob Ray", "President=Ann Testlee|Vice President=Bob Ray"},
		{"Governor-General – Sam Mostyn Prime Minister – Anthony Albanese", "Governor-General=Sam Mostyn|Prime Minister=Anthony Albanese"},
		// A monarch's title is the post in such a cell, and the line
		// break between two posts may be lost after a name of three words.
		{"King – Charles III", "King=Charles III"},
		{"Episcopal Co-Prince – Josep-Lluís Serrano Pentinat French Co-Prince – Emmanuel Macron", "Episcopal Co-Prince=Josep-Lluís Serrano Pentinat|French Co-Prince=Emmanuel Macron"},
		{"Grand Duke – Guillaume V", "Grand Duke=Guillaume V"},
		// Not posts with their holders.
		{"Ann Lee – Bob Ray", ""},
		{"President – 1990", ""},
		{"Presidents – Ann Lee, Bob Ray", ""},
		{"President – Lee", ""},
		{"President – Ann Lee and something – else", ""},
		{"Bajram Begaj", ""},
	} {
		var got []string
		for _, p := range postHolderPairs(tc.in) {
			got = append(got, p.post+"="+p.holder)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("postHolderPairs(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}

// A table of the posts of many places and their holders of now: each
// cell an open term of the place's post, watched like any list.
func TestPostsByPlaceTable(t *testing.T) {
	doc := `= List of current heads of state and government =

This is a list of current heads of state and heads of government.

== Member states ==

| State | Head of state | Head of government |
|---|---|---|
| Testistan | Supreme Leader – Ann Testzada | Prime Minister – Bob Testkhund |
| Albania | President – Cy Testbegaj | Prime Minister – Di Testrama |
| Testgeria | President – Ed Testboune | |
`
	ds := buildDocs(t, map[string]string{"heads.txt": doc})
	var got []string
	for _, h := range ds.CurrentHolders {
		got = append(got, h.OfficeID+"="+h.NameEN)
	}
	want := []string{"president-of-albania=Cy Testbegaj", "president-of-testgeria=Ed Testboune", "prime-minister-of-albania=Di Testrama",
		"prime-minister-of-testistan=Bob Testkhund", "supreme-leader-of-testistan=Ann Testzada"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("current holders:\n got %q\nwant %q", got, want)
	}
	// An office of a whole country has that country's code, whatever
	// the page's own country.
	for _, o := range ds.Offices {
		if want := map[string]string{"president-of-albania": "al", "prime-minister-of-albania": "al"}[o.ID]; o.Country != want {
			t.Errorf("office %s: country %q, want %q", o.ID, o.Country, want)
		}
	}
	// Not about the holders of now: a table of what each place is called.
	ds = buildDocs(t, map[string]string{"heads.txt": strings.NewReplacer("current ", "", "This is a list of", "A list of past").Replace(doc)})
	if len(ds.CurrentHolders) != 0 || len(ds.Terms) != 0 {
		t.Errorf("a table not about the holders of now gave %d terms", len(ds.Terms))
	}
}

func FuzzPostHolderPairs(f *testing.F) {
	for _, s := range []string{"President – Bajram Begaj", "Episcopal Co-Prince – Josep-Lluís Serrano Pentinat French Co-Prince – Emmanuel Macron",
		"President – Ann Testlee Vice President – Bob Ray", " – – ", "a: b: c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range postHolderPairs(s) {
			if !isHeadsPost(p.post) || strings.TrimSpace(p.holder) == "" {
				t.Fatalf("postHolderPairs(%q) gave %+v", s, p)
			}
		}
	})
}
