package watch

import (
	"fmt"
	"strings"
	"time"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// maxDiffLines bounds the number of distinct lines a text diff handles:
// go-diff maps each distinct line to one rune and fails past about 1.1
// million of them.
const maxDiffLines = 500_000

// UnifiedDiff renders a line diff of two texts as unified-diff hunks with
// context lines around each change, headed by the two names. It returns ""
// for equal texts. Invalid UTF-8 is replaced first (go-diff mangles it).
func UnifiedDiff(oldName, newName, a, b string, context int) string {
	a, b = strings.ToValidUTF8(a, "\ufffd"), strings.ToValidUTF8(b, "\ufffd")
	if a == b {
		return ""
	}
	if strings.Count(a, "\n")+strings.Count(b, "\n") > maxDiffLines {
		return fmt.Sprintf("--- %s\n+++ %s\n(too large for a line diff: %d and %d bytes)\n", oldName, newName, len(a), len(b))
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 2 * time.Second
	ca, cb, lines := dmp.DiffLinesToChars(a, b)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(ca, cb, false), lines)

	// Flatten into one line-level edit script.
	type edit struct {
		op   diffmatchpatch.Operation
		text string
	}
	var script []edit
	for _, d := range diffs {
		text := strings.TrimSuffix(d.Text, "\n")
		for _, l := range strings.Split(text, "\n") {
			script = append(script, edit{d.Type, l})
		}
	}
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	// Walk the script, grouping changes closer than 2×context into hunks.
	oldLine, newLine := 1, 1
	for i := 0; i < len(script); {
		if script[i].op == diffmatchpatch.DiffEqual {
			oldLine++
			newLine++
			i++
			continue
		}
		// A hunk starts context lines before the first change.
		start := max(0, i-context)
		hOld, hNew := oldLine-(i-start), newLine-(i-start)
		end := i
		for end < len(script) {
			if script[end].op != diffmatchpatch.DiffEqual {
				end++
				continue
			}
			run := end
			for run < len(script) && script[run].op == diffmatchpatch.DiffEqual {
				run++
			}
			if run == len(script) || run-end > 2*context {
				end = min(len(script), end+context)
				break
			}
			end = run
		}
		var body strings.Builder
		nOld, nNew := 0, 0
		for _, e := range script[start:end] {
			switch e.op {
			case diffmatchpatch.DiffEqual:
				body.WriteString(" " + e.text + "\n")
				nOld++
				nNew++
			case diffmatchpatch.DiffDelete:
				body.WriteString("-" + e.text + "\n")
				nOld++
			case diffmatchpatch.DiffInsert:
				body.WriteString("+" + e.text + "\n")
				nNew++
			}
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n%s", hunkRange(hOld, nOld), hunkRange(hNew, nNew), body.String())
		// Advance the line counters over the hunk.
		for _, e := range script[i:end] {
			if e.op != diffmatchpatch.DiffInsert {
				oldLine++
			}
			if e.op != diffmatchpatch.DiffDelete {
				newLine++
			}
		}
		i = end
	}
	return out.String()
}

func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start-1)
	}
	if n == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}
