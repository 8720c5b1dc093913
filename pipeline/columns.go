package pipeline

import (
	"slices"
	"strings"
	"sync"
	"unicode"
)

// withoutBracketNote returns a label without the note in brackets at its
// end: "State (past chief ministers)" → "State". Any other label is
// returned as it is.
func withoutBracketNote(l string) string {
	if i := strings.IndexByte(l, '('); i > 0 && strings.HasSuffix(l, ")") {
		return trimSpace(l[:i])
	}
	return l
}

// colKind is what a table column means.
type colKind uint8

const (
	colUnknown colKind = iota
	colBlank           // blank header, no meaningful values
	colOrdinal
	colImage
	colName // a name, possibly "English (中文)"
	colNameEN
	colNameZH
	colStart
	colEnd
	colRange // "1949–1954" in one cell
	colNotes
	colRef
	colLife
	colOther
	colDuration   // "1555 Days", "4 years, 219 days": how long a term lasted
	colTermNumber // "1", "2" under "Term" beside the holders' own numbers: which term of the post
	colCoHolder   // a second column of holders under the first's label: "Captain Regent | Captain Regent"
	colOffice     // the post each row is of: "Office", "Position", "Portfolio"
	colAppointed  // when the holder was appointed, beside a column of when the term began: a note
	numColKinds
)

var colKindNames = [...]string{"unknown", "blank", "ordinal", "image", "name", "name (English)", "name (Chinese)",
	"start", "end", "tenure", "notes", "reference", "life dates", "other", "duration", "term number", "co-holder", "office", "appointed"}

// classifyHeader reads a header cell by its meaning.
func classifyHeader(h string) colKind {
	headerKinds.RLock()
	k, ok := headerKinds.m[h]
	headerKinds.RUnlock()
	if ok {
		return k
	}
	k = readHeader(h)
	headerKinds.Lock()
	if len(headerKinds.m) < maxHeaderKinds {
		headerKinds.m[strings.Clone(h)] = k // a copy: h may be a slice of a whole document
	}
	headerKinds.Unlock()
	return k
}

// headerKinds remembers what readHeader found for a label: pages repeat a
// few hundred labels ("No.", "Name", "Took office"), and a table's are
// read several times, each through a few hundred word tests. It stops
// growing at maxHeaderKinds labels, so that a corpus of odd labels does
// not grow it without end.
var headerKinds = struct {
	sync.RWMutex
	m map[string]colKind
}{m: map[string]colKind{}}

const maxHeaderKinds = 1 << 14

