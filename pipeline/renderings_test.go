package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The corpus's pages, written as other renderers and editors write the
// same facts: a reader that depends on one rendering's details reads
// only that rendering. TestCorpusRenderings reads every page of the
// corpus in each of these forms and requires every list to stay as exact
// as it is in the stored form.
var renderings = []struct {
	name    string
	rewrite func(string) string
}{
	{"HTML character references", func(s string) string {
		return strings.NewReplacer("–", "&ndash;", "—", "&mdash;", "&", "&amp;").Replace(s)
	}},
	{"hyphens for en dashes", func(s string) string { return strings.ReplaceAll(s, "–", "-") }},
	{"spaced em dashes", func(s string) string { return strings.ReplaceAll(s, "–", " — ") }},
	{"CRLF, tabs and trailing spaces", func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, "\n", " \r\n"), " | ", "\t|\t")
	}},
	{"month before day", func(s string) string { return dayMonthYear.ReplaceAllString(s, "$2 $1, $3") }},
	{"abbreviated months", func(s string) string {
		return fullMonth.ReplaceAllStringFunc(s, func(m string) string { return m[:3] + "." })
	}},
	{"footnotes after dates", func(s string) string { return yearEnd.ReplaceAllString(s, "$1[7] |") }},
	{"tables without their closing pipes", func(s string) string { return closingPipe.ReplaceAllString(s, "\n") }},
	{"line breaks as <br>", func(s string) string { return strings.ReplaceAll(s, " (", "<br/>(") }},
	{"full-width brackets", func(s string) string { return strings.NewReplacer("(", "（", ")", "）").Replace(s) }},
	{"native names glued to the name", func(s string) string { return nativeBracket.ReplaceAllString(s, "$1($2") }},
	{"ISO dates", func(s string) string {
		return dayMonthYear.ReplaceAllStringFunc(s, func(m string) string {
			p := dayMonthYear.FindStringSubmatch(m)
			return fmt.Sprintf("%s-%02d-%02d", p[3], monthOf[p[2]], atoi(p[1]))
		})
	}},
	{"capitalised open ends", func(s string) string {
		return strings.NewReplacer("present", "Present", "incumbent", "Incumbent").Replace(s)
	}},
	{"numbers closed with a bracket", func(s string) string { return numberedItem.ReplaceAllString(s, "$1) ") }},
	{"ordinal days", func(s string) string {
		return dayMonthYear.ReplaceAllStringFunc(s, func(m string) string {
			p := dayMonthYear.FindStringSubmatch(m)
			return p[1] + ordinalSuffix(atoi(p[1])) + " " + p[2] + " " + p[3]
		})
	}},
	{"sortable tables' keys", func(s string) string {
		return dayMonthYear.ReplaceAllStringFunc(s, func(m string) string {
			p := dayMonthYear.FindStringSubmatch(m)
			return fmt.Sprintf("0000000%s-%02d-%02d-0000 %s", p[3], monthOf[p[2]], atoi(p[1]), m)
		})
	}},
	{"lower-case months", func(s string) string { return fullMonth.ReplaceAllStringFunc(s, strings.ToLower) }},
	{"non-breaking spaces in dates", func(s string) string {
		return dayMonthYear.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, " ", "\u00a0") })
	}},
	// Edits that change how a page is written, not what it says.
	{"footnote markers on every third cell and item", func(s string) string {
		n := 0
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			switch {
			case strings.HasPrefix(l, "|") && !separatorRow.MatchString(l):
				cells := strings.Split(l, "|")
				for j := 1; j < len(cells)-1; j++ {
					if strings.TrimSpace(cells[j]) != "" {
						if n++; n%3 == 0 {
							cells[j] = fmt.Sprintf("%s[%d] ", strings.TrimRight(cells[j], " "), n)
						}
					}
				}
				lines[i] = strings.Join(cells, "|")
			case strings.HasPrefix(l, "* "):
				if n++; n%3 == 0 {
					lines[i] = fmt.Sprintf("%s[%d]", l, n)
				}
			}
		}
		return strings.Join(lines, "\n")
	}},
	{"separator rows under headers", func(s string) string {
		lines := strings.Split(s, "\n")
		var out []string
		for i, l := range lines {
			out = append(out, l)
			first := strings.HasPrefix(l, "|") && (i == 0 || !strings.HasPrefix(lines[i-1], "|"))
			if first && i+1 < len(lines) && strings.HasPrefix(lines[i+1], "|") && !separatorRow.MatchString(lines[i+1]) {
				out = append(out, "|"+strings.Repeat("---|", strings.Count(l, "|")-1))
			}
		}
		return strings.Join(out, "\n")
	}},
	{"a hatnote above the lead and a paragraph after it", func(s string) string {
		parts := strings.Split(s, "\n\n")
		parts = slices.Insert(parts, min(3, len(parts)), "An editor added this paragraph on the history of the post, naming no one.")
		return strings.Replace(strings.Join(parts, "\n\n"), "\n\n", "\n\nFor other people of this name, see the disambiguation page.\n\n", 1)
	}},
	{"an empty cell closing each row", func(s string) string {
		return editTableLines(s, func(_ int, cells []string, _ []string) []string { return append(cells, " ") })
	}},
	{"a portrait column after the number", func(s string) string {
		return editTableLines(s, func(k int, cells, _ []string) []string {
			switch {
			case k == 0:
				return slices.Insert(cells, 2, " Portrait ")
			case ordinalCell.MatchString(cells[1]):
				return slices.Insert(cells, 2, " File:Official portrait.jpg ")
			}
			return cells
		})
	}},
	{"a notes column", func(s string) string {
		return editTableLines(s, func(k int, cells, _ []string) []string {
			switch {
			case k == 0:
				return append(cells[:len(cells)-1], " Notes ", "")
			case len(cells) > 4:
				return append(cells[:len(cells)-1], " Concurrently party secretary ", "")
			}
			return cells
		})
	}},
	{"the last cell spanned down when it repeats the one above", func(s string) string {
		return editTableLines(s, func(k int, cells, above []string) []string {
			last := len(cells) - 2
			for last > 0 && strings.TrimSpace(cells[last]) == "" {
				last--
			}
			if k > 1 && len(cells) == len(above) && len(cells) > 4 && last > 2 && strings.TrimSpace(cells[last]) != "" &&
				cells[last] == above[last] && !strings.ContainsAny(cells[last], "0123456789") {
				return slices.Delete(slices.Clone(cells), last, last+1)
			}
			return cells
		})
	}},
	{"an era caption above each table", func(s string) string {
		lines := strings.Split(s, "\n")
		var out []string
		for i, l := range lines {
			if strings.HasPrefix(l, "|") && (i == 0 || !strings.HasPrefix(lines[i-1], "|")) {
				out = append(out, "| People's Republic of China (1949–present) |")
			}
			out = append(out, l)
		}
		return strings.Join(out, "\n")
	}},
	// How mirrors that render wiki tables badly write the same rows.
	{"a mirror that drops every other row's empty portrait cell", func(s string) string {
		// "| 1 | | Ann Lee | … |" written "| 1 | Ann Lee | … | |": the
		// rest of the row one place left, an empty cell at its end.
		n := 0
		return editTableLines(s, func(k int, cells, _ []string) []string {
			for j := 1; j < len(cells)-1; j++ {
				if strings.TrimSpace(cells[j]) == "" && k > 0 && j+1 < len(cells)-1 && strings.TrimSpace(cells[j+1]) != "" {
					if n++; n%2 == 0 {
						out := slices.Delete(slices.Clone(cells), j, j+1)
						return slices.Insert(out, len(out)-1, " ")
					}
					break
				}
			}
			return cells
		})
	}},
	{"a mirror's cell attributes left before the first cell", func(s string) string {
		return editTableLines(s, func(k int, cells, _ []string) []string {
			if k == 0 || len(cells) < 4 {
				return cells
			}
			return slices.Insert(cells, 1, ` style="background:Template:Party color; color:white;" `)
		})
	}},
	{"a mirror's spaced editors' remarks after names", func(s string) string {
		return nativeBracket.ReplaceAllString(s, "$1 [ citation needed ] ($2")
	}},
	{"one Term of office label over a start and an end, a blank label beside it", func(s string) string {
		return strings.NewReplacer("| Term start | Term end |", "| Term of office | |",
			"| No. | Name | Took office | Left office |", "| No. | Name | Term of office | |",
			"| Took office | Left office | Party |", "| Term of office | | Party |").Replace(s)
	}},
	{"interlanguage link markers after names", func(s string) string {
		return nativeBracket.ReplaceAllString(s, "$1 [zh] ($2")
	}},
	{"header labels reworded", func(s string) string {
		return strings.NewReplacer("| Took office", "| Assumed office", "| Left office", "| Term ended",
			"- Incumbentsince:", "- Incumbent since:", "- Formation:", "- Formation date:").Replace(s)
	}},
	{"See also and References at the end", func(s string) string {
		return strings.TrimRight(s, "\n") + "\n\n== See also ==\n\n* List of provincial leaders (1949–present)\n\n" +
			"== References ==\n\n1. ^ Zhang, Wei (12 March 2015). \"New leader named\". Xinhua. Retrieved 3 May 2020.\n"
	}},
}

