package pipeline

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
)

// Reading an officeholder table by meaning: the header says what most
// columns are; the cells' shapes confirm it, fill in what the header
// leaves out (a spanning "Term of office" over two date columns, a second
// header row, columns without labels) and realign rows that lost a cell.
// Each row is then read by what it holds:
//
//   - a holder and dates: a term;
//   - dates and no holder: a further term of the holder above
//     (a second cabinet, a re-election);
//   - a holder and no dates: a holder whose terms follow on rows of their own;
//   - no holder and no usable dates: a caption, an era, a note, a repeated
//     header or a vacancy, reported as a finding and never read as a person.

// tableLayout is the meaning of each column of a table.
type tableLayout struct {
	// now is set for a table of posts and their holders of now, with no
	// dates (isCurrentPostsTable): each row's holder is in office.
	now bool
	// ofNow is set for a table the title or the heading above says holds
	// the holders of now ("List of current United States governors"):
	// its ends, in a table of each row's post, are when terms are due to
	// end.
	ofNow bool
	// leadNow is set when the page's lead says it is about the holders of
	// now ("This is a list of the current mayors of …"): in a table of
	// each row's post, as ofNow.
	leadNow bool
	header  []string  // the header cells, second header row merged in
	labels  []colKind // what each header cell says, before the values are seen
	kinds   []colKind
	skip    int       // rows of t.Rows that were header rows
	shapes  [][]shape // the shape of every cell of t.Rows
	// tenureInName is set for a table whose holders' cells give their
	// tenures, and no column gives dates: "| 1 | Ann Lee (1949–1952) |
	// Liberal |". Each such cell is read as a list's line is.
	tenureInName bool
	// officeCol is the column that names the post of each row ("Office |
	// Name | Since": a page's current leaders, a cabinet's ministers),
	// or -1.
	officeCol int
	// placeCol is the column that names the place of each row's post,
	// before the holders' column, which names the post: "| Province |
	// Party Secretary | Took office |" on a page of current leaders, or
	// after it in a list of a country's posts ("| Governor | Term began |
	// State |"; placeAfterName). -1 for most tables. rowRole is the
	// holders' column's label.
	placeCol       int
	placeAfterName bool
	rowRole        string
	// rowKind is set when rowRole names a kind of post whose title each
	// kind of place writes its own way ("Government chiefs" over a
	// column of municipalities: their mayors; see postOfPlaceKind): the
	// place column's label, which says the kind.
	rowKind string
	// placeIsCountry is set when the place column is headed "Country":
	// a place of the post only in a table of the holders of now ("List
	// of current foreign ministers"), elsewhere the holder's nationality.
	placeIsCountry bool
	// placeIsBody is set when the column before the holders' names the
	// body each row's post is of ("| Party | Leader | Since |" under
	// "Current party leaders": the Leader of each party), which only a
	// table of the holders of now says; elsewhere it is the holder's
	// party.
	placeIsBody bool
	// unreadDates marks the columns headed as dates whose values are
	// mostly text that is no date ("Left office: sometime in 1960"): kept
	// in the notes, and reported.
	unreadDates []bool
}

// isCurrentPostsTable reports whether a table that gives no dates lists
// the posts of a page's country or place and who holds each now ("|
// Mayor of New Taipei City (list) | Hou You-yi | … |" on "List of
// magistrates and mayors in Taiwan", whose lead says they are the
// current ones): a column of posts, one of names, and a title, heading
// or lead that speaks of the current holders.
func isCurrentPostsTable(doc *Document, idx int, lay *tableLayout) bool {
	if lay.officeCol < 0 || !slices.Contains(lay.kinds, colName) || hasDateKind(lay.kinds) {
		return false
	}
	if nowWords.in(doc.Title) {
		return true
	}
	if hs := doc.headingsAbove(idx); len(hs) > 0 {
		return nowWords.in(hs[0])
	}
	return leadSaysNow(doc, idx)
}

// leadSaysNow reports whether the first paragraph before the block at
// idx, the page's lead, says the page is about the holders of now.
func leadSaysNow(doc *Document, idx int) bool {
	lead, ok := doc.lead(idx)
	return ok && nowWords.in(lead)
}

// aboutHoldersOfNow reports whether the title, or the heading above the
// block at idx, says the block holds the holders of now, and the heading
// not that they are past ("Former governors").
func aboutHoldersOfNow(doc *Document, idx int) bool {
	h, ok := nearestHeading(doc.Blocks, idx)
	if ok && pastWords.in(h) {
		return false
	}
	return nowWords.in(doc.Title) || ok && nowWords.in(h)
}

// pastWords say that a heading is about holders of the past.
var pastWords = newFoldWords("former", "past", "previous", "historical")

// hasDateKind reports whether a table has a column of starts, ends or
// whole tenures.
func hasDateKind(kinds []colKind) bool {
	return slices.ContainsFunc(kinds, func(k colKind) bool { return k == colStart || k == colEnd || k == colRange })
}

// nowWords say that a title, heading or lead is about the holders of now.
var nowWords = newFoldWords("current", "incumbent")

// isOfficeholderTable reports whether a table lists holders with dates.
func isOfficeholderTable(lay *tableLayout) bool {
	if len(lay.shapes) == 0 {
		return false
	}
	for _, h := range lay.header {
		if isVoteHeader(strings.ToLower(trimSpace(cleanCell(h)))) {
			return false // a table of election results
		}
	}
	name, date := false, false
	for j, k := range lay.kinds {
		switch k {
		case colName, colNameEN:
			name = true
		case colNameZH:
			// A column of native names counts when its header says it holds
			// names: a column of "Characters" may hold the post's titles.
			name = name || j < len(lay.header) && strings.Contains(strings.ToLower(lay.header[j]), "name")
		case colStart, colEnd, colRange:
			date = date || !onlyCounts(lay, j)
		}
	}
	return name && (date || lay.tenureInName)
}

// onlyCounts reports whether every filled cell of column j is a small
// number: a "Terms" column beside a "Total time in office" (a ranking of
// holders, "| 1 | Matteo Renzi | 4 years, 10 days | 2 |") counts terms
// and gives none.
func onlyCounts(lay *tableLayout, j int) bool {
	filled := 0
	for _, sh := range lay.shapes[lay.skip:] {
		if j >= len(sh) || sh[j] == shEmpty {
			continue
		}
		if sh[j] != shOrdinal {
			return false
		}
		filled++
	}
	return filled > 0
}

// mostCellsAre reports whether more than half of the filled cells of
// column j are cells is reports true for.
func mostCellsAre(rows []Row, j int, is func(cell string) bool) bool {
	yes, filled := 0, 0
	for _, r := range rows {
		if j >= len(r.Cells) || r.Cells[j] == "" {
			continue
		}
		filled++
		if is(r.Cells[j]) {
			yes++
		}
	}
	return filled > 0 && yes*2 > filled
}

// isDayDate reports whether a cell is a date to the day: "February 15,
// 1999", not "1999".
func isDayDate(cell string) bool {
	d, err := ParseDate(trimDateNoise(cell))
	return err == nil && d.Precision == PrecisionDay
}

// isCount reports whether a cell is a bare count, digits with thousands
// separators: "1480", "8,766".
func isCount(cell string) bool {
	c := cleanCell(cell)
	if c == "" || !isDigit(c[0]) {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !isDigit(c[i]) && c[i] != ',' {
			return false
		}
	}
	return true
}

// isBirthOrDeathLabel reports whether a header names one end of a life
// ("Born", "Date of death"), not the whole of it ("Lifespan").
func isBirthOrDeathLabel(h string) bool {
	l := strings.ToLower(h)
	return len(l) <= 30 && !strings.Contains(l, "life") && !strings.Contains(l, "–") &&
		(strings.Contains(l, "born") || strings.Contains(l, "birth")) != (strings.Contains(l, "died") || strings.Contains(l, "death"))
}

// startBeforeEnd reads a start cell that leaves out the year it shares
// with the end cell beside it: "2 March" before "5 June 1990". It reports
// false for a start that is a date of its own, and for anything else.
func startBeforeEnd(start, end string) (Date, bool) {
	if end == "" || hasYear(start) {
		return Date{}, false // most rows: a start with its year, read as it is
	}
	start, end = trimDateNoise(cutSortKey(cleanCell(start))), trimDateNoise(cutSortKey(cleanCell(end)))
	if start == "" || strings.ContainsAny(start, "()") {
		return Date{}, false
	}
	return startSharingEnd(start, stripParens(end))
}

// hasYear reports whether s holds a run of four digits, as a year is
// written in a table's date cells.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// holdsTenure reports whether a holder's cell gives the tenure too:
// "Ann Lee (1949–1952)".
func holdsTenure(cell string) bool {
	_, ok := readListLine(cell)
	return ok
}

// isDateKind reports whether k is a column of dates: starts, ends or
// tenures.
func isDateKind(k colKind) bool { return k == colStart || k == colEnd || k == colRange }

// isHeaderRow reports whether a row is a second header row ("Took office
// | Left office" under "Term of office"): it names a date column and
// holds no value.
func isHeaderRow(cells []string, shapes []shape) bool {
	for _, c := range cells {
		if hasDigit(c) && hasDigit(cleanCell(c)) {
			return false // a value or a caption, not a label ("Term[2]" is one)
		}
	}
	if first, filled := firstNonEmpty(cells); filled == 1 && isNoteSentence(cleanCell(first)) {
		return false // "| Resigned over Tanneries scandal. |": a note on the term above, whose verb is an end's label too
	}
	dateLabel := false
	for i, c := range cells {
		if c == "" {
			continue
		}
		if len(strings.Fields(c)) > 5 {
			return false
		}
		if isValueShape(shapes[i]) {
			return false
		}
		switch classifyHeader(c) {
		case colStart, colEnd, colRange:
			dateLabel = true
		case colName, colNameEN, colNameZH, colOrdinal, colImage, colNotes, colRef, colLife:
		default:
			if len(c) > 30 {
				return false
			}
		}
	}
	return dateLabel
}