// readHeader is classifyHeader, without the memory of labels read.
func readHeader(h string) colKind {
	if strings.Contains(h, "''") {
		h = dropQuoteMarkup(h) // "'''Took office'''": wiki bold left in a label
	}
	l := strings.ToLower(cleanCell(h))
	l = trimSpace(strings.Trim(l, ".:"))
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(l, w) {
				return true
			}
		}
		return false
	}
	// atWord is has for words found inside longer ones: "end" in
	// "Superintendent", "ref" in "Prefect", "reign" in "Foreign
	// Minister" and "Sovereign". They must start a word.
	atWord := func(words ...string) bool {
		for _, w := range words {
			for i := 0; ; {
				k := strings.Index(l[i:], w)
				if k < 0 {
					break
				}
				if k += i; k == 0 || !isASCIILetter(l[k-1]) {
					return true
				}
				i = k + 1
			}
		}
		return false
	}
	// "Emperor (reign)", "Monarch (reign)": the ruler each holder served
	// under, with the ruler's reign; no dates of the holders' own.
	if i := strings.IndexByte(l, '('); i > 0 && strings.HasSuffix(l, ")") && trimSpace(l[i+1:len(l)-1]) == "reign" {
		return colOther
	}
	// "Chief Executive (Birth–Death)", "Governor (lifespan)": the holders,
	// whose cells give their life dates beside their names.
	if i := strings.IndexByte(l, '('); i > 0 && strings.HasSuffix(l, ")") && lifeWords.in(l[i:]) {
		return classifyHeader(l[:i])
	}
	// "Took office (tenure length)": when the term began, with how long
	// it has lasted in brackets after the date.
	if i := strings.IndexByte(l, '('); i > 0 && strings.HasSuffix(l, ")") && classifyHeader(trimSpace(l[:i])) == colStart &&
		classifyHeader(trimSpace(l[i+1:len(l)-1])) == colDuration {
		return colStart
	}
	// "State (past chief ministers)", "Prefecture (list)": the places of
	// the rows' posts, with where a list of each one's past holders is
	// linked; not the holders, whom the brackets name.
	if h := withoutBracketNote(l); h != l && isPlaceColumnLabel(h) {
		return colOther
	}
	// "Prime Minister (Birth–Death) Constituency": the holders again,
	// with what their cells give after the name.
	if i := strings.IndexByte(l, '('); i > 0 {
		if j := strings.IndexByte(l[i:], ')'); j > 0 && lifeWords.in(l[i:i+j]) && classifyHeader(l[:i]) == colName {
			return colName
		}
	}
	switch {
	case l == "":
		return colUnknown
	case isVoteHeader(l):
		return colOther // "Candidate" holds "date", but no date
	case l == "#" || l == "no" || l == "no." || l == "n°" || l == "nº" || l == "number" || l == "ordinal" || l == "order" || l == "№" ||
		isSerialHeader(l) || len(l) <= 3 && strings.HasSuffix(l, "#"): // "I#" and "T#": the individual's and the term's numbers
		return colOrdinal
	case has("image", "portrait", "photo", "picture", "insignia"):
		return colImage
	case has("native place", "birthplace", "birth place", "hometown", "place of birth"):
		return colOther // where the holder comes from: "Native place" is no native name
	case has("chinese", "中文", "hanzi", "character", "native", "simplified", "traditional", "japanese", "kanji", "korean", "hangul", "hanja", "cyrillic", "local name"):
		return colNameZH
	case has("name") && has("english", "pinyin", "latin", "romani"):
		return colNameEN
	case has("pinyin", "romaniz", "romanis", "transliterat", "hepburn", "wade–giles", "wade-giles", "mccune"):
		return colNameEN // "Pinyin" beside a column of names in Chinese
	case has("name"):
		return colName
	case has("time in office", "duration", "length", "days", "years in office"):
		return colDuration
	case atWord("age ") || has("gender"):
		return colOther
	case has("lifetime", "lifespan", "life span", "born", "died", "death", "birth") || l == "dob" || l == "lived" || l == "life":
		return colLife // before the date words: "Lifetime" holds "time", "Birthdate" "date"
	case namesAnotherPerson(l):
		return colOther // "Appointed by", "President(s) served under": not the holder's dates
	case atWord("election") || atWord("elected") || atWord("re-elected") || atWord("electoral") || atWord("polling"):
		// "Election date": when the holder was chosen, not the term;
		// "Electoral mandates (Assembly)": the elections won, whose
		// "mandates" hold "date".
		return colOther
	case atWord("expires") || has("scheduled", "due to end"):
		return colOther // "Office expires: February 11, 2027": when the term is to end, not when it did
	case has("start", "took", "from", "assum", "began", "begin", "since", "entered", "appoint", "sworn", "inaugurat", "commenc", "installed",
		"credentials"):
		// "Presented credentials": when an envoy's mission began.
		return colStart
	case atWord("end") || has("left", "until", "vacated", "departed", "dismiss", "remov", "resign", "expir", "exited", "relieved",
		"conclu", "ceased", "deposed", "finish", "terminat", "relinquish", "departure") || l == "to":
		return colEnd
	case has("term", "tenure", "year", "in office", "period", "date", "served", "time", "incumbency", "pontificate", "episcopate") || atWord("reign"):
		return colRange
	case has("note", "remark", "comment"):
		return colNotes
	case atWord("ref") || has("source", "citation", "footnote"):
		return colRef
	case has("born", "life", "died", "death"):
		return colLife
	case l == "office" || l == "position" || l == "post" || l == "portfolio" || l == "ministry" || l == "office held" || l == "role" ||
		strings.HasPrefix(l, "office and ") || strings.HasPrefix(l, "office (") || strings.HasPrefix(l, "position ("):
		// "Office and division (past officeholders)": each row's post.
		return colOffice
	case has("secretar", "governor", "mayor", "chair", "president", "premier", "leader", "holder", "incumbent", "minister", "director", "head", "member", "person", "executive",
		"ambassador", "envoy", "commissioner", "speaker", "regent", "chancellor", "magistrate", "administrator", "justice"):
		return colName
	}
	return colOther
}

