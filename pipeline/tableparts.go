package pipeline

// tablePart is a share of a table read as a table of its own: one
// office's holders, when a table lists several offices side by side, or
// the rows under one of the header rows a table starts again with.
type tablePart struct {
	role  string // the header label that names the office ("Party Secretary"), or ""
	table *Table
}

// splitAtHeaders splits a table at the rows that start it again under
// other labels: "| # | Name | Office | Political party | Term |" after
// rows under "| # | Name | Office |". Each part has its own header; a row
// that repeats the labels in force is left for the reader to skip. It
// returns the table whole when no row starts it again.
func splitAtHeaders(t *Table) []*Table {
	header := t.Header
	// labels are the labels in force and labelsAt their row (-1: the
	// header). Under a caption ("| Japanese rule era |") they are the first
	// row's, which layoutOf reads as the header. The row right under them
	// is a second row of labels ("Took office | Left office" under "Term
	// of office"), not a new start.
	labels, labelsAt := header.Cells, -1
	if at := labelsUnderCaptions(t, nil); at >= 0 {
		labels, labelsAt = t.Rows[at].Cells, at
	} else if len(t.Rows) > 0 && isCaptionHeader(header.Cells) {
		labels, labelsAt = t.Rows[0].Cells, 0
	}
	var parts []*Table
	start := 0
	for i, r := range t.Rows {
		if i <= labelsAt+1 || len(r.Cells) == len(labels) || !isLabelRow(r.Cells, cellShapes(r.Cells)) {
			continue
		}
		parts = append(parts, &Table{Header: header, Rows: t.Rows[start:i]})
		header, labels, labelsAt, start = r, r.Cells, i, i+1
	}
	if parts == nil {
		return []*Table{t}
	}
	return append(parts, &Table{Header: header, Rows: t.Rows[start:]})
}

// cellShapes classifies each cell of a row.
func cellShapes(cells []string) []shape {
	sh := make([]shape, len(cells))
	for j, c := range cells {
		sh[j] = classifyCell(c)
	}
	return sh
}

// sideBySide splits a table that lists the holders of several offices
// side by side, each in a group of columns of its own:
//
//	| Party Secretary | Term | Governor | Term |
//	| Song Renqiong 宋任穷 | 1950–1952 | Chen Geng 陈赓 | 1950–1955 |
//
// A group starts at a column headed by a post (a role word, not "Name")
// and holds at least one column of dates; the posts differ. Columns
// before the first group ("No.") belong to every group. It returns nil
// for any other table: one office's holders, or a later column of people
// with no dates of their own ("Lt. Governor", "Appointed by").
func sideBySide(t *Table) []tablePart {
	header := t.Header.Cells
	var starts []int
	for j, h := range header {
		c := cleanCell(h)
		if classifyHeader(c) == colName && namesAPost(c) {
			starts = append(starts, j)
		}
	}
	if len(starts) < 2 {
		return nil
	}
	for i, s := range starts {
		end := len(header)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		if !hasDateColumn(header[s+1 : end]) {
			return nil
		}
		for _, o := range starts[:i] {
			if roleKey(cleanCell(header[o])) == roleKey(cleanCell(header[s])) {
				return nil // "Captain Regent | Captain Regent": holders together
			}
		}
	}
	for _, r := range t.Rows {
		if len(r.Cells) > len(header) {
			return nil // cells the header does not place
		}
	}
	parts := make([]tablePart, len(starts))
	for i, s := range starts {
		end := len(header)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		cols := func(cells []string) []string {
			out := make([]string, 0, starts[0]+end-s)
			out = append(out, cells[:min(starts[0], len(cells))]...)
			if s < len(cells) {
				out = append(out, cells[s:min(end, len(cells))]...)
			}
			return out
		}
		part := &Table{Header: Row{Line: t.Header.Line, Cells: cols(header)}, Rows: make([]Row, 0, len(t.Rows))}
		for _, r := range t.Rows {
			part.Rows = append(part.Rows, Row{Line: r.Line, Cells: cols(r.Cells), Cut: r.Cut, CutAfter: r.CutAfter})
		}
		parts[i] = tablePart{role: cleanCell(header[s]), table: part}
	}
	return parts
}

// hasDateColumn reports whether one of the header labels heads a column
// of dates: a start, an end or a term.
func hasDateColumn(labels []string) bool {
	for _, l := range labels {
		switch classifyHeader(l) {
		case colStart, colEnd, colRange:
			return true
		}
	}
	return false
}

// sideList is one office's share of a side-by-side table, laid out.
type sideList struct {
	tablePart
	layout *tableLayout
}

// sideBySideLists returns the lists of a table that lists several
// offices side by side (see sideBySide), each laid out as a table of its
// own, or nil when the table is not one or a share of it does not read
// as a list of holders.
func sideBySideLists(t *Table) []sideList {
	parts := sideBySide(t)
	if parts == nil {
		return nil
	}
	lists := make([]sideList, len(parts))
	for i, p := range parts {
		lay := layoutOf(p.table)
		if !isOfficeholderTable(lay) {
			return nil
		}
		lists[i] = sideList{p, lay}
	}
	return lists
}
