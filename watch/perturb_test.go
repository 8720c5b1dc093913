package watch

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"tenure/pipeline"
)

// TestCorpusEditsWithoutFacts: edits that change no fact, applied to every
// real page of the development corpus, give no alert: footnotes added to
// names, hyphens for dashes in ranges, headings reworded, CRLF line ends,
// and the page rendered another way.
func TestCorpusEditsWithoutFacts(t *testing.T) {
	docs, _ := filepath.Glob("../testdata/corpus/docs/*.txt")
	footnote := regexp.MustCompile(`(?m)^(\| *\d+ *\| *)([A-Z][a-z]+ [A-Z][a-z]+)`)
	edits := map[string]func(string) string{
		"footnotes":  func(s string) string { return footnote.ReplaceAllString(s, "$1$2[9]") },
		"dashes":     func(s string) string { return strings.ReplaceAll(s, "–", "-") },
		"headings":   func(s string) string { return strings.ReplaceAll(s, "== List of", "== Complete list of") },
		"line ends":  func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") },
		"whitespace": func(s string) string { return strings.ReplaceAll(s, " | ", "  |  ") },
		// The page's mirror renders it another way.
		"character references": func(s string) string { return strings.NewReplacer("–", "&ndash;", "&", "&amp;").Replace(s) },
		"month first":          func(s string) string { return dayMonthYear.ReplaceAllString(s, "$2 $1, $3") },
		"line breaks as <br>":  func(s string) string { return strings.ReplaceAll(s, " (", "<br/>(") },
		"full-width brackets":  func(s string) string { return strings.NewReplacer("(", "（", ")", "）").Replace(s) },
		// A mirror that renders wiki tables badly.
		"cell attributes": func(s string) string { return numberedRow.ReplaceAllString(s, `| style="background:#ccc;" $0`) },
		"spaced remarks":  func(s string) string { return footnote.ReplaceAllString(s, "$1$2 [ citation needed ]") },
	}
	for _, doc := range docs {
		text := read(t, doc)
		old := buildOne(t, doc, text)
		for name, edit := range edits {
			var alerts []string
			for _, c := range Diff(old, buildOne(t, doc, edit(text))) {
				if TierOf(c.Kind) == TierAlert {
					alerts = append(alerts, c.Kind+": "+c.Headline)
				}
			}
			if len(alerts) > 0 {
				t.Errorf("%s, %s: %q", filepath.Base(doc), name, alerts)
			}
		}
	}
}

var numberedRow = regexp.MustCompile(`(?m)^\| *\d+ *\|`)

var dayMonthYear = regexp.MustCompile(`\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b`)

func buildOne(t *testing.T, path, text string) *pipeline.Dataset {
	t.Helper()
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: path, Data: []byte(text)}})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestCorpusSuccessions: a succession written into every real page of the
// development corpus whose list names a current holder, in the page's own
// style (the open row closed, a new row of the same shape after it), is
// one incumbent-changed alert naming both holders, and nothing else.
func TestCorpusSuccessions(t *testing.T) {
	docs, _ := filepath.Glob("../testdata/corpus/docs/*.txt")
	tried := 0
	for _, doc := range docs {
		text := read(t, doc)
		old := buildOne(t, doc, text)
		for _, term := range old.Terms {
			if !term.Incumbent || term.Start.IsZero() || term.NameEN == "" || term.SourceLine == 0 {
				continue
			}
			edited, ok := writeSuccession(text, term)
			if !ok {
				continue
			}
			tried++
			var alerts []string
			for _, c := range Diff(old, buildOne(t, doc, edited)) {
				if TierOf(c.Kind) == TierAlert {
					alerts = append(alerts, c.Kind+": "+c.Headline)
				}
			}
			want := "incumbent-changed: " + "Zed Newholder succeeded " + term.NameEN
			if len(alerts) != 1 || !strings.HasPrefix(alerts[0], "incumbent-changed") || !strings.Contains(alerts[0], "Zed Newholder succeeded "+term.NameEN) {
				t.Errorf("%s (%s): alerts %q, want one %q", filepath.Base(doc), term.OfficeID, alerts, want)
			}
		}
	}
	t.Logf("%d pages took a succession", tried)
	if tried < 5 {
		t.Errorf("only %d pages took a succession", tried)
	}
}

// writeSuccession closes the open term on its line and writes a new holder
// after it in the line's own shape: a list item "Name: 2017–present" or a
// table row whose end cell is "Incumbent", "present" or "-".
func writeSuccession(text string, term pipeline.Term) (string, bool) {
	lines := strings.Split(text, "\n")
	i := term.SourceLine - 1
	if i < 0 || i >= len(lines) {
		return "", false
	}
	line := lines[i]
	name := term.NameEN
	if !strings.Contains(line, name) {
		return "", false
	}
	var closed, added string
	if strings.HasPrefix(strings.TrimSpace(line), "|") {
		cells := strings.Split(line, "|")
		end, start := -1, -1
		for j, c := range cells {
			v := strings.TrimSpace(c)
			switch {
			case pipeline.IsOpenEnd(v) || v == "-":
				end = j
			case start < 0:
				if d, err := pipeline.ParseDate(v); err == nil && d == term.Start {
					start = j
				}
			}
		}
		if end < 0 || start < 0 {
			return "", false
		}
		closedCells := append([]string(nil), cells...)
		closedCells[end] = " 1 May 2030 "
		newCells := append([]string(nil), cells...)
		newCells[start] = " 1 May 2030 "
		for j, c := range newCells {
			if strings.Contains(c, name) {
				newCells[j] = " Zed Newholder "
			}
		}
		closed, added = strings.Join(closedCells, "|"), strings.Join(newCells, "|")
	} else {
		open := regexp.MustCompile(`(?i)(present|incumbent)`)
		if !open.MatchString(line) {
			return "", false
		}
		closed = open.ReplaceAllString(line, "2030")
		prefix := ""
		if m := regexp.MustCompile(`^\s*(\d+)\.\s`).FindStringSubmatch(line); m != nil {
			prefix = "99. "
		} else if strings.HasPrefix(strings.TrimSpace(line), "- ") {
			prefix = "- "
		}
		added = prefix + "Zed Newholder: 2030–present"
	}
	lines[i] = closed
	lines = append(lines[:i+1], append([]string{added}, lines[i+1:]...)...)
	return strings.Join(lines, "\n"), true
}