// namesAnotherPerson reports whether a lower-case header labels a
// column of the people a term relates to rather than its dates:
// "Appointed by", "Nominated by", "Preceded by", "Served under",
// "President(s) served under", "Successor".
func namesAnotherPerson(l string) bool {
	if !strings.HasSuffix(l, "by") && !strings.Contains(l, "under") && !strings.Contains(l, "cessor") {
		return false // most headers: no need to split them
	}
	words := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) >= 2 && words[len(words)-1] == "by" {
		return true
	}
	for _, w := range words {
		switch w {
		case "under", "predecessor", "predecessors", "successor", "successors":
			return true
		}
	}
	return false
}

// lifeWords name a person's life dates in a header.
var lifeWords = newFoldWords("birth", "born", "death", "died", "life", "b.", "d.")

// isSerialHeader reports whether a lower-case label is a serial number's,
// as Indian and other pages write it: "S. No.", "Sl. No", "Sr. no.",
// "S/N", "Serial", "Serial no.".
func isSerialHeader(l string) bool {
	var b [16]byte
	k := 0
	for i := 0; i < len(l); i++ {
		if c := l[i]; c != '.' && c != ' ' && c != '/' {
			if k == len(b) {
				return false
			}
			b[k] = c
			k++
		}
	}
	switch string(b[:k]) {
	case "sno", "slno", "srno", "sn", "serial", "serialno", "serialnumber":
		return true
	}
	return false
}

// isVoteHeader reports whether a lower-case header labels a column of
// election results: votes, shares, candidates.
func isVoteHeader(l string) bool {
	switch l {
	case "%", "votes", "vote", "candidate", "candidates", "winner", "runner-up", "runner up", "margin", "turnout", "swing", "vote share":
		return true
	}
	return strings.HasPrefix(l, "votes") || strings.HasPrefix(l, "% ") || strings.HasPrefix(l, "candidate")
}

// shape is what a cell's value looks like, whatever its column says.
type shape uint8

const (
	shEmpty shape = iota
	shOrdinal
	shDash
	shImage
	shDate
	shOpen
	shRange
	shRef
	shZH
	shName
	shText
	shDuration // "1555 Days", "4 years, 219 days"
	shEndEvent // "Died in office", "Resigned": how a term ended
	numShapes
)

// classifyCell reads a cell by its shape.
func classifyCell(c string) shape {
	if c == "" {
		return shEmpty
	}
	if strings.IndexByte(c, '[') > 0 {
		// "1[41]", "1949[3]": a footnote marker is not part of the value.
		if clean := cleanCell(c); clean != "" {
			c = clean
		}
	}
	if strings.HasPrefix(c, "''") {
		c = dropQuoteMarkup(c) // "'''Liu Shaoqi'''": wiki bold left around the value
		if c == "" {
			return shEmpty
		}
	}
	if isDashes(c) {
		return shDash
	}
	if isOrdinalText(c) {
		return shOrdinal
	}
	allDigits := true
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			allDigits = false
			break
		}
	}
	if allDigits {
		if len(c) <= 3 {
			return shOrdinal
		}
		if len(c) == 4 {
			return shDate
		}
		return shText
	}
	if _, ok := markedNumber(c); ok {
		return shOrdinal // "1.", "#2", "No. 4"
	}
	if hasPrefixFold(c, "file:") || hasPrefixFold(c, "image:") || hasImageExt(c) {
		return shImage
	}
	clean := cleanCell(c)
	if clean == "" {
		if c[0] == '[' {
			return shRef
		}
		return shEmpty
	}
	if IsOpenEnd(clean) {
		return shOpen
	}
	core := stripParens(clean)
	if core != "" && core[0] < 0x80 && !isASCIILetter(core[0]) || startsWithMonth(core) || isApproxDateText(core) {
		core = cutSortKey(trimDateNoise(core))
		if _, err := ParseDate(core); err == nil {
			return shDate
		}
		if t, err := ParseTenure(core); err == nil && !t.Single {
			return shRange
		}
		if splitTenures(core) != nil {
			return shRange // "1980–1984; 1988–1992"
		}
	}
	if _, _, ok := datedEvent(core); ok {
		return shDate // "died 4 March 1960", "until 1970"
	}
	if isMostlyNative(clean) {
		return shZH
	}
	if isDurationText(core) {
		return shDuration
	}
	if IsEndEvent(clean) {
		return shEndEvent
	}
	if isNameLike(core) {
		return shName
	}
	if i := strings.IndexByte(core, ':'); i > 0 && isMostlyNative(core[i+1:]) {
		// "Kim Gap-seop Korean: 김갑섭 金甲燮": a name, then its native
		// form under its language's label; "Korean: 송광운" the native one
		// alone.
		before := trimSpace(core[:i])
		lang := before[strings.LastIndexByte(before, ' ')+1:]
		if labelLang(lang) != "" {
			if before = trimSpace(strings.TrimSuffix(before, lang)); before == "" {
				return shZH
			} else if isNameLike(before) {
				return shName
			}
		}
	}
	return shText
}