// layoutOf works out the meaning of a table's columns.
func layoutOf(t *Table) *tableLayout {
	lay := &tableLayout{header: slices.Clone(t.Header.Cells), shapes: make([][]shape, len(t.Rows))}
	n := 0
	for _, r := range t.Rows {
		n += len(r.Cells)
	}
	all := make([]shape, n)
	for i, r := range t.Rows {
		sh := all[:len(r.Cells):len(r.Cells)]
		all = all[len(r.Cells):]
		for j, c := range r.Cells {
			sh[j] = classifyCell(c)
		}
		if r.Cut && !r.CutAfter && len(sh) > 0 {
			// The cut cell's value is a part of one ("20" of "2017"):
			// its shape says nothing of its column.
			sh[len(sh)-1] = shEmpty
		}
		lay.shapes[i] = sh
	}
	maxSkip := 2
	if at := labelsUnderCaptions(t, lay.shapes); at >= 0 {
		// "| Republic of China (1912–1949) |" above the labels: an era's
		// caption, not a label of any column. The labels under it are
		// the header, in one row or two.
		lay.header = slices.Clone(t.Rows[at].Cells)
		lay.skip, maxSkip = at+1, at+3
	}
	for lay.skip < len(t.Rows) && lay.skip < maxSkip && (isHeaderRow(t.Rows[lay.skip].Cells, lay.shapes[lay.skip]) ||
		isDetailOfRepeatedLabels(lay.header, t.Rows[lay.skip].Cells, lay.shapes[lay.skip])) {
		lay.header = mergeHeader(lay.header, t.Rows[lay.skip].Cells)
		lay.skip++
	}
	rows := t.Rows[lay.skip:]
	shapes := lay.shapes[lay.skip:]
	if h := spreadHeader(lay.header, rows); h != nil {
		lay.header = h
	} else if h := spreadPaddedHeader(lay.header, rows, shapes); h != nil {
		lay.header = h
	}
	restoreSpannedFirstCells(len(lay.header), rows, shapes)
	kinds := make([]colKind, len(lay.header))
	ordinals := 0
	for j, h := range lay.header {
		kinds[j] = classifyHeader(h)
		if kinds[j] == colOrdinal {
			// "| I# | T# |": the individual's number, then the term's.
			if ordinals++; ordinals == 2 {
				kinds[j] = colTermNumber
			}
		}
	}
	restoreImageCells(kinds, rows, shapes)
	inferBlankColumns(kinds, rows, shapes)
	// "Office" over tenures ("| 1 | Tasuke Iwamoto | 1924–1927 |"): the
	// time in office, not the post of each row.
	// So is a "Duration" column of them ("14-08-1947 – 22-10-1947"),
	// not one of lengths ("1555 Days"), nor a "Days" column of counts
	// ("1480"), which read as years.
	for j, k := range kinds {
		if (k == colOffice || k == colDuration && !mostCellsAre(rows, j, isCount)) && mostShapes(shapes, j, shRange, shDate, shOpen) {
			kinds[j] = colRange
		}
	}
	// "| Appointed | Presented credentials |", "| Appointed | Took office
	// |": two columns of starts, of which the appointment's is when the
	// holder was named; the term starts with the other. The appointment
	// goes to the note.
	if starts := countKind(kinds, colStart); starts > 1 {
		for j, k := range kinds {
			if k == colStart && starts > 1 && isAppointmentLabel(lay.header[j]) {
				kinds[j] = colAppointed
				starts--
			}
		}
	}
	// "| Current Governor | Prefecture | Elected | Office expires |": no
	// column says when terms began but the election's, whose dates are
	// days; it is the start (the term that began then runs on, as
	// "Office expires" gives when it is to end, not when it did).
	if !slices.Contains(kinds, colStart) && !slices.Contains(kinds, colEnd) && !slices.Contains(kinds, colRange) {
		for j, k := range kinds {
			if k == colOther && isElectionLabel(lay.header[j]) && mostShapes(shapes, j, shDate) && mostCellsAre(rows, j, isDayDate) {
				kinds[j] = colStart
				break
			}
		}
	}
	// One holder column: the first. Later ones ("President", "Premiers")
	// name other people.
	holder := false
	for j, k := range kinds {
		if k == colName {
			if holder {
				kinds[j] = colOther
			}
			holder = true
		}
	}
	// No column is headed as the holders' ("Speaker", "Ambassador", a
	// role the header words do not know): the first column whose values
	// are names is theirs, unless the table names posts rather than
	// people (a table of the post's former titles, "Mayor of Taichū", and
	// their romanisations).
	if !holder && !namesPosts(rows, kinds) {
		for j, k := range kinds {
			if (k == colOther || k == colUnknown) && mostlyNames(shapes, j) {
				kinds[j] = colName
				break
			}
		}
	}
	// A column of names in a script of their own under a label that
	// names the script's language ("Tibetan", "Name (Mongolian)"), or is
	// written in it ("姓名"): the holders' native names, when no column
	// gives them already (beside a "Chinese" column, an "Uyghur" one is a
	// note).
	if !slices.Contains(kinds, colNameZH) && slices.Contains(kinds, colName) {
		for j, k := range kinds {
			if (k == colOther || k == colUnknown) && (isScriptLanguageLabel(lay.header[j]) || isMostlyNative(cleanCell(lay.header[j]))) &&
				mostShapes(shapes, j, shZH) {
				kinds[j] = colNameZH
				break
			}
		}
	}
	// A later column of names under the holders' own label ("Captain
	// Regent | Captain Regent"): people who held the office together.
	if h := slices.Index(kinds, colName); h >= 0 && cleanCell(lay.header[h]) != "" {
		for j := h + 1; j < len(kinds); j++ {
			if (kinds[j] == colOther || kinds[j] == colUnknown) && strings.EqualFold(cleanCell(lay.header[j]), cleanCell(lay.header[h])) && mostlyNames(shapes, j) {
				kinds[j] = colCoHolder
			}
		}
	}
	hasOrdinal := slices.Contains(kinds, colOrdinal)
	if !hasOrdinal {
		// The holders' numbers under "Portrait" (a mirror that dropped the
		// number's own blank label): an image column whose every filled
		// cell is a number is the numbers' column.
		for j, k := range kinds {
			if k == colImage && columnOfOrdinals(rows, shapes, j) {
				kinds[j], hasOrdinal = colOrdinal, true
				break
			}
		}
	}
	// A date column whose values are something else: ordinals ("1st", a
	// term number), durations ("1555 Days"), parties. Only when another
	// date column does hold the dates: where rows are laid out unlike
	// their header, positions say nothing.
	// aligned counts the filled cells of rows no narrower than the header:
	// a row with fewer cells than it has labels has lost some, and its
	// cells may stand left of their columns.
	type stats struct{ dates, ordinals, total, aligned int }
	var st []stats
	anyDates := false
	// Rows that lost a cell (see lostCell) have no say, unless no other
	// row fills the column.
	var lost []bool
	count := func(j int, skipLost bool) stats {
		var s stats
		for i, r := range rows {
			if skipLost && lost[i] || j >= len(r.Cells) || r.Cells[j] == "" || shapes[i][j] == shEmpty {
				continue
			}
			s.total++
			switch shapes[i][j] {
			case shDate, shRange, shOpen, shDash:
				s.dates++
			case shOrdinal:
				s.ordinals++
			}
			if len(r.Cells) >= len(kinds) && !lost[i] {
				s.aligned++
			}
		}
		return s
	}
	for j, k := range kinds {
		var s stats
		if k == colStart || k == colEnd || k == colRange {
			if lost == nil {
				lost = make([]bool, len(rows))
				for i, r := range rows {
					lost[i] = lostCell(kinds, r.Cells, shapes[i])
				}
			}
			if s = count(j, true); s.total == 0 {
				s = count(j, false)
			}
			if s.total > 0 && s.dates*2 >= s.total {
				anyDates = true
			}
		}
		st = append(st, s)
	}
	for j, k := range kinds {
		s := st[j]
		if !anyDates || k != colStart && k != colEnd && k != colRange || s.total == 0 || s.dates*2 >= s.total {
			continue
		}
		switch {
		case s.ordinals*2 > s.total && !hasOrdinal:
			kinds[j] = colOrdinal
			hasOrdinal = true
		case s.ordinals*2 > s.total:
			kinds[j] = colTermNumber // "Term": 1, 2 beside "No."
		case s.aligned == 0:
			// Every row is narrower than the header ("| Image | Portrait
			// | Name |" over rows with one picture cell): what stands at
			// this position says nothing of the column.
		default:
			kinds[j] = colOther
		}
	}
	// One "Term of office" column over two date cells per row: a start
	// and an end column.
	if !slices.Contains(kinds, colStart) && !slices.Contains(kinds, colEnd) {
		if j := slices.Index(kinds, colRange); j >= 0 && rowsHoldTwoDates(shapes) {
			if j+1 < len(kinds) && (cleanCell(lay.header[j+1]) == "" && kinds[j+1] != colName ||
				kinds[j+1] == colRange && strings.EqualFold(cleanCell(lay.header[j+1]), cleanCell(lay.header[j]))) {
				// "| Term of office | | Party |", or the label written
				// over both its columns ("| Term of office | Term of
				// office |"): the second is the end's.
				kinds[j+1] = colEnd
				lay.header[j+1] = lay.header[j]
			} else {
				kinds = slices.Insert(kinds, j+1, colEnd)
				lay.header = slices.Insert(lay.header, j+1, lay.header[j])
			}
			kinds[j] = colStart
		}
	}
	// A column of durations ("Tenure": "1555 Days"), counted where the
	// columns finally stand: a spanning "Term" header read as two columns
	// moves those after it one place on. So is a "Term" of the holder's
	// term numbers after it ("| Term of Office | Term | Party |" over "|
	// 1 June 1951 | 2 June 1954 | 1 | Kuomintang |"), once start and end
	// columns hold the dates.
	dated := slices.Contains(kinds, colStart) && slices.Contains(kinds, colEnd)
	for j, k := range kinds {
		if k != colOther && k != colRange {
			continue
		}
		durations, ordinals, filled := 0, 0, 0
		for i, r := range rows {
			if j < len(r.Cells) && r.Cells[j] != "" {
				filled++
				switch shapes[i][j] {
				case shDuration:
					durations++
				case shOrdinal:
					ordinals++
				}
			}
		}
		switch {
		case filled > 0 && durations*2 > filled:
			kinds[j] = colDuration
		case k == colRange && dated && ordinals*2 > filled:
			if hasOrdinal {
				kinds[j] = colTermNumber
			} else {
				kinds[j], hasOrdinal = colOrdinal, true
			}
		}
	}
	lay.kinds = kinds
	lay.officeCol = -1
	if j := slices.Index(kinds, colOffice); j >= 0 {
		if mostCellsAre(rows, j, hasRoleWord) { // "Party Secretary", "Minister of Finance"
			lay.officeCol = j
		} else {
			kinds[j] = colOther // "Office: …" in the note, as before
		}
	}
	lay.placeCol = -1
	if h := slices.Index(kinds, colName); h >= 0 && lay.officeCol < 0 {
		// The post is the holders' label ("Party Secretary"), or, under a
		// plain "Name", the list's own when it names no place (table
		// sets rowRole then).
		role := holdersLabel(lay)
		for j := range kinds {
			l := withoutBracketNote(cleanCell(lay.header[j])) // "State (past chief ministers)": State
			country, body := isCountryLabel(l), j < h && isBodyLabel(l) && role != "" && mostlyDistinct(rows, j)
			if j != h && kinds[j] == colOther && (isPlaceLabel(l) || country || body) && mostCellsAre(rows, j, func(c string) bool { return cleanCell(c) != "" }) {
				lay.placeCol, lay.placeAfterName, lay.rowRole, lay.placeIsCountry, lay.placeIsBody = j, j > h, role, country, body
				break
			}
		}
	}
	if !hasDateKind(kinds) {
		if j := slices.Index(kinds, colName); j >= 0 && mostCellsAre(rows, j, holdsTenure) {
			lay.tenureInName = true
		}
	}
	lay.labels = make([]colKind, len(lay.header))
	for j, h := range lay.header {
		lay.labels[j] = classifyHeader(h)
	}
	lay.unreadDates = make([]bool, len(kinds))
	for j, k := range kinds {
		if k != colOther || j >= len(lay.labels) || !isDateKind(lay.labels[j]) {
			continue
		}
		text, filled := 0, 0
		for i, r := range rows {
			if j < len(r.Cells) && r.Cells[j] != "" {
				filled++
				switch shapes[i][j] {
				case shText, shName, shEndEvent:
					text++
				}
			}
		}
		lay.unreadDates[j] = filled > 0 && text*2 > filled
	}
	return lay
}

// restoreImageCells puts back the empty portrait cell a mirror left out
// of a row ("| 1 | Yang Chung-ching 楊仲鯨 | 15 November 1950 | … |" under
// "№ | Portrait | Name | Term of Office"): a name where the header has
// the portrait, and no name after it, is a row that lost the cell before
// its name (or its native name alone). The row gets an empty cell there, and loses a trailing empty
// one if it is then wider than the header, so that every column is read
// at its place and no party or term number is read under another's label.
func restoreImageCells(kinds []colKind, rows []Row, shapes [][]shape) {
	j := slices.Index(kinds, colImage)
	if j < 0 || j+1 >= len(kinds) || kinds[j+1] != colName {
		return
	}
	isName := func(s shape) bool { return s == shName || s == shZH }
	// Every row short of the header with a name under the portrait: the
	// mirror dropped the portrait's cell from the whole table, and the
	// name after the holder's ("| Aichi | Hideaki Omura | Independent |"
	// under "Prefecture | Picture | Current governor | Former party") is
	// the next column's, a party's.
	whole := lostImageColumn(j, len(kinds), rows, shapes)
	for i := range rows {
		cells, sh := rows[i].Cells, shapes[i]
		if len(cells) <= j+1 || !isName(sh[j]) || !whole && isName(sh[j+1]) || len(cells) > len(kinds) {
			continue
		}
		cells = slices.Insert(cells, j, "")
		sh = slices.Insert(sh, j, shEmpty)
		if len(cells) > len(kinds) && cells[len(cells)-1] == "" {
			cells, sh = cells[:len(cells)-1], sh[:len(sh)-1]
		}
		rows[i].Cells, shapes[i] = cells, sh
	}
}

// restoreSpannedFirstCells gives back the first cell of rows that lost it
// to a cell spanning them from the row above: "| List | Fob James |
// Democratic | … |", then "| Jim Folsom Jr. | Democratic | … |" with the
// state's list link spanned over the rows of its governors. A row one cell
// narrower than the table whose cells, moved one place right, have the
// shapes the table's full rows have there (all of them but one at most,
// and two more than where they stand) gets an empty cell in front. Rows
// that lost a cell further right (a portrait's) keep their first cell in
// place, where it has its column's shape.
func restoreSpannedFirstCells(width int, rows []Row, shapes [][]shape) {
	if width < 3 || !slices.ContainsFunc(rows, func(r Row) bool { return len(r.Cells) == width-1 }) {
		return // most tables: every row as wide as the header
	}
	// The shape most full rows have in each column.
	var counts [][numShapes]int
	for i, r := range rows {
		if len(r.Cells) != width {
			continue
		}
		if counts == nil {
			counts = make([][numShapes]int, width)
		}
		for j, sh := range shapes[i] {
			counts[j][sh]++
		}
	}
	if counts == nil {
		return
	}
	template := make([]shape, width)
	for j := range counts {
		best := shEmpty
		for sh := shape(1); sh < numShapes; sh++ {
			if counts[j][sh] > counts[j][best] || best == shEmpty && counts[j][sh] > 0 {
				best = sh
			}
		}
		template[j] = best
	}
	for i := range rows {
		cells, sh := rows[i].Cells, shapes[i]
		if len(cells) != width-1 {
			continue
		}
		filled, here, moved := 0, 0, 0
		for j, s := range sh {
			if s == shEmpty {
				continue
			}
			filled++
			if s == template[j] {
				here++
			}
			if s == template[j+1] {
				moved++
			}
		}
		if filled < 2 || moved < filled-1 || moved < here+2 {
			continue
		}
		rows[i].Cells = slices.Insert(cells, 0, "")
		shapes[i] = slices.Insert(sh, 0, shEmpty)
	}
}

// lostImageColumn reports whether the rows of a table lost the cell of its
// portrait column j, width columns wide: two rows at least reach past it,
// and every one of them has a name there and fewer filled cells than the
// header has labels.
func lostImageColumn(j, width int, rows []Row, shapes [][]shape) bool {
	n := 0
	for i, r := range rows {
		if len(r.Cells) <= j+1 {
			continue
		}
		filled := len(r.Cells)
		for filled > 0 && shapes[i][filled-1] == shEmpty {
			filled--
		}
		if filled >= width || shapes[i][j] != shName && shapes[i][j] != shZH {
			return false
		}
		n++
	}
	return n >= 2
}

// spreadHeader finds the columns a header cell spans without saying so:
// Wikipedia's "Governor" over a portrait and a name, "Party" over the
// party's colour and its name. When the rows are wider than the header by
// the same number of cells, and that many columns are blank in every one
// of them, those are the spanned columns: the header gets a blank label in
// each place. It returns nil when the rows do not show that.
func spreadHeader(header []string, rows []Row) []string {
	width, n, full := 0, 0, 0
	for _, r := range rows {
		if _, filled := firstNonEmpty(r.Cells); filled < 3 {
			continue // a caption or a note row
		}
		full++
		switch {
		case n == 0:
			width, n = len(r.Cells), 1
		case len(r.Cells) == width:
			n++
		}
	}
	surplus := width - len(header)
	if surplus <= 0 || n*3 < full*2 || surplus == 1 && rangeSpansTwoDates(header, rows, width) {
		return nil
	}
	blank := func(j int) bool {
		for _, r := range rows {
			if len(r.Cells) == width && trimSpace(r.Cells[j]) != "" {
				return false
			}
		}
		return true
	}
	out := make([]string, 0, width)
	h := 0
	for j := 0; j < width; j++ {
		if surplus > 0 && blank(j) && (h == len(header) || trimSpace(header[h]) != "") {
			out = append(out, "")
			surplus--
			continue
		}
		if h == len(header) {
			return nil
		}
		out = append(out, header[h])
		h++
	}
	if surplus != 0 || h != len(header) {
		return nil
	}
	return out
}