// editTableLines rewrites the rows of every table: edit gets the row's
// place in its table (0 for the first), its cells as split on "|" (the
// first and last are what stands outside the pipes) and the cells of the
// row above as they were.
func editTableLines(s string, edit func(k int, cells, above []string) []string) string {
	lines := strings.Split(s, "\n")
	k := 0
	var above []string
	for i, l := range lines {
		if !strings.HasPrefix(l, "|") || !strings.HasSuffix(l, "|") || separatorRow.MatchString(l) {
			if !strings.HasPrefix(l, "|") {
				k, above = 0, nil
			}
			continue
		}
		cells := strings.Split(l, "|")
		lines[i] = strings.Join(edit(k, cells, above), "|")
		above = cells
		k++
	}
	return strings.Join(lines, "\n")
}

func ordinalSuffix(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}

var (
	dayMonthYear  = regexp.MustCompile(`\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b`)
	fullMonth     = regexp.MustCompile(`\b(January|February|August|September|October|November|December)\b`)
	yearEnd       = regexp.MustCompile(`\b((?:19|20)\d\d) \|`)
	closingPipe   = regexp.MustCompile(` \|\n`)
	nativeBracket = regexp.MustCompile(`([A-Za-z]) \((\p{Han})`)
	numberedItem  = regexp.MustCompile(`(?m)^(\d+)\. `)
	separatorRow  = regexp.MustCompile(`^\|[-\s|:]+\|$`)
	ordinalCell   = regexp.MustCompile(`^\s*\d+\s*$`)
	monthOf       = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
		"August": 8, "September": 9, "October": 10, "November": 11, "December": 12}
)

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func TestCorpusRenderings(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the corpus once per rendering")
	}
	lists := readCorpusLists(t)
	want := map[string]int{}
	for _, s := range scoreCorpus(t, buildCorpus(t), lists) {
		want[s.key] = s.exact
	}
	paths, err := filepath.Glob(filepath.Join(corpusDir, "docs", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus documents: %v", err)
	}
	for _, r := range renderings {
		t.Run(r.name, func(t *testing.T) {
			var inputs []Input
			changed := 0
			for _, p := range paths {
				data, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				text := r.rewrite(string(data))
				if text != string(data) {
					changed++
				}
				inputs = append(inputs, Input{Path: p, Data: []byte(text)})
			}
			if changed == 0 {
				t.Fatal("the rendering changes no document")
			}
			ds, err := Build(context.Background(), inputs)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range scoreCorpus(t, ds, lists) {
				if s.exact < want[s.key] {
					t.Errorf("%s: %d exact rows, %d as stored: %s", s.key, s.exact, want[s.key], strings.Join(s.misses, "; "))
				}
			}
		})
	}
}
