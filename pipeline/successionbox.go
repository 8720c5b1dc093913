package pipeline

import (
	"strings"
)

// successionRow is one row of a biography's succession box: "| Preceded
// by Li Chang'an | Governor of Shandong 1987 – 1988 | Succeeded by Zhao
// Zhihao |".
type successionRow struct {
	title, tenure string // "Governor of Shandong", "1987 – 1988"
	pred, succ    string // the names after "Preceded by" and "Succeeded by", or ""
	line          int
}

// successionRows finds the rows of the page's succession boxes: a row
// with a cell that opens with "Preceded by" or "Succeeded by" and,
// between them, a cell that names a post and ends with its tenure.
func successionRows(doc *Document) []successionRow {
	var out []successionRow
	for _, b := range doc.Blocks {
		switch {
		case b.Kind == TableBlock && b.Table != nil:
			for _, r := range append([]Row{b.Table.Header}, b.Table.Rows...) {
				if sr, ok := readSuccessionRow(r.Cells); ok {
					sr.line = r.Line
					out = append(out, sr)
				}
			}
		case b.Kind == ParagraphBlock && strings.Contains(b.Text, " |") && strings.Contains(b.Text, "ucceeded by"):
			out = append(out, successionLines(b)...)
		}
	}
	return out
}

// successionLines reads a succession box a mirror wrote one cell to a
// line, each ending with a pipe, and so a paragraph: "Preceded by Li
// Chang'an | Governor of Shandong 1987 – 1988 | Succeeded by Zhao Zhihao
// |". A row ends with its "Succeeded by" cell.
func successionLines(b Block) []successionRow {
	var out []successionRow
	var cells []string
	for c := range strings.SplitSeq(b.Text, "|") {
		c = trimSpace(c)
		cells = append(cells, c)
		if hasPrefixFold(c, "succeeded by") {
			if sr, ok := readSuccessionRow(cells); ok {
				sr.line = b.Line
				out = append(out, sr)
			}
			cells = cells[:0]
		}
	}
	return out
}

// readSuccessionRow reads the cells of a succession box's row.
func readSuccessionRow(cells []string) (successionRow, bool) {
	var sr successionRow
	marked := false
	for _, raw := range cells {
		c := cleanCell(raw)
		if name, ok := cutPrefixFold(c, "preceded by"); ok {
			sr.pred, marked = strings.Trim(name, " :"), true
			continue
		}
		if name, ok := cutPrefixFold(c, "succeeded by"); ok {
			sr.succ, marked = strings.Trim(name, " :"), true
			if strings.EqualFold(sr.succ, "incumbent") {
				sr.succ = "" // the subject holds the post still
			}
			continue
		}
		if sr.title != "" || !isPostOrSeat(c) {
			continue
		}
		if title, tenure, ok := cutTrailingTenure(c); ok {
			sr.title, sr.tenure = title, tenure
		}
	}
	return sr, marked && sr.title != ""
}

// cutTrailingTenure splits "Governor of Shandong 1987 – 1988" into the
// post and its tenure: the tenure starts at the first word that is a
// number or a month from which the rest reads as one ("Member of the 12th
// National People's Congress 2013–2018": at 2013).
func cutTrailingTenure(s string) (title, tenure string, ok bool) {
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' {
			continue
		}
		if !isDigit(s[i]) && !startsWithMonth(s[i:]) {
			continue
		}
		title, tenure = strings.TrimRight(s[:i], " ,:–-"), trimSpace(s[i:])
		if title != "" && isPostOrSeat(title) && isTenureText(tenure) {
			return title, tenure, true
		}
	}
	return "", "", false
}

// isPersonTitle reports whether a page's title may be a person's name: it
// names no post and is no list or topic ("List of …", "Politics of …").
func isPersonTitle(title string) bool {
	if hasRoleWord(title) || strings.Contains(title, " of ") {
		return false
	}
	for _, w := range []string{"list", "lists", "politics", "history", "government"} {
		if hasPrefixFold(title, w+" ") {
			return false
		}
	}
	return true
}

// isPostOrSeat reports whether s names a post: a role ("Governor of X") or a
// seat ("Member of the National People's Congress").
func isPostOrSeat(s string) bool {
	return hasRoleWord(s) || hasPrefixFold(s, "member of ") || hasPrefixFold(s, "member for ")
}