// spreadPaddedHeader reads a header that a rendering padded at its end
// with blank cells, where one or two of its labels span two columns each:
// "| Prefecture | Picture | Current governor | Former party | Term | Took
// office | Office expires | |" over "| Aichi | | Hideaki Omura | |
// Independent | 4th | February 15, 2011 | February 11, 2027 |", whose
// "Former party" spans the party's colour and its name; "| Term |
// Portrait | Name | Took office | Left office | Time in office | Political
// party | Elected | | | |" over rows of nine cells. The spanned columns
// are those blank in every row that, labelled blank, let the most cells
// fit their columns (the blank pictures stay the pictures'); or the
// first label spans the holders' numbers too, "| Governor | Term | |" over
// "| 1 | Antonio G. Ortiz | 1966-1984 |". It returns nil when none fits
// better than the header as it is.
// shapes are the rows' cells' shapes.
func spreadPaddedHeader(header []string, rows []Row, shapes [][]shape) []string {
	labels := len(header)
	for labels > 0 && trimSpace(header[labels-1]) == "" {
		labels--
	}
	if labels == len(header) || labels < 2 {
		return nil // no padding
	}
	// The rows' width: the most common among rows with a holder's worth
	// of cells.
	widths := map[int]int{}
	width := 0
	for _, r := range rows {
		if _, filled := firstNonEmpty(r.Cells); filled >= 3 {
			n := len(r.Cells)
			if widths[n]++; widths[n] > widths[width] {
				width = n
			}
		}
	}
	spanned := width - labels
	if spanned < 1 || spanned > 2 || width > len(header) {
		return nil
	}
	var full [][]shape
	for i, r := range rows {
		if _, filled := firstNonEmpty(r.Cells); filled >= 3 && len(r.Cells) == width {
			full = append(full, shapes[i])
		}
	}
	fit := func(h []string) int {
		total := 0
		for j := range width {
			k := classifyHeader(h[j])
			unlabelled := trimSpace(h[j]) == ""
			for _, sh := range full {
				total += scores[k][sh[j]]
				if unlabelled && sh[j] != shEmpty && (j > 0 || sh[j] != shOrdinal) {
					total -= 2 // a value under no label: its meaning lost (not a leading number's)
				}
			}
		}
		return total
	}
	// A spanned column is blank in every row, and the label's own column
	// after it is not.
	blank := func(j int) bool { return !slices.ContainsFunc(full, func(sh []shape) bool { return sh[j] != shEmpty }) }
	var cands []int
	// "| Governor | Term | |" over "| 1 | Antonio G. Ortiz | 1966-1984 |":
	// the first label spans the holders' numbers and their names.
	ordinals := 0
	for _, sh := range full {
		if sh[0] == shOrdinal {
			ordinals++
		}
	}
	// "| Officeholder | Term of office | | | |" over "| | Nan Guixin |
	// June 1928 | September 1928 | |": the first label spans the blank
	// portraits and the names.
	if ordinals*2 > len(full) && classifyHeader(header[0]) != colOrdinal || blank(0) && !blank(1) {
		cands = append(cands, 0)
	}
	for j := 1; j < width-1 && labels >= 3; j++ {
		if blank(j) && !blank(j+1) {
			cands = append(cands, j)
		}
	}
	var best []string
	bestFit := fit(header)
	try := func(js ...int) {
		h := slices.Clone(header[:labels])
		for _, j := range js {
			if j > len(h) || trimSpace(h[min(j, len(h)-1)]) == "" {
				return
			}
			h = slices.Insert(h, j, "")
		}
		for len(h) < width {
			h = append(h, "") // a column past the labels: padding, as before
		}
		if f := fit(h); f > bestFit {
			best, bestFit = h, f
		}
	}
	for a, j := range cands {
		// One spanned column, the other blank one past the labels (a
		// references column left empty), or two spanned.
		try(j)
		if spanned == 2 {
			for _, k := range cands[a+1:] {
				try(j, k)
			}
		}
	}
	if best != nil {
		best = append(best, header[width:]...) // the padding past the rows, as it was
	}
	return best
}

// rangeSpansTwoDates reports whether the one cell a row is wider than its
// header is explained by a "Term of office" label over a start and an end
// date cell: in most rows of the given width, the cell under that label
// and the one after it both hold a date. Such a table is read by
// splitting the label, not by looking for a blank spanned column (a
// portrait column left empty in every row is not one).
func rangeSpansTwoDates(header []string, rows []Row, width int) bool {
	j := -1
	for i, h := range header {
		switch classifyHeader(h) {
		case colStart, colEnd:
			return false
		case colRange:
			if j >= 0 {
				return false
			}
			j = i
		}
	}
	if j < 0 {
		return false
	}
	isDate := func(c string) bool {
		sh := classifyCell(c)
		return sh == shDate || sh == shOpen
	}
	two, total := 0, 0
	for _, r := range rows {
		if len(r.Cells) != width {
			continue
		}
		total++
		if isDate(r.Cells[j]) && isDate(r.Cells[j+1]) {
			two++
		}
	}
	return total > 0 && two*2 > total
}

// mergeHeader puts a second header row in place of the spanning column
// it details ("Term of office" → "Took office", "Left office"), or after
// the first row's cells when none spans it. A second row with a cell for
// every column whose labels all sit under date columns ("| | | Took
// office | Left office | |" under a spanning header written once per
// column it spans) details those columns in place.
func mergeHeader(header, sub []string) []string {
	if len(sub) == len(header) && underDateColumns(header, sub) {
		out := slices.Clone(header)
		for j, c := range sub {
			if trimSpace(c) != "" {
				out[j] = c
			}
		}
		return out
	}
	cells := nonEmpty(sub)
	if out, ok := detailRepeatedLabels(header, cells); ok {
		return out
	}
	span := -1
	for j, h := range header {
		if classifyHeader(h) != colRange {
			continue
		}
		l := strings.ToLower(h)
		if span < 0 || strings.Contains(l, "office") || strings.Contains(l, "tenure") || strings.Contains(l, "served") || strings.Contains(l, "period") {
			span = j // "Term of office" rather than "Term" (a term number)
		}
	}
	if span < 0 {
		return append(slices.Clone(header), cells...)
	}
	// The blank cells after the spanning one are the other columns it
	// spans ("| Term of office | | Party |"), and so are the cells that
	// repeat its label, as a spanning label written once per column it
	// spans ("| Term of office | Term of office |"): the second row's
	// labels take their places.
	for span > 0 && header[span-1] == header[span] {
		span--
	}
	end := span + 1
	for end < len(header) && end-span < len(cells) && (trimSpace(header[end]) == "" || header[end] == header[span]) {
		end++
	}
	out := slices.Clone(header[:span])
	out = append(out, cells...)
	return append(out, header[end:]...)
}

// detailRepeatedLabels puts a second header row's labels in place of the
// labels the first row repeats, one for each column a spanning label
// spans ("| No. | Name | Name | Took office |" over "| English | Chinese
// |"; "| Name | Name | Term of office | Term of office |" over "|
// English | Chinese | Took office | Left office |"), when the second row
// has exactly one label for each of them; ok is false otherwise.
func detailRepeatedLabels(header, cells []string) ([]string, bool) {
	var runs [][2]int // each run's first column and length
	total := 0
	for j := 0; j < len(header); {
		k := j + 1
		for k < len(header) && header[k] == header[j] {
			k++
		}
		if k-j >= 2 && trimSpace(header[j]) != "" {
			runs = append(runs, [2]int{j, k - j})
			total += k - j
		}
		j = k
	}
	if len(runs) == 0 || total != len(cells) {
		return nil, false
	}
	out := slices.Clone(header)
	next := 0
	for _, r := range runs {
		for i := range r[1] {
			out[r[0]+i] = cells[next]
			if k := classifyHeader(cells[next]); k == colOther || k == colUnknown {
				// "English" under "Name": the name in English.
				out[r[0]+i] = header[r[0]] + " (" + cells[next] + ")"
			}
			next++
		}
	}
	return out, true
}

// isDetailOfRepeatedLabels reports whether a row under the header is a second
// row of labels for the labels the header repeats ("| English | Chinese |"
// under "| No. | Name | Name | Took office |"): short labels, no values,
// one for each repeated label.
func isDetailOfRepeatedLabels(header, cells []string, shapes []shape) bool {
	filled := 0
	for i, c := range cells {
		if c == "" {
			continue
		}
		filled++
		if isValueShape(shapes[i]) || hasDigit(c) || len(strings.Fields(c)) > 3 {
			return false
		}
	}
	if filled == 0 {
		return false
	}
	_, ok := detailRepeatedLabels(header, nonEmpty(cells))
	return ok
}

// isCaptionHeader reports whether a table's first row is a caption
// rather than labels: one cell filled, which labels no kind of column
// ("Republic of China (1912–1949)") or names the holders in a title of
// three words or more ("Governors of Testland").
func isCaptionHeader(header []string) bool {
	cell, n := "", 0 // the one filled cell
	for _, c := range header {
		if c != "" {
			cell, n = c, n+1
		}
	}
	if n != 1 {
		return false
	}
	switch classifyHeader(cell) {
	case colUnknown, colOther:
		return true
	}
	// "Japanese rule era[1]", "Governors of the Republic": a phrase, not
	// the one label of a column ("Japanese", "Name").
	return len(strings.Fields(cleanCell(cell))) >= 3
}

// labelsUnderCaptions returns the index of the row of labels under a
// table's captions, or -1 when its header is no caption. A caption is a
// row of one filled cell: an era's ("| Republic of China (1912–1949) |"),
// the post's, or a notice a mirror kept above them ("| This section needs
// additional citations for verification. |"). Two captions at most are
// looked past.
// shapes, when not nil, are the rows' shapes, read already.
func labelsUnderCaptions(t *Table, shapes [][]shape) int {
	if !isCaptionHeader(t.Header.Cells) {
		return -1
	}
	for i := 0; i < len(t.Rows)-1 && i < 2; i++ {
		cells := t.Rows[i].Cells
		var sh []shape
		if i < len(shapes) {
			sh = shapes[i]
		} else {
			sh = cellShapes(cells)
		}
		if isLabelRow(cells, sh) {
			return i
		}
		if !isCaptionHeader(cells) {
			return -1
		}
	}
	return -1
}

// isDateShape reports whether a cell of the shape sh is a date, a range
// or an open end.
func isDateShape(sh shape) bool { return sh == shDate || sh == shRange || sh == shOpen }

// isValueShape reports whether a cell of the shape sh is a value no
// label takes: a date, a range, an open end, a number, a name in its own
// script, a dash.
func isValueShape(sh shape) bool {
	switch sh {
	case shDate, shRange, shOpen, shOrdinal, shZH, shDash:
		return true
	}
	return false
}

// isLabelRow reports whether a row holds column labels: two or more,
// one at least of a kind of column ("Portrait", "Name", "Took office"),
// and no value (a date, a number, a name in its own script).
func isLabelRow(cells []string, shapes []shape) bool {
	labels, known := 0, false
	for i, c := range cells {
		if c == "" {
			continue
		}
		if hasDigit(cleanCell(c)) {
			return false
		}
		if isValueShape(shapes[i]) {
			return false
		}
		labels++
		switch classifyHeader(c) {
		case colUnknown, colOther, colBlank:
		default:
			known = true
		}
	}
	return labels > 1 && known
}

// holdersLabel returns the label of a table's holders' column when it
// names a post ("CPC Party Secretary", "Mayor"), or "" ("Name",
// "Officeholder").
func holdersLabel(lay *tableLayout) string {
	j := slices.Index(lay.kinds, colName)
	if j < 0 || j >= len(lay.header) {
		return ""
	}
	if l := cleanCell(lay.header[j]); namesAPost(l) {
		return l
	}
	return ""
}

// namesAPost reports whether a column label names a post ("CPC Party
// Secretary", "Governor"), not the holders in general ("Name",
// "Officeholder").
func namesAPost(label string) bool {
	l := strings.ToLower(label)
	return hasRoleWord(label) && !strings.Contains(l, "name") && !strings.Contains(l, "holder")
}

// holdersHeadedByOffice makes the column headed by the office's own
// post the holders' when another post heads an earlier column of names:
// "| President | Vice President |" in a list of vice presidents, where
// the first names whom each served under.
func holdersHeadedByOffice(lay *tableLayout, title string) {
	cur := slices.Index(lay.kinds, colName)
	if cur < 0 || cur >= len(lay.header) {
		return
	}
	title = strings.ToLower(title)
	isPost := func(h string) bool {
		h = strings.ToLower(cleanCell(h))
		return h != "" && (title == h || strings.HasPrefix(title, h+" "))
	}
	if isPost(lay.header[cur]) {
		return
	}
	isWholePost := func(h string) bool {
		h = strings.ToLower(cleanCell(h))
		return h != "" && (title == h || strings.HasPrefix(title, h+" of "))
	}
	for j, h := range lay.header {
		// A header that is not a holder's word but the whole post the
		// title names ("Viceroy" of "Viceroy of Testland", not "Party"
		// of "Party Secretary of …"): the post itself, over names.
		if j >= len(lay.kinds) || j >= len(lay.labels) || lay.kinds[j] != colOther {
			continue
		}
		post := lay.labels[j] == colName || lay.labels[j] == colOther && isWholePost(h)
		if post && isPost(h) && mostlyNames(lay.shapes[lay.skip:], j) {
			lay.kinds[cur], lay.kinds[j] = colOther, colName
			return
		}
	}
}

// mostShapes reports whether most of the filled cells of column j have
// one of the shapes.
func mostShapes(shapes [][]shape, j int, want ...shape) bool {
	yes, filled := 0, 0
	for _, row := range shapes {
		if j >= len(row) || row[j] == shEmpty {
			continue
		}
		filled++
		if slices.Contains(want, row[j]) {
			yes++
		}
	}
	return filled > 0 && yes*2 > filled
}

// mostlyNames reports whether most of the cells of column j that hold
// something are names.
func mostlyNames(shapes [][]shape, j int) bool {
	names, filled := 0, 0
	for _, row := range shapes {
		if j >= len(row) || row[j] == shEmpty {
			continue
		}
		filled++
		if row[j] == shName {
			names++
		}
	}
	return names > 0 && names*2 > filled
}

// countKind counts the columns of kind k.
func countKind(kinds []colKind, k colKind) int {
	n := 0
	for _, kk := range kinds {
		if kk == k {
			n++
		}
	}
	return n
}