// isDurationText reports whether s gives how long a term lasted: "1555
// Days", "4 years, 219 days", "2 years 3 months".
func isDurationText(s string) bool {
	if s == "" || !isDigit(s[0]) {
		return false
	}
	words := strings.Fields(strings.NewReplacer(",", " ", " and ", " ").Replace(s))
	if len(words) < 2 || len(words)%2 != 0 {
		return false
	}
	for i := 0; i < len(words); i += 2 {
		if strings.Trim(words[i], "0123456789") != "" {
			return false
		}
		switch strings.ToLower(strings.TrimSuffix(words[i+1], ".")) {
		case "day", "days", "year", "years", "yr", "yrs", "month", "months", "week", "weeks":
		default:
			return false
		}
	}
	return true
}

// onlyRunOutsideParens returns the one run of text outside brackets that
// holds more than white space, as stripParens reads the brackets, when
// there is at most one such run.
func onlyRunOutsideParens(s string) (string, bool) {
	run, runs := "", 0
	depth, from := 0, 0
	take := func(t string) {
		if trimSpace(t) != "" {
			run = t
			runs++
		}
	}
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			if depth == 0 {
				take(s[from:i])
			}
			depth++
		case s[i] == ')' && depth > 0:
			depth--
			from = i + 1
		}
	}
	if depth == 0 {
		take(s[from:])
	}
	return run, runs <= 1
}

func hasImageExt(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i < 0 || len(s)-i > 5 {
		return false
	}
	switch strings.ToLower(s[i:]) {
	case ".jpg", ".jpeg", ".png", ".svg", ".gif", ".webp", ".tif":
		return true
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func startsWithMonth(s string) bool {
	j := 0
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	if j < 3 || j > 9 {
		return false
	}
	var buf [9]byte
	for i := range j {
		buf[i] = s[i] | 0x20
	}
	_, ok := monthNumber(string(buf[:j]))
	return ok
}

// stripParens removes parenthesised parts: "1952 (acting)" → "1952".
func stripParens(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	// Most texts keep one run outside brackets ("Ann Lee (安李)",
	// "(1950) 1955"): that run is the result, with no copy.
	if run, ok := onlyRunOutsideParens(s); ok {
		return collapseSpaces(run)
	}
	// The brackets are bytes of their own in UTF-8: the text between
	// groups is copied a run at a time.
	b := make([]byte, 0, len(s))
	depth, from := 0, 0 // from: where the text outside brackets resumed
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			if depth == 0 {
				b = append(b, s[from:i]...)
			}
			depth++
		case s[i] == ')' && depth > 0:
			depth--
			from = i + 1
		}
	}
	if depth == 0 {
		b = append(b, s[from:]...)
	}
	return collapseSpaces(string(b))
}