// isAppointmentLabel reports whether a start column's label names when
// the holder was appointed or nominated rather than when the term began:
// "Appointed", "Date of appointment", "Nominated".
func isAppointmentLabel(h string) bool {
	l := strings.ToLower(cleanCell(h))
	return (strings.Contains(l, "appoint") || strings.Contains(l, "nominat")) && !strings.Contains(l, "took") && !strings.Contains(l, "assum")
}

// namesPosts reports whether a third or more of the table's rows hold a
// role word outside their notes: the table then lists posts or titles
// ("Mayor of Taichū"). A row or two that do ("Patrick McHenry Speaker
// pro tempore") say something of their holder.
func namesPosts(rows []Row, kinds []colKind) bool {
	n := 0
	for _, r := range rows {
		for j, c := range r.Cells {
			if j < len(kinds) && (kinds[j] == colNotes || kinds[j] == colRef) {
				continue
			}
			if hasRoleWord(c) {
				n++
				break
			}
		}
	}
	return n > 0 && n*3 >= len(rows)
}

// underDateColumns reports whether every label of a second header row
// stands under a column the first row names as dates, or repeats the
// first row's label of its column.
func underDateColumns(header, sub []string) bool {
	labels := 0
	for j, c := range sub {
		if trimSpace(c) == "" {
			continue
		}
		if strings.EqualFold(trimSpace(c), trimSpace(header[j])) {
			continue // the first row's label again: "| No. | Name | … |" on both rows
		}
		labels++
		switch classifyHeader(header[j]) {
		case colStart, colEnd, colRange:
		default:
			return false
		}
	}
	return labels > 0
}

// rowsHoldTwoDates reports whether most rows that hold a date hold two
// (a start and an end) rather than a range in one cell.
func rowsHoldTwoDates(shapes [][]shape) bool {
	two, ranges := 0, 0
	for _, row := range shapes {
		dates := 0
		for _, sh := range row {
			switch sh {
			case shDate, shOpen:
				dates++
			case shRange:
				ranges++
			}
		}
		if dates >= 2 {
			two++
		}
	}
	return two > ranges
}

// columnOfOrdinals reports whether column j of the rows holds numbers
// and nothing else: at least two, and in most rows.
func columnOfOrdinals(rows []Row, shapes [][]shape, j int) bool {
	n, read := 0, 0
	for i, r := range rows {
		if j >= len(r.Cells) || r.Cells[j] == "" {
			continue
		}
		if _, filled := firstNonEmpty(r.Cells); filled == 1 {
			continue // a caption across the row: "| Kingdom of Prussia (until 1867) | | |"
		}
		read++
		switch shapes[i][j] {
		case shOrdinal:
			n++
		case shDash: // "–": a holder with no number, acting
		default:
			return false
		}
	}
	return n >= 2 && n*2 >= read
}

// rowKind is what one table row holds.
type rowKind uint8

const (
	rowTerm         rowKind = iota + 1 // a holder and dates
	rowContinuation                    // dates of the holder above
	rowHolder                          // a holder whose dates follow
	rowSkipped                         // caption, note, header, vacancy
)

// table reads an officeholder table into term claims.
func (x *extractor) table(list listOffice, t *Table, lay *tableLayout) {
	place := placeOf(x.doc.Title)
	if lay.officeCol >= 0 && place == "" {
		// A cabinet's table ("Second Abe Cabinet"): each row's post is
		// the country's ("Minister of Finance of Japan"), when the page
		// tells which country.
		place = countryName(x.country())
	}
	if lay.officeCol >= 0 && place == "" && !mostCellsAre(t.Rows[lay.skip:], lay.officeCol, postHasPlace) {
		// Posts with no place to qualify them ("Prime Minister" in a
		// cabinet's table) would be every country's: the rows stay the
		// table's, the post a note. Posts that name their places ("Mayor
		// of Taipei City") need none.
		lay.kinds[lay.officeCol], lay.officeCol = colOther, -1
	}
	if lay.placeIsBody && !lay.ofNow && !lay.leadNow {
		// "| Party | Governor | Took office |": the governor's party.
		lay.placeCol, lay.rowRole = -1, ""
	}
	if lay.placeIsCountry && !lay.ofNow {
		// "| Name | Country | Took office |": where the holder is from.
		lay.placeCol, lay.rowRole = -1, ""
	}
	if lay.placeAfterName && strings.Contains(list.title, " of ") && !x.isCountry(placeOf(list.title)) {
		// "| Governor | Took office | County |" under one place's list,
		// "| Speaker | Party | State |" under one body's: the county or
		// state is where the holder comes from.
		lay.placeCol, lay.rowRole = -1, ""
	}
	if lay.placeCol >= 0 && lay.rowRole == "" {
		// "| Provinces | Name | … | Took office |" under "Communist Party
		// Secretaries": each row's post is the list's, at the row's place.
		// Under a list of one place's office the column is only where the
		// holder comes from.
		// A list of a country's posts ("Chief Minister of India", from
		// "List of current Indian chief ministers") is of its places'.
		label := cleanCell(lay.header[lay.placeCol])
		switch p := placeOf(list.title); {
		case postKindOf(cmp.Or(list.raw, list.title)) != "" && chinaDivisionKind(label) != "":
			// "Legislature speakers" over "| Municipality | Incumbent |":
			// each row's post is its place's, titled as its kind of place
			// titles it.
			lay.rowRole, lay.rowKind = cmp.Or(list.raw, list.title), label
		case p == "" && hasRoleWord(list.title) && !strings.Contains(list.title, " of "):
			lay.rowRole = list.title
		case x.isCountry(p) && hasRoleWord(list.title):
			lay.rowRole = strings.TrimSuffix(list.title, " of "+p)
			// "Head of Federal Subjects" (of Russia): the post of each.
			if i := strings.LastIndex(lay.rowRole, " of "); i > 0 && isPlaceLabel(lay.rowRole[i+len(" of "):]) {
				lay.rowRole = lay.rowRole[:i]
			}
		default:
			lay.placeCol = -1
		}
	}
	officeID := ""
	perRow := lay.officeCol >= 0 || lay.placeCol >= 0 // each row's own office
	if !perRow {
		officeID = x.officeClaim(list.title, list.raw, list.line)
		holdersHeadedByOffice(lay, list.title)
	}
	kinds := lay.kinds
	x.unreadDateColumns(officeID, t, lay)
	hasOrdinal := slices.Contains(kinds, colOrdinal)
	if (lay.ofNow || lay.leadNow) && perRow {
		// "| Alabama | Kay Ivey | April 10, 2017 | 2027 (term limits) |"
		// under "End of term" in a table of the governors of now: when the
		// term is due to end, a note.
		for j, k := range kinds {
			if k == colEnd {
				kinds[j] = colOther
				if j < len(lay.labels) {
					lay.labels[j] = colOther
				}
			}
		}
	}
	// A start column headed "Since" and no end: the holders of now.
	sinceOnly := false
	if j := slices.Index(kinds, colStart); j >= 0 && j < len(lay.header) && !slices.Contains(kinds, colEnd) && !slices.Contains(kinds, colRange) {
		// So is a start column alone in a table of each row's place ("|
		// Anhui | Liang Yanshun | 2024 |" under "Province | Party
		// Secretary | Took office"): who holds each post, since when.
		sinceOnly = strings.Contains(strings.ToLower(lay.header[j]), "since") || lay.placeCol >= 0
	}
	sinceOnly = sinceOnly || lay.now
	nameCol := slices.IndexFunc(kinds, func(k colKind) bool { return k == colName || k == colNameEN })
	header := nonEmpty(t.Header.Cells)
	// pos counts the rows read, for positional ordinals; a further list
	// of the same office in the document goes on counting.
	pos := x.places[officeID]
	numbered := x.numbered[officeID] // an earlier list gave numbers
	if !perRow {
		defer func() { x.places[officeID] = pos }()
		if hasOrdinal {
			x.numbered[officeID] = true
		}
	}
	x.ex.terms = slices.Grow(x.ex.terms, len(t.Rows))
	// The holder whose further terms may follow on rows of their own.
	var holder struct {
		name    Name
		ordinal int
		ok      bool
		// A holder row waiting for its term rows; kept as a term without
		// dates if none follows, so no holder is lost.
		row     termClaim
		waiting bool
	}
	flush := func() {
		if holder.waiting {
			x.ex.terms = append(x.ex.terms, holder.row)
			holder.waiting = false
		}
	}
	// lastClaim is the claim the table's last row made: the holder row
	// waiting for its continuation rows, else the last term.
	lastClaim := func() *termClaim {
		if holder.waiting {
			return &holder.row
		}
		if n := len(x.ex.terms); n > 0 {
			return &x.ex.terms[n-1]
		}
		return nil
	}
	// series holds the names the table's cells outside the holders' give
	// a Roman numeral to ("Phahon" of "Phahon I", "Zhou" of "Zhou I"):
	// governments and cabinets, numbered.
	var series map[string]bool
	lastEndDash := -1 // index in x.ex.terms of a term whose end cell was a dash
	// The table's first term, and whether its end cell was a dash: in a
	// table written newest first, it is the latest.
	firstTerm, firstEndDash := -1, false
	// The language each native-name column's label names ("Japanese").
	langs := make([]string, len(kinds))
	for j, k := range kinds {
		if k == colNameZH {
			langs[j] = labelLang(lay.header[j])
		}
	}
	var assignBuf []int // the rows' assignments of cells to columns, one at a time
	spanCols := spanColumnsOf(kinds)
	var groups []postGroup // the runs of rows under captions that name posts
	claimRow := -2         // the last row that made a claim, by ri: a note row after it is its note
	parties := partiesOf(t.Rows[lay.skip:], lay)
	// The label of the table's column of election years ("Elected").
	electedLabel := ""
	if j := slices.IndexFunc(lay.header, isElectionLabel); j >= 0 {
		electedLabel = cleanCell(lay.header[j])
	}
	for ri, r := range t.Rows[lay.skip:] {
		shapes := lay.shapes[lay.skip+ri]
		if lay.officeCol >= 0 {
			// Each row's post: the office cell's, else the list's.
			post := ""
			if lay.officeCol < len(r.Cells) {
				post = cleanCell(r.Cells[lay.officeCol])
			}
			if hasRoleWord(post) {
				officeID = x.officeClaim(canonicalOfficeTitle(post, place), post, r.Line)
			} else {
				officeID = x.officeClaim(list.title, list.raw, list.line)
			}
		} else if lay.placeCol >= 0 {
			// Each row's place: "| Anhui | Liang Yanshun | 2024 |" under
			// "Province | Party Secretary | Took office".
			where := ""
			if lay.placeCol < len(r.Cells) {
				where = cleanCell(r.Cells[lay.placeCol])
				if i := strings.IndexByte(where, '('); i > 0 {
					where = trimSpace(where[:i]) // "Aichi (list)"
				}
			}
			kindPost := "" // "Legislature speakers" over "| Municipality |": the place's own title of the post
			if where != "" && lay.rowKind != "" {
				kindPost = postOfPlaceKind(lay.rowRole, lay.rowKind, where)
			}
			if where != "" && lay.placeIsBody {
				// "| Testland Labour Party | Ann Lee |" under "Leader": the
				// Leader of the Testland Labour Party.
				officeID = x.officeClaim(canonicalOfficeTitle(lay.rowRole+" of the "+strings.TrimPrefix(where, "the "), ""), "", r.Line)
			} else if kindPost != "" {
				officeID = x.officeClaim(kindPost, "", r.Line)
			} else if where != "" {
				officeID = x.officeClaim(canonicalOfficeTitle(lay.rowRole, placeWithArticle(where)), "", r.Line)
				if lay.placeIsCountry {
					x.officeOfCountry(officeID, where)
				}
			} else {
				officeID = x.officeClaim(list.title, list.raw, list.line)
			}
		}
		first, filled := firstNonEmpty(r.Cells)
		if filled == 0 {
			continue
		}
		shown := func() string { return strings.Join(nonEmpty(r.Cells), " | ") }
		if filled == len(header) && nonEmptyEqual(r.Cells, header) || isHeaderRow(r.Cells, shapes) {
			x.finding(SeverityInfo, CodeSkippedRow, officeID, r.Line, "row %q repeats the header; skipped", shown())
			labelBlankColumns(lay, kinds, r.Cells)
			continue
		}
		if year, ord, ok := electionRow(r.Cells, shapes, filled); ok && claimRow == ri-1 && electedLabel != "" {
			// "| 2nd | 1998 |" under a governor's row, the holder's name
			// and dates spanning it: the holder's re-election.
			if c := lastClaim(); c != nil {
				c.note = joinNotes([]string{c.note, electedLabel + ": " + year + " (" + ord + ")"})
			}
			claimRow = ri
			continue
		}
		var assign []int
		realigned, spanned := false, false
		if r.Cut && holder.waiting && !slices.ContainsFunc(shapes[:max(len(r.Cells)-1, 0)], func(s shape) bool { return s == shName || s == shZH }) {
			// The copy ends in the rows of the holder above, whose dates
			// were to come ("| 1 | Ann Lee |", then "| 5 " of "5 December
			// 1997"): the holder's term is not known.
			holder.waiting = false
		}
		if r.Cut {
			// A row cut short holds the first cells of a whole one: they
			// are where they belong, and the last is incomplete; unless
			// they do not fit there, as a holder's further dates under
			// the holder's cells do ("| 1 October 1949 | 15 Sep"), read
			// by their shapes.
			assign = slices.Grow(assignBuf[:0], len(kinds))[:len(kinds)]
			for j := range assign {
				assign[j] = -1
				if j < len(r.Cells) {
					assign[j] = j
				}
			}
			whole := len(r.Cells) - 1
			if sp, ok := spannedHolder(assignBuf, spanCols, r.Cells[:max(whole, 0)], shapes[:max(whole, 0)], holder.ok && holder.ordinal > 0); ok {
				// The holder above's further term, cut in its last cell.
				assign, realigned, spanned = sp, true, true
				if j := slices.Index(assign, whole-1) + 1; j > 0 && j < len(assign) {
					assign[j] = whole
				}
			} else if whole > 0 && lay.placeCol < 0 && !fitsPositions(kinds, r.Cells[:whole], shapes[:whole]) {
				// Its whole cells by their shapes, the cut one in the
				// column after theirs.
				assign, realigned = alignStart(assignBuf, kinds, r.Cells[:whole], shapes[:whole]), true
				next := 0
				for j, a := range assign {
					if a >= 0 {
						next = j + 1
					}
				}
				if next < len(assign) {
					assign[next] = whole
				}
			}
			last := slices.Index(assign, len(r.Cells)-1) // the cut cell's column
			if last >= 0 && cutInData(kinds, last, r.CutAfter) || cutBeforeEnd(kinds, assign, r.Cells, last, r.CutAfter) {
				x.finding(SeverityWarning, CodeCutShort, officeID, r.Line, "row %q is cut short at the end of the document, in its name or dates; skipped", shown())
				continue
			}
		} else if sp, ok := spannedHolder(assignBuf, spanCols, r.Cells, shapes, holder.ok && holder.ordinal > 0); ok {
			// The holder above's further term, its number and name spanned
			// from their row: the row's own cells are the columns after.
			assign, realigned, spanned = sp, true, true
		} else {
			assign, realigned = alignRow(assignBuf, kinds, r.Cells, shapes)
			if realigned {
				partyLast(assign, kinds, lay.header, shapes)
			}
			if p := lay.placeCol; realigned && p >= 0 && p < len(assign) && p < len(r.Cells) && assign[p] != p {
				// The row's post stays in its column: a row whose holder's
				// cell is blank ("| Gifu | | | Independent | 1st | …") names
				// no holder, not the place.
				for j := range assign {
					assign[j] = -1
					if j < len(r.Cells) {
						assign[j] = j
					}
				}
				realigned = false
			}
		}
		assignBuf = assign // the next row's, once this row is read
		cell := func(k colKind) (string, bool) {
			for j, kk := range kinds {
				if kk == k && assign[j] >= 0 && r.Cells[assign[j]] != "" {
					return r.Cells[assign[j]], true
				}
			}
			return "", false
		}
		// nameIsDate: the shape of the name's cell is a date's (the
		// shapes are the row's, read once).
		nameIsDate := func() bool {
			for j, kk := range kinds {
				if kk == colName && assign[j] >= 0 && assign[j] < len(shapes) && r.Cells[assign[j]] != "" {
					return isDateShape(shapes[assign[j]])
				}
			}
			return false
		}
		c := termClaim{officeID: officeID, sourceID: x.ex.source.ID, line: r.Line, list: x.listNo}
		nameText, _ := cell(colName)
		if nameText != "" && parties[cleanCell(nameText)] {
			// "| Nationalist | 17 May 1919 | 16 April 1924 |" under
			// "Premier | Party | …": the holder's cell lost, the party
			// left where the name stood. No holder is made of it.
			x.finding(SeverityWarning, CodeMissingName, officeID, r.Line, "row %q has dates but no holder's name: %q is a party of the table's; skipped", shown(), cleanCell(nameText))
			continue
		}
		if en, ok := cell(colNameEN); ok && (nameText == "" || isMostlyNative(cleanCell(nameText))) {
			// "张三 | Zhang San" under "Name | Pinyin": the Latin name
			// from its own column, the native one beside it.
			if nameText != "" {
				en += " (" + nameText + ")"
			}
			nameText = en
		}
		var inName *listLine // the tenure given in the holder's cell
		if lay.tenureInName {
			if ll, ok := readListLine(nameText); ok {
				inName, nameText = &ll, ll.name
			}
		}
		var natives []nativeText // every native-name cell: "Hangul" and "Hanja" columns
		for j, k := range kinds {
			if k == colNameZH && assign[j] >= 0 && r.Cells[assign[j]] != "" {
				natives = append(natives, nativeText{r.Cells[assign[j]], langs[j]})
			}
		}
		dates := 0
		if inName != nil {
			dates = 2
		}
		for j, k := range kinds {
			if (k == colStart || k == colEnd || k == colRange) && assign[j] >= 0 {
				switch shapes[assign[j]] {
				case shDate, shOpen:
					dates++
				case shRange:
					dates += 2
				}
			}
		}
		if dates == 0 && series != nil && endsRoman(nameText) {
			if base, ok := seriesBase(cleanCell(nameText)); ok && series[base] {
				// "| 1933 | Phahon II |" below a row that gave "Phahon I"
				// as its government: the holder's next government, its
				// cells spanned from above, not a holder.
				x.finding(SeverityInfo, CodeSkippedRow, officeID, r.Line, "row %q names the next of a series the rows above began (%s I: a government, a cabinet), not a holder; skipped", shown(), base)
				continue
			}
		}
		for j, k := range kinds {
			if k != colName && k != colNameEN && k != colNameZH && assign[j] >= 0 && endsRoman(r.Cells[assign[j]]) {
				if base, ok := seriesBase(cleanCell(r.Cells[assign[j]])); ok {
					if series == nil {
						series = map[string]bool{}
					}
					series[base] = true
				}
			}
		}
		kind := rowSkipped
		if never, ok := neverServedCell(kinds, assign, r.Cells, shapes); ok {
			// "| 2 | Chen Zhaochang | Never took office |": named, but no
			// term.
			x.finding(SeverityInfo, CodeSkippedRow, officeID, r.Line, "row %q: %s, so it holds no term; skipped", shown(), never)
			flush()
			holder.ok = false
			continue
		}
		switch {
		case isVacancyText(nameText) || nameText == "" && isVacancyText(first) && dates > 0:
			x.finding(SeverityInfo, CodeVacancyRow, officeID, r.Line, "row %q marks a vacancy, not a holder", shown())
			span, ok := rowSpan(officeID, cell)
			x.vacancyOf(nameText+" "+first, span, ok)
			flush()
			holder.ok = false
			continue
		case isUnknownHolder(nameText):
			x.finding(SeverityInfo, CodeVacancyRow, officeID, r.Line, "row %q names no known holder (%s); not read as a person", shown(), nameText)
			flush()
			holder.ok = false
			x.unknownSpan(officeID, cell)
			pos++ // a holder's place in the list all the same
			continue
		case dates == 0 && isCaption(first, shapes, r.Cells) && !(lay.officeCol >= 0 && filled >= 2 && nameText != "" && first != nameText):
			// An era or group caption, a note row. (A row of a table of
			// posts starts with its post: "| Mayor of Taipei City |
			// Chiang Wan-an |" is no caption.)
			if filled == 1 && claimRow == ri-1 && isNoteSentence(cleanCell(first)) {
				// "| Served as provincial military governor (dudu 都督) |"
				// under a governor's row: a note on that term; "| As
				// acting; head of Provincial Civil Affairs Department. |"
				// makes it acting too.
				note := cleanCell(first)
				_, actingToo := actingWithNotes(note)
				actingToo = actingToo || isWholeTermActing(note)
				if c := lastClaim(); c != nil {
					c.note = joinNotes([]string{c.note, note})
					c.acting = c.acting || actingToo
				}
				claimRow = ri
				continue
			}
			if !perRow && filled == 1 && isGroupPost(first) {
				// "| Military Governor | | |": the rows below hold that post.
				flush()
				holder.ok = false
				groups = append(groups, postGroup{post: cleanCell(first), from: len(x.ex.terms)})
			}
		case dates > 0 && nameText != "" && nameIsDate():
			// "| 17 | | 2 March 2026 | 2 March 2026 | Incumbent |": a date
			// where the name belongs. Someone's term, no one's name.
			x.finding(SeverityWarning, CodeMissingName, officeID, r.Line, "row %q has dates but no holder's name: its name cell holds a date (%q); skipped", shown(), cleanCell(nameText))
			flush()
			holder.ok = false
			x.unknownSpan(officeID, cell)
			pos++
			continue
		case nameText != "" || len(natives) > 0:
			c.name = x.name(nameText)
			for _, nt := range natives {
				x.nativeCell(&c, nt, officeID, r.Line)
			}
			switch {
			case c.name.IsZero():
				if dates > 0 && strings.HasPrefix(trimSpace(nameText), "(") {
					x.finding(SeverityInfo, CodeVacancyRow, officeID, r.Line, "row %q names no holder (%s); read as a gap, not a holder", shown(), nameText)
					holder.ok = false
					continue
				}
			case dates > 0:
				kind = rowTerm
			case (c.name.EN == "" || plausibleName(c.name.EN)) && nameCol >= 0 &&
				(nameCol < len(r.Cells) && r.Cells[nameCol] == nameText || shapes[0] == shOrdinal && !fullWidthElsewhere(r.Cells, kinds, nameCol)):
				kind = rowHolder
			}
		case dates >= 2 && holder.ok && !hasTextBeforeDates(shapes) && rowSaysVacant(r.Cells, shapes):
			// "| 3 December 1966 | 5 April 1967 | President's rule |": a
			// period of other rule after the holder above, not a term of theirs.
			x.finding(SeverityInfo, CodeVacancyRow, officeID, r.Line, "row %q marks a vacancy, not a further term of %s", shown(), holder.name.display())
			continue
		case dates >= 2 && r.Lost && !hasTextBeforeDates(shapes):
			// "| Template:Ill | … | January 1993 | April 1996 |": the
			// mirror lost the holder's name to a template it could not
			// expand; the row is someone's term, not the holder's above.
			x.finding(SeverityWarning, CodeMissingName, officeID, r.Line, "row %q has dates but its holder's name was lost by the copy (a template left unexpanded); skipped", shown())
			flush()
			holder.ok = false
			x.unknownSpan(officeID, cell) // held by someone, not vacant
			pos++                         // a holder's place in the list all the same
			continue
		case dates >= 2 && holder.ok && (spanned || !hasTextBeforeDates(shapes)) &&
			!numbersAnotherHolder(len(r.Cells) >= len(kinds), x.rowOrdinal(kinds, assign, r.Cells), holder.ordinal):
			kind = rowContinuation
		case dates >= 2 && !hasTextBeforeDates(shapes):
			x.finding(SeverityWarning, CodeMissingName, officeID, r.Line, "row %q has dates but no holder's name, and no holder above it; skipped", shown())
			x.unknownSpan(officeID, cell) // held by someone the copy does not name
			continue
		}
		switch kind {
		case rowSkipped:
			text := shown()
			x.finding(SeverityInfo, CodeSkippedRow, officeID, r.Line, "row %q holds no holder with dates (a caption, note or vacancy); skipped", text)
			if len(text) <= 100 && !strings.Contains(text, " | ") {
				// A caption of one cell ("Merged into Gansu from 1954 to
				// 1958", "Prime ministers of the Second Republic"), not a
				// row of notes.
				x.ex.captions = append(x.ex.captions, captionRow{officeID: officeID, line: r.Line, text: text})
			}
			continue
		case rowHolder:
			flush()
			c.ordinal = x.rowOrdinal(kinds, assign, r.Cells)
			holder.name, holder.ordinal, holder.ok = c.name, c.ordinal, true
		case rowContinuation:
			c.name = holder.name
			c.ordinal = holder.ordinal
			holder.waiting = false
		case rowTerm:
			flush()
			c.ordinal = x.rowOrdinal(kinds, assign, r.Cells)
		}
		var termCount string
		if perRow {
			// Each row its own post: a "No." counts the rows, a "Term"
			// of "4th" the holder's elections (kept as a note), neither
			// the holder's place among the post's.
			c.ordinal = 0
			if j := slices.Index(kinds, colOrdinal); j >= 0 && j < len(lay.labels) && lay.labels[j] != colOrdinal && assign[j] >= 0 && r.Cells[assign[j]] != "" {
				termCount = cleanCell(lay.header[j]) + ": " + cleanCell(r.Cells[assign[j]])
			}
		}
		if kind == rowTerm && len(r.Cells) != len(t.Header.Cells) && len(r.Cells) != len(kinds) && !endsBeforeSideColumns(kinds, len(r.Cells), realigned) {
			x.finding(SeverityWarning, CodeRaggedRow, officeID, r.Line, "row has %d cells, the header has %d; read by the shape of its values", len(r.Cells), len(t.Header.Cells))
		}
		if realigned {
			x.finding(SeverityInfo, CodeRealignedRow, officeID, r.Line, "cells did not match the header by position; matched by shape (%s)", describeAssign(kinds, assign, r.Cells))
		}
		pos++
		c.pos = x.nextPos()
		c.acting = c.name.Acting
		var notes []string
		if termCount != "" {
			notes = append(notes, termCount)
		}
		markedOpen := c.name.cutOpenMark()          // "Eve Ford (incumbent)"
		own := kind == rowTerm || kind == rowHolder // the row names its holder
		if own && x.marksActing(nameText) {
			c.acting = true // "Bob Ray*" under "An asterisk (*) denotes an acting mayor"
		}
		if n := c.name.Note(); n != "" && own {
			notes = append(notes, n)
		}
		if own && c.ordinal == 0 && !hasOrdinal && !numbered && !perRow {
			c.ordinal, c.posOrdinal = pos, true
			if kind == rowHolder {
				holder.ordinal = pos
			}
		}
		if o, ok := cell(colOrdinal); ok && own && c.ordinal == 0 {
			// A number column's text that numbers no holder ("–", a
			// spelled "Twelfth" that does, aside) is a note: "Acting".
			switch classifyCell(o) {
			case shOrdinal, shDash:
			default:
				notes = append(notes, o)
				if IsActingNote(o) {
					c.acting = true
				}
			}
		}
		var more []string // further tenures in the range cell: "1980–1984; 1988–1992"
		// What the first tenure's own text adds to the claim ("(1st
		// time)", "(acting)") is not said of the further ones.
		var firstNote string
		firstActing := c.acting
		firstInto := func(s string) {
			before := c.note
			firstActing = c.acting
			x.tenureInto(&c, s)
			if more != nil {
				firstNote = strings.TrimPrefix(strings.TrimPrefix(c.note, before), "; ")
			}
		}
		if inName != nil {
			more = inName.more
			firstInto(inName.tenure)
			for _, q := range inName.after {
				if isWholeTermActing(q) {
					c.acting, firstActing = true, true // the row's, every term's
				} else {
					notes = append(notes, q)
				}
			}
		}
		if s, ok := cell(colRange); ok && !isDashes(trimSpace(s)) { // "—": no tenure given
			if ts := splitTenures(s); ts != nil && !isTenureText(s) {
				s, more = ts[0], ts[1:]
			}
			firstInto(s)
		}
		paired := false
		if s, ok := cell(colStart); ok {
			end, _ := cell(colEnd)
			if ts := pairedTenures(s, end); ts != nil {
				// "January 6, 1963 January 3, 1979" | "January 14, 1963
				// January 12, 1987": a term for each start, ended by the
				// end beside it.
				paired, more = true, ts[1:]
				firstInto(ts[0])
			}
		}
		if s, ok := cell(colStart); ok && !paired {
			end, hasEnd := cell(colEnd)
			switch d, ok := startBeforeEnd(s, end); {
			case !hasEnd && isRangeText(s):
				x.tenureInto(&c, s) // the whole tenure in the start cell, the end cell empty
			case trimSpace(end) == "" && openQualified(s) != trimSpace(s):
				x.tenureInto(&c, s) // "1998 (incumbent)", the end cell empty: in office since 1998
			case ok:
				c.start = d // "2 March" | "5 June 1990": the year is the end's
			default:
				c.start, _ = x.dateCell(&c, s, false)
			}
		}
		endDash := false
		if s, ok := cell(colEnd); ok && !paired {
			var open bool
			c.end, open = x.dateCell(&c, s, true)
			c.open = c.open || open
			endDash = isDashes(trimSpace(s))
			if !c.end.IsZero() && (x.marksDeath(s) || x.marksDeath(nameText)) {
				// "December 12, 2017†" or "Ann Lee†" where the legend
				// says the dagger marks a death in office.
				notes = append(notes, "died in office")
			}
		} else if own && !c.start.IsZero() && c.end.IsZero() && !c.open && !c.ended && endCellBlank(kinds, assign, r.Cells) {
			// "| 12 | Chen Rugui | 陈如桂 | July 2017 | | [1] |": the end
			// left blank, as for the holder of now; ended after all if a
			// later holder follows (closeBlankEnds).
			c.open, c.endBlank, c.endCellBlank = true, true, true
		}
		if markedOpen && c.end.IsZero() && !c.start.IsZero() {
			c.open = true // the name says the holder is the current one
		}
		if sinceOnly && c.end.IsZero() && (!c.start.IsZero() || perRow && !c.ended) {
			// "| Governor | Xu Kunlin | Since 2021 |": holding it now. In a
			// table of each row's post, a row whose date is not given
			// still names who holds the post.
			c.open = true
		}
		for j, k := range kinds {
			if assign[j] < 0 || r.Cells[assign[j]] == "" {
				continue
			}
			if k != colNotes && k != colOther && k != colLife && k != colDuration && k != colAppointed && !mayBeActingCell(r.Cells[assign[j]]) || j == lay.placeCol {
				continue // a name, date, number or place cell, read above
			}
			// "Emblem of the Kuomintang.svg Kuomintang": a party's emblem
			// before its name is no part of it.
			v := dropImageName(cleanCell(r.Cells[assign[j]]))
			if isActingCell(v) && k != colName && k != colNameEN {
				c.acting = true
				continue
			}
			if k == colOther && strings.HasSuffix(v, ")") && !isTitleLabel(lay.header[j]) && !namesOthersHolder(lay.header[j]) {
				// "United Russia (acting)": the row says its holder acted,
				// in the bracket after another column's value (not
				// "Appointed by: B. D. Jatti (acting)", an acting
				// president).
				if i := strings.LastIndexByte(v, '('); i > 0 && isWholeTermActing(trimSpace(v[i+1:len(v)-1])) {
					c.acting, v = true, trimSpace(v[:i])
				}
			}
			if k == colOther && (hasPrefixFold(v, "acting ") || hasPrefixFold(v, "interim ")) && isTitleLabel(lay.header[j]) {
				if _, acting := cutActingOffice(v); acting {
					c.acting = true // "Title: Acting Chairman"; the title stays in the note
				}
			}
			if (k == colNotes || k == colOther) && IsOpenEnd(v) && c.end.IsZero() && !c.start.IsZero() {
				// "Incumbent" in a notes column, the end cell empty: the
				// term has not ended.
				c.open = true
				continue
			}
			switch k {
			case colNotes:
				if v != "" {
					notes = append(notes, v)
					// Not "Acting 1994–1995", part of the term; but
					// "Appointed as Acting Chairman by the 10th
					// People's Congress", whose number is no year.
					if _, ok := actingWithNotes(v); ok || isWholeTermActing(v) || (IsActingNote(v) || startsWithActingPost(v)) && !hasYear(v) {
						c.acting = true
					}
					if c.end.IsZero() && (c.endCellBlank || c.endBlank) && len(v) <= 30 && IsEndEvent(v) && endEventWords.prefix(v) > 0 {
						// "Died in office" in the notes beside an empty
						// end: the term has ended, when is not given.
						c.open, c.endCellBlank, c.endBlank, c.ended = false, false, false, true
						x.finding(SeverityInfo, CodeUndatedEnd, officeID, r.Line, "the notes of %s's term say how it ended (%q), not when; the end is unknown", c.name.display(), v)
					}
				}
			case colLife:
				if len(v) > 2 && v[0] == '(' && v[len(v)-1] == ')' && strings.IndexByte(v[1:], '(') < 0 {
					v = trimSpace(v[1 : len(v)-1]) // "(1934–2010)" under "Lived": the years
				}
				if v != "" {
					// "Born: 1900" and "Died: 1980" from columns of their
					// own; a lifespan ("1900–1980") says what it is. A
					// birth is the person's, where the name gives none.
					label := ""
					if j < len(lay.header) && isBirthOrDeathLabel(cleanCell(lay.header[j])) {
						label = cleanCell(lay.header[j])
					}
					lv := v
					if d := leadingDate(v); label != "" && d != "" {
						lv = d // "28 January 1457 Pembroke Castle": the date, not where
					}
					switch l := strings.ToLower(label); {
					case label == "" && isLifeDates(v):
						if c.name.Life == "" { // the name's own life dates come first
							c.name.Life = v
						}
					case strings.Contains(l, "born") || strings.Contains(l, "birth"):
						if c.name.Life == "" {
							c.name.Life = "born " + lv
						}
					case strings.Contains(l, "died") || strings.Contains(l, "death"):
						// "| Born | Died |": the life's two ends.
						switch {
						case c.name.Life == "":
							c.name.Life = "died " + lv
						case strings.HasPrefix(c.name.Life, "born "):
							c.name.Life = c.name.Life[len("born "):] + " – " + lv
						}
					}
					if label != "" {
						v = label + ": " + v
					}
					notes = append(notes, v)
				}
			case colAppointed:
				if !isDashes(v) {
					notes = append(notes, cleanCell(lay.header[j])+": "+v)
				}
			case colOther, colDuration:
				// Columns headed as something else ("Party", "Time in
				// office") or as other people ("Lt. Governor", "Premier"):
				// the label and the value.
				// A column headed as dates whose values are not ("Left
				// office: sometime in 1960") too: nothing is lost.
				// A dash says the column has nothing for this row.
				if v == "" || isDashes(v) || j >= len(lay.labels) {
					break
				}
				header := cleanCell(lay.header[j])
				label := header
				if header == "" || isElectionLabel(header) {
					label = shiftedLabel(lay.header, j, v, r.Cells, assign)
				}
				shifted := label != header
				if label != "" && (shifted || lay.labels[j] == colOther || lay.labels[j] == colName || lay.labels[j] == colDuration || lay.labels[j] == colOffice || lay.unreadDates[j]) {
					notes = append(notes, label+": "+v)
				}
			}
		}
		c.note = joinNotes(append(notes, c.note))
		if kind == rowHolder {
			holder.row, holder.waiting = c, true
			claimRow = ri
			continue
		}
		if kind == rowTerm {
			holder.name, holder.ordinal, holder.ok = c.name, c.ordinal, true
		}
		lastEndDash = -1
		if endDash && !c.start.IsZero() {
			lastEndDash = len(x.ex.terms)
		}
		if firstTerm < 0 {
			firstTerm, firstEndDash = len(x.ex.terms), endDash && !c.start.IsZero()
		}
		holders := []Name{c.name}
		if kind == rowTerm {
			// People who held the office together: "Ann Lee / Bob Ray" in
			// the cell, or a second column of holders.
			if co := c.name.coHolders(); co != nil {
				holders = co
			}
			for j, k := range kinds {
				if k == colCoHolder && assign[j] >= 0 && r.Cells[assign[j]] != "" {
					if n := x.name(r.Cells[assign[j]]); !n.IsZero() {
						holders = append(holders, n)
					}
				}
			}
		}
		claimRow = ri
		for h, name := range holders {
			t := c
			t.name = name
			if h > 0 {
				t.pos = x.nextPos()
			}
			x.ex.terms = append(x.ex.terms, t)
			for _, m := range more {
				t := t
				t.pos = x.nextPos()
				t.note, t.acting, t.ended = withoutNote(t.note, firstNote), firstActing, false
				x.tenureInto(&t, m)
				x.ex.terms = append(x.ex.terms, t)
			}
		}
	}
	flush()
	x.markParallelPosts(groups)
	// A dash for the end of the last term: the term has not ended (the
	// current holder, whose number of terms is a dash too).
	if lastEndDash >= 0 {
		x.ex.terms[lastEndDash].open = true
	}
	// So does a dash for the end of the first term of a table written
	// newest first.
	if firstEndDash && firstTerm < len(x.ex.terms)-1 {
		first, last := x.ex.terms[firstTerm].start, x.ex.terms[len(x.ex.terms)-1].start
		if !last.IsZero() && last.Latest().Before(first.Earliest()) {
			x.ex.terms[firstTerm].open = true
		}
	}
}