// isNameLike reports whether s looks like a personal name in Latin script:
// one to eight words, starting with a capital letter, no digits.
func isNameLike(s string) bool {
	if s == "" || !(s[0] >= 'A' && s[0] <= 'Z' || s[0] >= 0x80) {
		return false
	}
	words := 1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9', c == ':', c == '=':
			return false
		case c == ' ':
			words++
		}
	}
	return words <= 8
}

// scores[k][s] is how well a cell of shape s fits a column of kind k.
var scores = func() [numColKinds][numShapes]int {
	var t [numColKinds][numShapes]int
	set := func(k colKind, def int, pairs ...int) {
		for s := range t[k] {
			t[k][s] = def
		}
		for i := 0; i+1 < len(pairs); i += 2 {
			t[k][pairs[i]] = pairs[i+1]
		}
	}
	set(colUnknown, 0, int(shEmpty), 1)
	set(colBlank, -1, int(shEmpty), 2, int(shRef), 0, int(shText), 0)
	set(colOrdinal, -6, int(shOrdinal), 6, int(shDash), 4, int(shEmpty), 2, int(shText), -2)
	set(colImage, -4, int(shImage), 6, int(shEmpty), 2)
	set(colName, -6, int(shName), 6, int(shZH), 2, int(shText), 0, int(shEmpty), -2, int(shOrdinal), -4, int(shRef), -4, int(shImage), -4)
	set(colNameEN, -6, int(shName), 6, int(shText), 0, int(shEmpty), -1, int(shZH), -2, int(shOrdinal), -4, int(shRef), -4)
	set(colNameZH, -6, int(shZH), 6, int(shEmpty), 2, int(shText), 1, int(shName), -1, int(shDash), 1, int(shOrdinal), -4, int(shRef), -4)
	set(colStart, -6, int(shDate), 6, int(shRange), 3, int(shEmpty), 1, int(shText), 0, int(shOpen), -2, int(shDash), 0, int(shRef), -4, int(shOrdinal), -4)
	set(colEnd, -6, int(shDate), 6, int(shOpen), 6, int(shEmpty), 1, int(shText), 0, int(shDash), 1, int(shRef), -4, int(shOrdinal), -4)
	set(colRange, -6, int(shRange), 6, int(shDate), 5, int(shOpen), 2, int(shEmpty), 1, int(shText), 0, int(shDash), 0)
	set(colNotes, 0, int(shText), 2, int(shEmpty), 2, int(shName), 1, int(shDash), 1, int(shRef), 1)
	set(colRef, -3, int(shRef), 6, int(shEmpty), 2)
	set(colLife, -4, int(shRange), 4, int(shDate), 3, int(shText), 1, int(shEmpty), 2)
	set(colOther, 0, int(shEmpty), 1, int(shText), 1, int(shDuration), 1)
	set(colDuration, -4, int(shDuration), 6, int(shEmpty), 1, int(shText), 0)
	set(colTermNumber, -4, int(shOrdinal), 6, int(shEmpty), 1, int(shText), 0, int(shDash), 1)
	set(colCoHolder, -6, int(shName), 6, int(shText), 0, int(shEmpty), -1, int(shZH), 1, int(shOrdinal), -4, int(shRef), -4)
	set(colOffice, -4, int(shName), 6, int(shText), 4, int(shEmpty), -1, int(shZH), 1, int(shOrdinal), -4, int(shRef), -4)
	set(colAppointed, -6, int(shDate), 6, int(shRange), 3, int(shEmpty), 1, int(shText), 0, int(shDash), 0, int(shRef), -4, int(shOrdinal), -4)
	// How a term ended fits where text does, and an end column better.
	for k := range t {
		t[k][shEndEvent] = t[k][shText]
	}
	t[colEnd][shEndEvent] = 4
	return t
}()

// fit is how well a cell fits a column of kind k: scores[k][s], apart
// from a bare number under a column of durations ("105", "3172" under
// "Days"), which is a count of days or years there, not a holder's number
// or a year.
func fit(k colKind, s shape, cell string) int {
	if k == colDuration && (s == shOrdinal || s == shDate) && allDigits(cell) {
		return scores[colDuration][shDuration]
	}
	return scores[k][s]
}

const (
	skipColumnScore = -1
	dropCellScore   = -5
)

// inferBlankColumns gives blank-header columns a meaning from their values:
// a column of small numbers is the ordinal, a column of nothing is blank.
func inferBlankColumns(kinds []colKind, rows []Row, shapes [][]shape) {
	for j, k := range kinds {
		if k != colUnknown {
			continue
		}
		var count [numShapes]int
		for i, r := range rows {
			if j < len(r.Cells) {
				count[shapes[i][j]]++
			}
		}
		best, bestN := shEmpty, 0
		for s, n := range count {
			if shape(s) != shEmpty && n > bestN {
				best, bestN = shape(s), n
			}
		}
		switch {
		case bestN*2 < len(rows) || bestN == 0:
			kinds[j] = colBlank
		case best == shOrdinal:
			kinds[j] = colOrdinal
		case best == shName:
			kinds[j] = colName
		case best == shZH:
			kinds[j] = colNameZH
		case best == shRange:
			kinds[j] = colRange
		case best == shRef:
			kinds[j] = colRef
		case best == shImage:
			kinds[j] = colImage
		case (best == shDate || best == shOpen) && !slices.Contains(kinds, colEnd) && !slices.Contains(kinds, colRange):
			// Dates under no label: the first such column is the start,
			// the next the end.
			if slices.Contains(kinds, colStart) {
				kinds[j] = colEnd
			} else {
				kinds[j] = colStart
			}
		default:
			kinds[j] = colOther
		}
	}
}

// alignRow assigns the cells of a row to columns. Cells keep their order;
// a column may get no cell (a row that lost its empty image cell) and a
// surplus cell may be dropped. It returns, for each column, the index of
// its cell or -1, and whether the result differs from plain positions.
// The assignment is written into dst's array when it is large enough (a
// table's rows reuse one).
func alignRow(dst []int, kinds []colKind, cells []string, shapes []shape) (assign []int, realigned bool) {
	return align(dst, kinds, cells, shapes, false)
}

// alignStart is alignRow for the first cells of a row whose others were
// cut away: the columns after the last cell placed cost nothing, so that
// "| Zhang Zhongliang | 张仲良 | June 1954" under "Image | Name | Name
// (Chinese) | Term start | Term end" puts the date under the start.
func alignStart(dst []int, kinds []colKind, cells []string, shapes []shape) []int {
	assign, _ := align(dst, kinds, cells, shapes, true)
	return assign
}