// postGroup is the run of a table's terms under a caption row that names
// a post ("| Military Governor | | |"): from is the index of its first
// term in the extraction's terms, and the run ends where the next
// group's starts (markParallelPosts).
type postGroup struct {
	post string
	from int
}

// isGroupPost reports whether a lone caption cell names a post the rows
// below it hold ("Military Governor", "Chairperson of the Fujian
// Provincial Government"), not an era ("Jeju Province (1995–2006)") or a
// note ("Concurrently held position as Minister of the Navy.").
func isGroupPost(cell string) bool {
	v := stripParens(cleanCell(cell))
	if v == "" || len(strings.Fields(v)) > 10 || strings.ContainsAny(v, "0123456789:;.") || isVacancyText(v) {
		return false
	}
	return hasRoleWord(v) && looksLikeOffice(v)
}

// markParallelPosts numbers the groups of a table's terms, and notes on
// each term its caption's post, when the groups ran side by side:
// "Military Governor" and "Civilian Governor" of Jiangsu, each numbered
// from 1 over the same years, are posts held at once, listed as the
// page's office. Their terms are neighbours and overlaps within their
// group only. Groups that follow one another are the same office under
// its successive titles ("Governor of the Military Government", then
// "Governor"), and are left as they are.
func (x *extractor) markParallelPosts(groups []postGroup) {
	if len(groups) < 2 || len(groups) > 255 {
		return
	}
	// end is where group i's terms end: where the next group's start.
	end := func(i int) int {
		if i+1 < len(groups) {
			return groups[i+1].from
		}
		return len(x.ex.terms)
	}
	spans := make([][2]int, len(groups)) // the days each group surely covers
	for i, g := range groups {
		to := end(i)
		lo, hi, ok := 0, 0, false
		for k := range x.ex.terms[g.from:to] {
			c := &x.ex.terms[g.from+k]
			if c.start.IsZero() {
				continue
			}
			cLo, cHi := period(c, true)
			if cHi == math.MaxInt {
				cHi = cLo
			}
			if !ok || cLo < lo {
				lo = cLo
			}
			if !ok || cHi > hi {
				hi = cHi
			}
			ok = true
		}
		if !ok {
			return // a group with no dates: nothing to tell by
		}
		spans[i] = [2]int{lo, hi}
	}
	parallel := false
	for i := range spans {
		for j := range i {
			overlap := min(spans[i][1], spans[j][1]) - max(spans[i][0], spans[j][0])
			shorter := min(spans[i][1]-spans[i][0], spans[j][1]-spans[j][0])
			if overlap > 90 && overlap*2 > shorter {
				parallel = true
			}
		}
	}
	if !parallel {
		return
	}
	for i, g := range groups {
		for k := g.from; k < end(i); k++ {
			c := &x.ex.terms[k]
			c.postGroup = uint8(i + 1)
			c.note = joinNotes([]string{"Post: " + g.post, c.note})
		}
	}
}

// postHasPlace reports whether a cell names a post with its place:
// "Mayor of Taipei City (list)", not "Prime Minister".
func postHasPlace(cell string) bool {
	return placeOf(canonicalOfficeTitle(cleanCell(cell), "")) != ""
}

// endCellBlank reports whether a row has its end column's cell, empty or
// holding only a footnote marker, rather than lacking it.
func endCellBlank(kinds []colKind, assign []int, cells []string) bool {
	for j, k := range kinds {
		if k == colEnd {
			return assign[j] >= 0 && assign[j] < len(cells) && cleanCell(cells[assign[j]]) == ""
		}
	}
	return false
}

// withoutNote removes from note, once, each of the "; "-separated parts of
// part.
func withoutNote(note, part string) string {
	if part == "" {
		return note
	}
	notes := strings.Split(note, "; ")
	for p := range strings.SplitSeq(part, "; ") {
		if i := slices.Index(notes, p); i >= 0 {
			notes = slices.Delete(notes, i, i+1)
		}
	}
	return strings.Join(notes, "; ")
}

// unreadDateColumns reports each column headed as dates whose values
// mostly do not read as dates ("Left office: sometime in 1960"): the
// table's terms lack those dates, which stay in their notes.
func (x *extractor) unreadDateColumns(officeID string, t *Table, lay *tableLayout) {
	if officeID == "" {
		officeID = x.ex.source.ID
	}
	for j, unread := range lay.unreadDates {
		if !unread {
			continue
		}
		var example string
		line, filled, words := 0, 0, 0
		for _, r := range t.Rows[lay.skip:] {
			if j < len(r.Cells) && r.Cells[j] != "" {
				if example == "" {
					example, line = r.Cells[j], r.Line
				}
				filled++
				if isTermNumbers(cleanCell(r.Cells[j])) {
					words++
				}
			}
		}
		if example == "" || words*2 > filled {
			continue // "Fourth", "1st–2nd" under "Term": which of the holder's terms, noted, no date lost
		}
		x.finding(SeverityWarning, CodeUnparsedDate, officeID, line,
			"column %q holds no dates that can be read (%q, …); its values are kept in the terms' notes", cleanCell(lay.header[j]), example)
	}
}