func align(dst []int, kinds []colKind, cells []string, shapes []shape, start bool) (assign []int, realigned bool) {
	n, m := len(cells), len(kinds)
	assign = slices.Grow(dst[:0], m)[:m]
	// Plain positions first: most rows fit them. A duration out of the
	// table's column of durations ("179 Days" under Party, the row's
	// party cell spanned from the row above) does not.
	// Nor does a date under a column of something else with a date
	// column after it left empty ("| Henry Daglish | 10 August 1904 | 25
	// August 1905 | |" under "Premier | Party | Took office | Left
	// office"): the row lost a cell before its dates.
	pos := 0
	fits := true
	durations := slices.Contains(kinds, colDuration)
	dateInOther := false
	for j := range m {
		assign[j] = -1
		if j < n {
			assign[j] = j
			s := fit(kinds[j], shapes[j], cells[j])
			pos += s
			if s < 0 || durations && shapes[j] == shDuration && kinds[j] != colDuration {
				fits = false
			}
			switch {
			case kinds[j] == colOther && shapes[j] == shDate:
				dateInOther = true
			case dateInOther && (kinds[j] == colStart || kinds[j] == colEnd) && shapes[j] == shEmpty:
				fits = false
			}
		} else if dateInOther && (kinds[j] == colStart || kinds[j] == colEnd) {
			fits = false // the row ends before a date column, one cell short
		}
	}
	for i := m; i < n; i++ {
		if shapes[i] != shEmpty {
			pos += dropCellScore
			fits = false
		}
	}
	if fits && !start {
		return assign, false
	}
	// f[i][j]: best score placing the first i cells in the first j columns.
	w := m + 1
	f := make([]int, (n+1)*w)
	from := make([]uint8, (n+1)*w) // 1 assign, 2 skip column, 3 drop cell
	const minScore = -1 << 30
	for i := range f {
		f[i] = minScore
	}
	f[0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			cur := f[i*w+j]
			if cur == minScore {
				continue
			}
			if i < n && j < m {
				if v := cur + fit(kinds[j], shapes[i], cells[i]); v > f[(i+1)*w+j+1] {
					f[(i+1)*w+j+1], from[(i+1)*w+j+1] = v, 1
				}
			}
			if j < m {
				if v := cur + skipColumnScore; v > f[i*w+j+1] {
					f[i*w+j+1], from[i*w+j+1] = v, 2
				}
			}
			if i < n {
				d := dropCellScore
				if shapes[i] == shEmpty {
					d = 0
				}
				if v := cur + d; v > f[(i+1)*w+j] {
					f[(i+1)*w+j], from[(i+1)*w+j] = v, 3
				}
			}
		}
	}
	// Unfilled trailing columns cost nothing in the plain alignment, so
	// compare like with like.
	plain := pos + skipColumnScore*max(0, m-n)
	end := m
	if start {
		// The columns after the last cell placed are free: the best end.
		for j := m - 1; j >= 0; j-- {
			if f[n*w+j] > f[n*w+end] {
				end = j
			}
		}
	} else if f[n*w+m] <= plain+1 {
		return assign, false
	}
	for j := range assign {
		assign[j] = -1
	}
	i, j := n, end
	for i > 0 || j > 0 {
		switch from[i*w+j] {
		case 1:
			assign[j-1] = i - 1
			i, j = i-1, j-1
		case 2:
			j--
		case 3:
			i--
		default:
			return assign, true
		}
	}
	return assign, true
}

// isDashes reports whether c is one or more dashes: "–", "––", "—", "-",
// or the underscore some lists write for a holder with no number ("_ |
// Robert Herbert (second time)").
func isDashes(c string) bool {
	if c == "" {
		return false
	}
	for _, r := range c {
		if r != '–' && r != '-' && r != '—' && r != '−' && r != '―' && r != '_' {
			return false
		}
	}
	return true
}

// isOrdinalText reports whether c is a number written as an ordinal:
// "1st", "23rd", "(2)", or a Roman numeral up to XXX ("II").
func isOrdinalText(c string) bool {
	if len(c) >= 3 && c[0] == '(' && c[len(c)-1] == ')' {
		inner := c[1 : len(c)-1]
		return inner != "" && len(inner) <= 3 && strings.Trim(inner, "0123456789") == ""
	}
	if startsWithOrdinal(c) {
		return true
	}
	if c != "" && len(c) <= 9 && isDigit(c[0]) {
		if a, b, ok := cutDash(c); ok && isSmallNumber(a) && isSmallNumber(b) {
			return true // "27–29": a holder's terms numbered 27 to 29
		}
		if a, b, ok := strings.Cut(c, " ("); ok && isSmallNumber(a) && strings.HasSuffix(b, ")") && isSmallNumber(b[:len(b)-1]) {
			return true // "7 (2)": the 7th holding, by the 2nd holder
		}
	}
	return isRoman(c)
}

// markedNumber returns the digits of a number of one to three digits
// written with a mark: "1.", "#2", "No. 4", "№ 5".
func markedNumber(c string) (string, bool) {
	if c == "" || !isDigit(c[0]) && c[0] != '#' && c[0] != 'N' && c[0] != 'n' && c[0] != "№"[0] {
		return "", false // most cells, at their first byte
	}
	n := strings.TrimSuffix(c, ".")
	for _, p := range []string{"#", "No.", "No", "no.", "№", "Nº"} {
		if strings.HasPrefix(n, p) {
			n = trimSpace(n[len(p):])
			break
		}
	}
	if n == c || n == "" || len(n) > 3 || !allDigits(n) {
		return "", false
	}
	return n, true
}

// cutDash splits s at its one hyphen or en dash.
func cutDash(s string) (before, after string, ok bool) {
	for _, d := range []string{"–", "-"} {
		if a, b, found := strings.Cut(s, d); found {
			return a, b, true
		}
	}
	return s, "", false
}

// isSmallNumber reports whether s is a number of one to three digits.
func isSmallNumber(s string) bool {
	return s != "" && len(s) <= 3 && strings.Trim(s, "0123456789") == ""
}

// romanValue is the value of a Roman numeral of I, V and X.
func romanValue(c string) int {
	val := func(b byte) int {
		switch b {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		}
		return 0
	}
	n := 0
	for i := 0; i < len(c); i++ {
		v := val(c[i])
		if i+1 < len(c) && val(c[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

func isRoman(c string) bool {
	if c == "" || len(c) > 6 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] != 'I' && c[i] != 'V' && c[i] != 'X' {
			return false // most cells, at their first letter
		}
	}
	return !strings.Contains(c, "IIII") && !strings.Contains(c, "VV")
}

// ordinalValue reads the number of an ordinal cell: "12", "3rd", "(2)",
// "XIV"; 0 for anything else.
func ordinalValue(c string) int {
	if n, ok := markedNumber(c); ok {
		c = n
	}
	c = strings.Trim(c, "()")
	if isRoman(c) {
		return romanValue(c)
	}
	if n := spelledOrdinalValue(c); n > 0 {
		return n
	}
	n := 0
	for i := 0; i < len(c) && c[i] >= '0' && c[i] <= '9'; i++ {
		n = n*10 + int(c[i]-'0')
		if n > 100000 {
			return 0
		}
	}
	return n
}

// lostCell reports whether a row lost a cell: some of its cells stand
// left of their columns. A mirror that leaves out an empty cell ("| Zhou
// Lin | … |" under "| Portrait | Name | … |", the portrait missing; "| 4
// | Liao Zhigao | … |" under "| No. | Image | Name | … |") shifts the rest
// of the row one place left, often with an empty cell at its end to make
// up the width. What stands at each position of such a row says nothing
// of the column there.
func lostCell(kinds []colKind, cells []string, shapes []shape) bool {
	filled := len(cells)
	for filled > 0 && shapes[filled-1] == shEmpty {
		filled--
	}
	if filled >= len(kinds) {
		return false // as wide as the header: no cell is missing
	}
	if fitsPositions(kinds, cells, shapes) {
		return false // most rows: no alignment to work out
	}
	assign, realigned := alignRow(nil, kinds, cells, shapes)
	if !realigned {
		return false
	}
	for j, c := range assign {
		if c >= 0 && c < j && shapes[c] != shEmpty {
			return true
		}
	}
	return false
}

// scriptLanguages are languages written in a script of their own whose
// name may head a column of native names.
var scriptLanguages = newFoldWords("tibetan", "mongolian", "uyghur", "uighur", "manchu", "russian", "ukrainian",
	"belarusian", "bulgarian", "serbian", "macedonian", "kazakh", "kyrgyz", "tajik", "greek", "georgian", "armenian",
	"hebrew", "arabic", "persian", "urdu", "pashto", "hindi", "bengali", "tamil", "telugu", "kannada", "malayalam",
	"marathi", "gujarati", "punjabi", "nepali", "sinhala", "thai", "lao", "khmer", "burmese", "amharic", "cyrillic")

// isScriptLanguageLabel reports whether a column label names such a
// language: "Tibetan", "Name (Mongolian)", "In Russian".
func isScriptLanguageLabel(l string) bool { return len(l) < 40 && scriptLanguages.in(l) }

// fitsPositions reports whether every cell of a row fits the column at
// its position, as alignRow first tries: no cell whose shape the column
// refuses, no duration out of a column of durations, nothing past the
// last column.
func fitsPositions(kinds []colKind, cells []string, shapes []shape) bool {
	durations := slices.Contains(kinds, colDuration)
	for j, sh := range shapes {
		if j >= len(kinds) {
			if sh != shEmpty {
				return false
			}
			continue
		}
		if fit(kinds[j], sh, cells[j]) < 0 || durations && sh == shDuration && kinds[j] != colDuration {
			return false
		}
	}
	return true
}