// nativeText is a native-name cell and the language its column's label
// names ("Japanese", "Hanja"), if any.
type nativeText struct {
	text, lang string
}

// nativeCell reads a native-name cell into the claim's name. Characters
// that several languages write (kanji, hanja, hanzi) take the language
// the column's label names over the one the document suggests.
func (x *extractor) nativeCell(c *termClaim, nt nativeText, officeID string, line int) {
	text := nt.text
	zn := x.name(text)
	if nt.lang != "" && zn.Native != "" && scriptLang(zn.Native) == "" && isAllHan(zn.Native) {
		zn.Lang = nt.lang
	}
	switch {
	case zn.Native != "":
		switch {
		case c.name.Native == "":
			c.name.Native, c.name.Lang = zn.Native, zn.Lang
		case scriptLang(c.name.Native) == LangKorean && isAllHan(zn.Native) && !strings.Contains(c.name.Native, zn.Native):
			// Hangul and Hanja columns: the name written both ways, as
			// "권영철 權寧喆" in one cell.
			c.name.Native += " " + zn.Native
		}
	case strings.HasPrefix(text, "Script error"):
		// The wiki failed to render the cell ("Script error: No such
		// module "Lang"."): no name was lost in reading it.
		x.finding(SeverityInfo, CodeInvalidName, officeID, line, "native-name cell %q is the wiki's rendering error; left empty", text)
	case !isDashes(text):
		x.finding(SeverityWarning, CodeInvalidName, officeID, line, "native-name cell %q holds no native-script letters; left empty", text)
	}
}

// isAllHan reports whether s is written in Han characters only, spaces
// and middle dots aside.
func isAllHan(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			n++
		case r == ' ' || r == '·' || r == '・':
		default:
			return false
		}
	}
	return n > 0
}

// rowOrdinal reads the holder's number from a row's ordinal column.
func (x *extractor) rowOrdinal(kinds []colKind, assign []int, cells []string) int {
	for j, k := range kinds {
		if k == colOrdinal && assign[j] >= 0 && cells[assign[j]] != "" {
			if classifyCell(cells[assign[j]]) == shOrdinal {
				return ordinalValue(cells[assign[j]])
			}
			return spelledOrdinalValue(cleanCell(cells[assign[j]])) // "Twelfth" under "No."
		}
	}
	return 0
}

// unknownSpan records the period of a row that names no known holder, read
// from its date cells without findings: the office was held then.
func (x *extractor) unknownSpan(officeID string, cell func(colKind) (string, bool)) {
	if span, ok := rowSpan(officeID, cell); ok {
		x.ex.unknown = append(x.ex.unknown, span)
	}
}

// rowSpan reads the period of a row from its date cells, without
// findings; ok is false when the row gives no date.
func rowSpan(officeID string, cell func(colKind) (string, bool)) (span heldSpan, ok bool) {
	bare := func(v string) string { return trimDateNoise(stripParens(cleanCell(v))) }
	if v, ok := cell(colRange); ok {
		if t, err := ParseTenure(bare(v)); err == nil {
			span.start, span.end = t.Start, t.End
		}
	}
	if v, ok := cell(colStart); ok {
		span.start, _ = ParseDate(bare(v))
	}
	if v, ok := cell(colEnd); ok {
		span.end, _ = ParseDate(bare(v))
	}
	if span.start.IsZero() && span.end.IsZero() {
		return heldSpan{}, false
	}
	span.officeID = officeID
	return span, true
}

// endsRoman reports whether a cell's last byte may end a Roman numeral,
// a first look before seriesBase reads it.
func endsRoman(c string) bool {
	l := len(c)
	return l > 2 && (c[l-1] == 'I' || c[l-1] == 'V' || c[l-1] == 'X')
}

// labelBlankColumns gives the columns of notes the header left unlabelled
// the labels a header repeated further down writes over them: "| # | Name
// | Office | Political party | Term |" below "| # | Name | Office | | |"
// names the party column of the rows after it.
func labelBlankColumns(lay *tableLayout, kinds []colKind, cells []string) {
	for j, c := range cells {
		if j >= len(lay.header) || j >= len(kinds) || j >= len(lay.labels) || c == "" || trimSpace(lay.header[j]) != "" || kinds[j] != colOther {
			continue
		}
		if l := cleanCell(c); l != "" && classifyHeader(l) == colOther {
			lay.header[j], lay.labels[j] = l, colOther
		}
	}
}

// seriesBase returns the name a numbered government or cabinet is named
// after: "Phahon" of "Phahon II", "Zhou" of "Zhou I"; ok is false for
// other text.
func seriesBase(s string) (base string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || !isRoman(s[i+1:]) {
		return "", false
	}
	base = s[:i]
	if !startsCapital(base) || strings.Count(base, " ") > 2 || hasDigit(base) {
		return "", false
	}
	return base, true
}

// cutBeforeEnd reports whether a row cut short in the cell of column last
// (after it, when whole) lost its term's end: no cell of the end column
// is left, or a column spanning both dates holds one ("| 1 October 1949 |
// 15 Sep", the end's cell taken for another column's).
func cutBeforeEnd(kinds []colKind, assign []int, cells []string, last int, whole bool) bool {
	for j, k := range kinds {
		switch {
		case k == colEnd:
			return assign[j] < 0
		case k == colRange && assign[j] >= 0 && (last < 0 || j < last || j == last && whole):
			if t, err := ParseTenure(trimDateNoise(stripParens(cleanCell(cells[assign[j]])))); err == nil && t.Single {
				return true
			}
		}
	}
	return false
}

// cutInData reports whether a row cut short after cell (within it, or
// after it when whole) lost what its term is read from: cell is in a
// column of the holder's name or a date, rather than a note or a party
// that may end anywhere, or the row's dates were to come after it.
func cutInData(kinds []colKind, cell int, whole bool) bool {
	if cell >= len(kinds) {
		return false // a cell past the columns, as a surplus one is
	}
	if !whole {
		switch kinds[cell] {
		case colName, colNameEN, colNameZH, colCoHolder, colStart, colEnd, colRange, colOrdinal:
			return true
		}
	}
	for _, k := range kinds[cell+1:] {
		if k == colStart || k == colEnd || k == colRange {
			return true // "| 5 | Wan Li 万里 | 7": cut before its dates
		}
	}
	return false
}

// isTermNumbers reports whether a cell numbers the terms a holder
// served, not when: "Fourth", "3rd", "1st–2nd", "7th, 9th".
func isTermNumbers(c string) bool {
	parts := 0
	for p := range strings.FieldsFuncSeq(c, func(r rune) bool { return r == '–' || r == '-' || r == ',' || r == '&' || r == ' ' }) {
		if p != "and" && !isSpelledOrdinal(p) && !isOrdinalText(p) {
			return false
		}
		parts++
	}
	return parts > 0
}

// yearsIn counts the runs of four digits in s, the years a cell may
// give.
func yearsIn(s string) int {
	n, run := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isDigit(s[i]) {
			run++
			continue
		}
		if run == 4 {
			n++
		}
		run = 0
	}
	return n
}

// isCountry reports whether a place is the document's country: "United
// States" or "the United States" on a page about American governors.
func (x *extractor) isCountry(place string) bool {
	c := countryName(x.country())
	return place != "" && c != "" && strings.TrimPrefix(place, "the ") == strings.TrimPrefix(c, "the ")
}

// pairedTenures reads a start cell and an end cell that each hold the
// dates of several terms, a line break between them lost: "January 6,
// 1963 January 3, 1979" | "January 14, 1963 January 12, 1987" are two
// terms, 1963 and 1979–1987. The end cell may end open ("… present").
// It returns the terms as ranges, or nil unless the cells hold two starts
// or more, each before its end and after the end before it.
func pairedTenures(start, end string) []string {
	if yearsIn(start) < 2 {
		return nil // most start cells: one date
	}
	start, end = cleanCell(start), cleanCell(end) // "January 12, 1987[1]": without the footnote mark
	starts := unbracketedDates(start, 4)
	if starts == nil {
		return nil
	}
	end = trimSpace(end)
	open := false
	if i := strings.LastIndexByte(end, ' '); i > 0 && IsOpenEnd(end[i+1:]) {
		end, open = trimSpace(end[:i]), true
	}
	var ends []Date
	if d, err := ParseDate(end); err == nil && open {
		ends = []Date{d}
	} else {
		ends = unbracketedDates(end, 4)
	}
	if n := len(ends); n == 0 || n != len(starts) && !(open && n+1 == len(starts)) {
		return nil
	}
	out := make([]string, len(starts))
	for i, s := range starts {
		if i > 0 && s.Earliest().Before(ends[i-1].Latest()) && !s.EqualAtSharedPrecision(ends[i-1]) {
			return nil // each term starts after the one before ended
		}
		if i == len(ends) {
			out[i] = s.String() + " – present"
			break
		}
		if ends[i].Latest().Before(s.Earliest()) {
			return nil
		}
		out[i] = s.String() + " – " + ends[i].String()
	}
	return out
}

// isBodyLabel reports whether a column label names a kind of body a post
// is of: "Party", "Organisation".
func isBodyLabel(l string) bool { return lowerIn(bodyLabels, l) }

var bodyLabels = map[string]bool{"party": true, "political party": true, "organisation": true, "organization": true,
	"body": true, "institution": true}

// mostlyDistinct reports whether the filled cells of column j differ
// from row to row, as each row's own body does (not one party's
// holders).
func mostlyDistinct(rows []Row, j int) bool {
	seen := map[string]bool{}
	filled := 0
	for _, r := range rows {
		if j < len(r.Cells) && r.Cells[j] != "" {
			filled++
			seen[cleanCell(r.Cells[j])] = true
		}
	}
	return filled >= 2 && len(seen)*5 >= filled*4
}

// isCountryLabel reports whether a column label is "Country" or
// "Nation", or their plurals.
func isCountryLabel(l string) bool { return lowerIn(countryLabels, l) }

var countryLabels = map[string]bool{"country": true, "countries": true, "nation": true, "nations": true, "sovereign state": true}

// isPlaceLabel reports whether a column label names the kind of place
// each row is of: "Province", "Prefecture", "State", "Region (capital)".
// "Country" is not: beside a holder it is the holder's nationality.
func isPlaceLabel(l string) bool {
	l = strings.ToLower(l)
	i := strings.IndexFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(l)
	}
	w, rest := l[:i], l[i:]
	if hasRoleWord(rest) || strings.Contains(rest, "birth") {
		return false // "State Councillor", "Place of birth"
	}
	if isPlaceWord(w) || w == "sar" && rest == "" { // "SAR": a special administrative region
		return true
	}
	// A place word after one adjective or two: "Federal subject",
	// "Autonomous community", "Special administrative region", "Local
	// government area" ("area" only so qualified: alone, an area is a
	// column of square kilometres).
	for placeAdjectives[w] {
		next, ok := strings.CutPrefix(rest, " ")
		if !ok {
			return false
		}
		j := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
		if j < 0 {
			j = len(next)
		}
		w, rest = next[:j], next[j:]
		if rest == "" || strings.HasPrefix(rest, " (") || rest[0] == '/' {
			return isPlaceWord(w) || strings.TrimSuffix(w, "s") == "area"
		}
	}
	return false
}

// placeAdjectives are the words that qualify a kind of place in a column
// label: "Federal subject", "Constituent country", "Special
// administrative region", "Local government area".
var placeAdjectives = map[string]bool{"federal": true, "constituent": true, "autonomous": true, "administrative": true, "regional": true,
	"local": true, "special": true, "government": true}

// isPlaceWord reports whether a lower-case word is a kind of place, in
// the singular or plural: "province", "states", "municipalities".
func isPlaceWord(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "province", "prefecture", "state", "municipality", "region", "territory", "county", "city", "division",
		"subdivision", "canton", "oblast", "governorate", "department", "district", "autonomous", "emirate", "place",
		"subject", "community", "entity", "unit", "krai", "republic",
		"citie", "countie", "municipalitie", "communitie", "entitie": // "Cities", "Counties", "Municipalities"
		return true
	}
	return false
}

// isSpelledOrdinal reports whether s is an ordinal written in a word,
// "First" to "Twentieth".
func isSpelledOrdinal(s string) bool { return spelledOrdinalValue(s) > 0 }

// spelledOrdinals are the ordinals written in words, first to twentieth.
var spelledOrdinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
	"twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}

// spelledOrdinalValue returns the number of an ordinal written in words
// ("Third" → 3), or 0.
func spelledOrdinalValue(s string) int {
	if len(s) < 5 || len(s) > 11 {
		return 0
	}
	for i, w := range spelledOrdinals {
		if strings.EqualFold(s, w) {
			return i + 1
		}
	}
	return 0
}

// rowSaysVacant reports whether a cell of a row says, and says only,
// that the post was vacant or under other rule: "President's rule",
// "Vacant". A note that mentions it ("Liu Shaoqi than vacant",
// "Abolished" under another post) does not.
func rowSaysVacant(cells []string, shapes []shape) bool {
	for j, c := range cells {
		if j >= len(shapes) || shapes[j] != shText && shapes[j] != shName {
			continue
		}
		switch strings.ToLower(strings.Trim(cleanCell(c), "() ")) {
		case "president's rule", "president’s rule", "governor's rule", "governor’s rule", "vacant", "interregnum":
			return true
		}
	}
	return false
}

// endsBeforeSideColumns reports whether a row of n cells, read by
// position, stops short of the table's last columns and every column it
// leaves out is one a term is not read from (a party, a note, a
// duration). That is how a rendering drops a cell spanned from the row
// above ("| 2 | Chen Cheng | 5 January 1949 | 21 December 1949 |" under a
// Party column): the row is whole, not ragged.
func endsBeforeSideColumns(kinds []colKind, n int, realigned bool) bool {
	if realigned || n >= len(kinds) {
		return false
	}
	for j := n; j < len(kinds); j++ {
		if cutInData(kinds, j, false) {
			return false
		}
	}
	return true
}

// firstNonEmpty returns the first non-empty cell and how many there are.
func firstNonEmpty(cells []string) (first string, n int) {
	for _, c := range cells {
		if c != "" {
			if n == 0 {
				first = c
			}
			n++
		}
	}
	return first, n
}

// isCaption reports whether a row whose first non-empty cell is first is
// a caption or note rather than a holder: a lone cell, or text that is
// neither a name, a number nor a date ("Other Vice-Premiers: …",
// "Merged into Gansu from 1954 to 1958", "[Total 5057 Days]").
func isCaption(first string, shapes []shape, cells []string) bool {
	n := 0 // filled cells, a footnote's mark aside ("| Electorate of Bavaria (until 1805) | | [1] |")
	for j, c := range cells {
		if c != "" && (j >= len(shapes) || shapes[j] != shRef) {
			n++
		}
	}
	if n == 1 {
		return true
	}
	switch classifyCell(first) {
	case shOrdinal, shDash, shDate, shRange, shOpen, shZH, shImage:
		return false
	}
	name := ParseName(first)
	return name.IsZero() || name.EN != "" && !plausibleName(name.EN) || strings.ContainsRune(first, ':')
}

// fullWidthElsewhere reports whether a row has a cell under every column
// of the header and its holder's cell is empty: the name the row gives
// sits under another column ("| 15 | | | | Lai Ching-te | |" under
// "Vice President", a second term's running mate), not the holder's.
func fullWidthElsewhere(cells []string, kinds []colKind, nameCol int) bool {
	return len(cells) == len(kinds) && nameCol < len(cells) && trimSpace(cells[nameCol]) == ""
}

// hasTextBeforeDates reports whether a row holds text (not a number or a
// date) before its first date: such a row names something, so it is not
// a continuation of the holder above.
func hasTextBeforeDates(shapes []shape) bool {
	for _, s := range shapes {
		switch s {
		case shDate, shRange, shOpen:
			return false
		case shName, shText, shZH:
			return true
		}
	}
	return false
}

// spannedHolder reports whether a row holds only the cells after its
// holder's, a further term of the holder above whose number and name
// span it: "| Ministerial | Brisbane North (1888–1893) | 12 August 1890 |
// 27 March 1893 |" under "Rank | No. | Officeholder | Party | District |
// Assumed office | …", below Sir Samuel Griffith's numbered row, is his
// second term with a party and seat of its own. Placed so that its first
// date falls under the first column of dates, its cells before the dates
// all fit columns after the number and the name, and every cell fits its
// column. A number before the dates is the row's own ("| 3 | January 4,
// 1965 | …"), and a native name a holder's: neither is such a row. It
// returns that placement.
// A row is read so only below a numbered holder's (above), in a table
// whose columns sc are numbers, then names, then dates.
func spannedHolder(dst []int, sc spanColumns, cells []string, shapes []shape, above bool) ([]int, bool) {
	if !above || !sc.ok {
		return nil, false
	}
	first := slices.IndexFunc(shapes, isDateShape)
	if first < 1 || first >= len(cells) {
		return nil, false
	}
	kinds, name := sc.kinds, sc.name
	off := sc.dates - first
	if off < 1 {
		return nil, false
	}
	text := false // a cell before the dates
	for i, c := range cells {
		j := i + off
		if shapes[i] == shEmpty {
			continue
		}
		if j >= len(kinds) || fit(kinds[j], shapes[i], c) < 0 {
			return nil, false
		}
		if i < first {
			switch {
			case shapes[i] == shOrdinal || shapes[i] == shZH || hasNative(c) || j <= name:
				return nil, false
			case kinds[j] == colOrdinal || kinds[j] == colNameZH || kinds[j] == colNameEN || kinds[j] == colName:
				return nil, false
			}
			text = true
		}
	}
	if !text {
		return nil, false
	}
	assign := slices.Grow(dst[:0], len(kinds))[:len(kinds)]
	for j := range assign {
		assign[j] = -1
		if i := j - off; i >= 0 && i < len(cells) {
			assign[j] = i
		}
	}
	return assign, true
}

// spanColumns are the columns of a table spannedHolder reads rows by:
// its number's, its holder's name's and its first date's, in that order
// (ok).
type spanColumns struct {
	kinds            []colKind
	ord, name, dates int
	ok               bool
}

func spanColumnsOf(kinds []colKind) spanColumns {
	sc := spanColumns{kinds: kinds, ord: slices.Index(kinds, colOrdinal),
		name:  slices.IndexFunc(kinds, func(k colKind) bool { return k == colName || k == colNameEN }),
		dates: slices.IndexFunc(kinds, func(k colKind) bool { return k == colStart || k == colRange })}
	sc.ok = sc.ord >= 0 && sc.name > sc.ord && sc.dates > sc.name
	return sc
}

// actingCellStarts holds the characters an acting cell can start with:
// the first letters of the acting words, in either case, and a bracket.
var actingCellStarts = func() string {
	starts := "("
	for _, w := range actingWords {
		for _, c := range []byte{w[0], w[0] - 'a' + 'A'} {
			if strings.IndexByte(starts, c) < 0 {
				starts += string(c)
			}
		}
	}
	return starts
}()

// electionRow reports whether a row holds only a term's number and a
// year, "| 2nd | 1998 |": a holder's re-election on a row of its own, the
// other cells spanned from the row above. It returns the year and the
// number.
func electionRow(cells []string, shapes []shape, filled int) (year, ord string, ok bool) {
	if filled != 2 {
		return "", "", false
	}
	for i, c := range cells {
		switch v := cleanCell(c); {
		case v == "":
		case shapes[i] == shOrdinal && ord == "":
			ord = v
		case len(v) == 4 && allDigits(v) && year == "":
			year = v
		default:
			return "", "", false
		}
	}
	return year, ord, year != "" && ord != ""
}

// partiesOf returns the values of a table's party column ("Party",
// "Political party"), which name no row's holder: nil for a table
// without one.
// A value of more than one word counts only when two rows give it, so
// that a person's name under a misread "Party" label is never one.
func partiesOf(rows []Row, lay *tableLayout) map[string]bool {
	j := slices.IndexFunc(lay.header, isPartyLabel)
	if j < 0 || j >= len(lay.kinds) || lay.kinds[j] != colOther {
		return nil
	}
	var seen map[string]int
	for _, r := range rows {
		if j < len(r.Cells) {
			if v := cleanCell(r.Cells[j]); v != "" && !hasDigit(v) {
				if seen == nil {
					seen = map[string]int{}
				}
				seen[v]++
			}
		}
	}
	var out map[string]bool
	for v, n := range seen {
		if n >= 2 || !strings.Contains(v, " ") {
			if out == nil {
				out = map[string]bool{}
			}
			out[v] = true
		}
	}
	return out
}

// noteVerbs open a sentence about a holder's term written on a row of
// its own under the holder's: "Served as provincial military governor",
// "Also served as head of the civil government", "Died in office".
var noteVerbs = newFoldWords("served", "also", "concurrently", "resigned", "died", "dismissed", "removed", "killed",
	"assassinated", "executed", "impeached", "ousted", "deposed", "retired", "was", "became", "held", "acted", "as")

// isNoteSentence reports whether a row's one cell is a sentence about the
// term above it rather than a caption of the rows below: it opens with a
// verb of what the holder did or underwent, and runs to four words or
// more ("Appointed governors", a caption, opens with none of them).
func isNoteSentence(s string) bool {
	s = trimSpace(s)
	w, _, _ := strings.Cut(s, " ")
	return w != "" && noteVerbs.prefix(w) == len(w) && strings.Count(s, " ") >= 3
}

// shiftedLabel is the label of the value v of column j in a row's note
// where the rendering put a label one column off: a party's name under
// "Elected" beside a blank "Political party" cell is the party's (the
// blank is the party's colour, the label spans both), and the election,
// one column on under a blank label, the election's. Else the header's.
func shiftedLabel(header []string, j int, v string, cells []string, assign []int) string {
	at := func(i int) string {
		if i < 0 || i >= len(header) {
			return ""
		}
		return cleanCell(header[i])
	}
	cell := func(i int) string {
		if i < 0 || i >= len(assign) || assign[i] < 0 {
			return ""
		}
		return cleanCell(cells[assign[i]])
	}
	partyName := func(i int) bool { // the party's name one column past its label
		return isElectionLabel(at(i)) && isPartyLabel(at(i-1)) && cell(i-1) == ""
	}
	switch label := at(j); {
	case isPartyText(v) && partyName(j):
		return at(j - 1)
	case label == "" && partyName(j-1) && isPartyText(cell(j-1)):
		return at(j - 1)
	default:
		return label
	}
}

// isPartyText reports whether a cell under an election's label may be a
// party's name rather than an election: no number outside brackets
// ("Democratic ('08) → NPAD" is parties; "2010", "5th (1987 election)"
// are elections).
func isPartyText(v string) bool {
	if !hasDigit(v) {
		return true
	}
	out := stripParens(v)
	return strings.TrimSpace(out) != "" && !hasDigit(out)
}

func isElectionLabel(l string) bool {
	return hasPrefixASCIIFold(l, "elect") || indexFold(l, "election") >= 0
}

func isPartyLabel(l string) bool { return indexFold(l, "party") >= 0 }

// partyLast moves a realigned row's text cell out of the party column into
// a column of the same kind skipped just before it: a holder's party is
// spanned over the rows of their terms, and what a row of a further term
// gives is that term's own ("| 20 February 1987 | 7 September 1988 | 5th
// (1987 election) |" under "… | Assembly (Election) | Party |"), both
// columns taking text alike.
func partyLast(assign []int, kinds []colKind, header []string, shapes []shape) {
	for j := len(assign) - 1; j > 0; j-- {
		c := assign[j]
		if c < 0 || kinds[j] != colOther || j >= len(header) || !isPartyLabel(header[j]) {
			continue
		}
		k := j
		for k > 0 && assign[k-1] < 0 && kinds[k-1] == colOther {
			k--
		}
		if k < j && scores[kinds[k]][shapes[c]] == scores[kinds[j]][shapes[c]] && !isPartyLabel(header[k]) {
			assign[k], assign[j] = c, -1
		}
		return
	}
}

// mayBeActingCell reports whether a raw cell may clean (cleanCell) into
// one isActingCell takes: cleaning keeps a cell's first character unless
// it is a footnote's bracket or other than ASCII.
func mayBeActingCell(raw string) bool {
	raw = trimSpace(raw)
	return raw != "" && (raw[0] >= 0x80 || raw[0] == '[' || strings.IndexByte(actingCellStarts, raw[0]) >= 0)
}

// isActingCell reports whether a cell says only that the holder acted:
// "(acting)", "Acting", "interim".
// leadingDate returns the date a cell starts with, "" when it starts with
// none: "28 January 1457 Pembroke Castle" gives "28 January 1457". A
// cell that is a date and nothing else is returned whole.
func leadingDate(v string) string {
	if !hasDigit(v) {
		return ""
	}
	if _, err := ParseDate(trimDateNoise(v)); err == nil {
		return v
	}
	ends := make([]int, 0, 6)
	for i := 0; i < len(v) && len(ends) < 5; i++ {
		if v[i] == ' ' {
			ends = append(ends, i)
		}
	}
	for k := len(ends) - 1; k >= 0; k-- {
		if d := trimSpace(v[:ends[k]]); hasDigit(d) {
			if _, err := ParseDate(trimDateNoise(d)); err == nil {
				return d
			}
		}
	}
	return ""
}

// isTitleLabel reports whether a column's label says its cells give the
// title each holder held: "Title", "Capacity", "Status".
// namesOthersHolder reports whether a column's header says its cells name
// the holder of another post, whose qualifiers are theirs: "Appointed
// by", "Nominated by", "President", "Monarch", "Prime Minister", "Deputy",
// "Vice President", "Running mate".
func namesOthersHolder(h string) bool {
	h = strings.Trim(cleanCell(h), " .:")
	if i := strings.LastIndexByte(h, ' '); i > 0 && strings.EqualFold(h[i+1:], "by") {
		return true
	}
	if hasPrefixFold(h, "deputy") || hasPrefixFold(h, "vice") || hasPrefixFold(h, "running mate") {
		return true
	}
	return hasRoleWord(h) || isHeadsPost(h)
}

func isTitleLabel(h string) bool {
	h = strings.Trim(cleanCell(h), " .:")
	for _, w := range []string{"title", "titles", "capacity", "status", "role", "style"} {
		if strings.EqualFold(h, w) {
			return true
		}
	}
	return false
}

func isActingCell(v string) bool {
	if len(v) > 14 || len(v) < 6 || strings.IndexByte(actingCellStarts, v[0]) < 0 {
		return false // most cells: a date, a name, a number
	}
	v = trimSpace(strings.Trim(v, "()"))
	for _, w := range actingWords {
		if strings.EqualFold(v, w) {
			return true
		}
	}
	return false
}

func describeAssign(kinds []colKind, assign []int, cells []string) string {
	var parts []string
	for j, k := range kinds {
		if assign[j] >= 0 && cells[assign[j]] != "" {
			parts = append(parts, fmt.Sprintf("%s=%q", colKindNames[k], cells[assign[j]]))
		}
	}
	return strings.Join(parts, ", ")
}

// neverServedCell returns the first cell of a row, other than its
// names, that says its holder never took office ("Never took office", "Did
// not take office"): a date cell's, or a cell of no column's where the
// row's cells were matched to the header by their shape.
func neverServedCell(kinds []colKind, assign []int, cells []string, shapes []shape) (string, bool) {
	for j, k := range kinds {
		if k != colStart && k != colEnd && k != colRange && k != colBlank || assign[j] < 0 {
			continue
		}
		switch shapes[assign[j]] {
		case shDate, shRange, shOpen, shEmpty, shDash, shOrdinal:
			continue // a date, or nothing to say
		}
		if c := cells[assign[j]]; len(c) < 60 && neverServedWords.in(c) {
			return cleanCell(c), true
		}
	}
	return "", false
}

// neverServedWords say that a person named to an office never held it.
var neverServedWords = newFoldWords("never took office", "did not take office", "never assumed office",
	"did not assume office", "never took up office", "did not take up office", "never served", "did not serve",
	"declined appointment", "declined the appointment", "declined office")

// numbersAnotherHolder reports whether a row without a name, as wide as
// the header (whole: no cell spanned from the row above), gives a number
// other than the holder's above it: its holder's name is lost ("| 2 |
// Template:Interlanguage link | 1950 | 1954 |" on a mirror), and the row
// is no further term of the holder above. A narrower row's number is its
// own term's ("| II | 1959 | 1964 |", a second cabinet).
func numbersAnotherHolder(whole bool, ordinal, holders int) bool {
	return whole && ordinal > 0 && holders > 0 && ordinal != holders
}
