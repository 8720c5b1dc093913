package pipeline

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Document is the structure of one plain-text encyclopedia page: its title,
// its infobox and its blocks in order, each with the line it starts on.
type Document struct {
	Path      string
	Title     string
	TitleLine int
	Lines     int
	// EndsMidLine is set when no line break follows the document's last
	// line, as in a copy cut short at a number of characters: that line
	// may end in the middle of a name or a date.
	EndsMidLine bool
	// endsInSpace is set when that line ends in a space and no other
	// line does: cut short between two words, for no line of such a page
	// ends so (a mirror's whose every line does is read as it is).
	endsInSpace bool
	Infobox     *Infobox // nil when the page has none
	Blocks      []Block
	// Problems are the irregularities met while parsing that did not stop it.
	Problems []Problem
	// outline is the headings' nesting, made once the blocks are read (nil
	// for a Document built by hand; see headingsAbove).
	outline *outline
}

// outline says, for each block, which heading is the nearest above it,
// and, for each heading, the nearest above it of a higher level; and
// which block is the page's first paragraph. A list's office looks up
// the headings above it there, not by walking back over the page (which
// made a page of thousands of tables quadratic).
type outline struct {
	near      []int32 // the nearest heading before block i, or -1
	parent    []int32 // for a heading, the nearest heading before it of a higher level, or -1
	firstPara int     // the first paragraph block, or -1
}

// outlineOf makes the outline of a document's blocks in one pass.
func outlineOf(blocks []Block) *outline {
	o := &outline{near: make([]int32, len(blocks)), parent: make([]int32, len(blocks)), firstPara: -1}
	var open []int32 // headings whose sections are still open, higher levels first
	last := int32(-1)
	for i, b := range blocks {
		o.near[i], o.parent[i] = last, -1
		switch b.Kind {
		case HeadingBlock:
			for len(open) > 0 && blocks[open[len(open)-1]].Level >= b.Level {
				open = open[:len(open)-1]
			}
			if len(open) > 0 {
				o.parent[i] = open[len(open)-1]
			}
			open = append(open, int32(i))
			last = int32(i)
		case ParagraphBlock:
			if o.firstPara < 0 {
				o.firstPara = i
			}
		}
	}
	return o
}

// headingsAbove returns the texts of the headings above block idx, the
// nearest first, then each one of a higher level than the last.
func (d *Document) headingsAbove(idx int) []string {
	o := d.outline
	if o == nil || len(o.near) != len(d.Blocks) {
		return headingsAbove(d.Blocks, idx)
	}
	var out []string
	for h := o.near[idx]; h >= 0; h = o.parent[h] {
		out = append(out, d.Blocks[h].Text)
	}
	return out
}

// lead returns the page's first paragraph if it comes before block idx.
func (d *Document) lead(idx int) (string, bool) {
	if o := d.outline; o != nil && len(o.near) == len(d.Blocks) {
		if o.firstPara >= 0 && o.firstPara < idx {
			return d.Blocks[o.firstPara].Text, true
		}
		return "", false
	}
	for _, b := range d.Blocks[:idx] {
		if b.Kind == ParagraphBlock {
			return b.Text, true
		}
	}
	return "", false
}

// Infobox is the block of "- Key: Value" lines that summarises a page.
type Infobox struct {
	Line    int
	Caption string // "Infobox", or the line above an unmarked block ("Wu Xiaojun")
	Entries []InfoboxEntry
	// Cut is set when the document ends in the middle of the infobox (a
	// copy cut short, Document.EndsMidLine): entries may have followed
	// the last one read.
	Cut bool
	// CutEntry is the entry the cut fell in, its value incomplete; it is
	// not among Entries. Its key is zero when the cut fell in the key
	// ("- Term Sta"), whose start CutKey then holds ("Term Sta").
	CutEntry InfoboxEntry
	CutKey   string
}

// InfoboxEntry is one "- Key: Value" line.
type InfoboxEntry struct {
	Key   string
	Value string
	Line  int
}

// Field splits the entry's key into a normalised name and an index:
// "Term Start1" → ("termstart", 1), "Office" → ("office", 0). Names are
// lower case with spaces, hyphens and underscores removed, so keys match
// case-insensitively.
func (e InfoboxEntry) Field() (name string, index int) {
	k := normKey(e.Key)
	j := len(k)
	for j > 0 && k[j-1] >= '0' && k[j-1] <= '9' {
		j--
	}
	if j == len(k) || j == 0 {
		return k, 0
	}
	n, err := strconv.Atoi(k[j:])
	if err != nil || n > 1000 {
		return k, 0
	}
	return k[:j], n
}

func normKey(k string) string {
	// Most keys are ASCII: lowered and stripped in one pass, and not
	// copied at all when already in form ("office").
	plain := true
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c >= 0x80 {
			return normKeyUnicode(k)
		}
		if c >= 'A' && c <= 'Z' || c == ' ' || c == '_' || c == '-' {
			plain = false
		}
	}
	if plain {
		return k
	}
	b := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case c == ' ' || c == '_' || c == '-':
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// normKeyUnicode is normKey for a key with letters beyond ASCII.
func normKeyUnicode(k string) string {
	var b strings.Builder
	b.Grow(len(k))
	for _, r := range strings.ToLower(k) {
		if r == ' ' || r == '_' || r == '-' || r == '\u00a0' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Get returns the first value of the field name (a normalised key such as
// "incumbentsince") with index 0, and its line.
func (ib *Infobox) Get(name string) (string, int) {
	if ib == nil {
		return "", 0
	}
	for _, e := range ib.Entries {
		if n, i := e.Field(); n == name && i == 0 {
			return e.Value, e.Line
		}
	}
	return "", 0
}

// BlockKind tells what a Block holds.
type BlockKind uint8

// The kinds of block in a document.
const (
	HeadingBlock BlockKind = iota + 1
	ParagraphBlock
	TableBlock
	ListBlock
)

// Block is one element of a document's body.
type Block struct {
	Kind  BlockKind
	Line  int
	Level int    // headings: 2 for "== X ==", 3 for "=== X ===", …
	Text  string // heading text or paragraph text (lines joined by spaces)
	Table *Table
	List  *List
}

// Table is a pipe table; its first row is the header. A table whose first
// row holds a holder's name and dates, or is a caption above such a row,
// has no header: Header is then a row of blank labels, as wide as that
// holder's row, and the first row is the first of Rows.
type Table struct {
	Header Row
	Rows   []Row
}

// Row is one line of a table, split into trimmed cells.
type Row struct {
	Line  int
	Cells []string
	// Cut is set for the document's last line when it is a row without
	// its closing "|": a copy cut short in the middle of the row, whose
	// last cell is incomplete. It is set too, with CutAfter, for a last
	// line with its "|" but fewer cells than the rows above it, in a
	// document that ends in the middle of a line (Document.EndsMidLine):
	// a copy cut short after a cell.
	Cut bool
	// CutAfter is set for a row cut short after its last cell, which is
	// whole.
	CutAfter bool
	// Lost is set for a row with a cell a mirror left as a template's
	// name ("Template:Ill"), now empty: the name or date it stood for is
	// lost, not absent.
	Lost bool
}

// List is a run of bullet ("- x") or numbered ("1. x") lines.
type List struct {
	Items []ListItem
}

// ListItem is one line of a list. Number is the written number of a
// numbered item, 0 for a bullet.
type ListItem struct {
	Line   int
	Number int
	Text   string
	// Depth is 1 for an item of the list, 2 for one nested under the item
	// above it ("** Per Lie (acting), 1954"), and so on.
	Depth int
	// AtCut is set for an item on the last line of a document that ends
	// in the middle of a line (Document.EndsMidLine): the item may have
	// been cut short.
	AtCut bool
}

// Problem is an irregularity in a document, kept with its line.
type Problem struct {
	Line     int
	Severity Severity
	Code     string
	Message  string
}

// Errors that make a file not a document.
var (
	ErrEmpty   = errors.New("empty file")
	ErrBinary  = errors.New("binary file (NUL byte), not a text document")
	ErrNoTitle = errors.New(`no title: a document starts with a "= Title =" line`)
)

// ParseError is an error at a place in a file.
type ParseError struct {
	Path string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// MaxLineBytes is the longest line a document keeps; longer lines are cut,
// with a finding.
const MaxLineBytes = 64 << 10

// spaceReplacer turns tabs and Unicode spaces into spaces, drops
// zero-width characters (a soft hyphen, a word joiner, the marks that set
// the direction of text: "Incumbent\u200e" is "Incumbent"; not the
// joiners some scripts spell with) and writes the rarer hyphens and
// dashes as the common ones ("1990\u20121995", a figure dash, is
// "1990–1995"; "Jean\u2011Pierre", a non-breaking hyphen, "Jean-Pierre"),
// in lines needsSpaceFix picks.
var spaceReplacer = strings.NewReplacer("\t", " ", "\u00a0", " ", "\u2007", " ", "\u202f", " ", "\ufeff", "", "\u200b", "",
	"\u2000", " ", "\u2001", " ", "\u2002", " ", "\u2003", " ", "\u2004", " ", "\u2005", " ", "\u2006", " ", "\u2008", " ",
	"\u2009", " ", "\u200a", " ", "\u205f", " ",
	"\u00ad", "", "\u2060", "", "\u200e", "", "\u200f", "", "\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "",
	"\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "",
	"\u2010", "-", "\u2011", "-", "\u2012", "–", "\ufe58", "—", "\ufe63", "-")

// Parse reads the text of a document. It tolerates CRLF and CR line ends, a
// UTF-8 byte order mark, tabs, non-breaking spaces, HTML character
// references and tags left over from rendering (see unmarkup), invalid
// UTF-8 (replaced, with a problem), tables with a missing trailing "|" and ragged rows. It
// returns a *ParseError for a file that is not a document: empty, binary or
// without a title line.
func Parse(path string, data []byte) (*Document, error) {
	return parseText(path, string(data))
}

// parseText is Parse on the text of a document: the Document's strings
// are parts of it.
func parseText(path, text string) (*Document, error) {
	doc := &Document{Path: path}
	if len(trimSpace(text)) == 0 {
		return nil, &ParseError{Path: path, Line: 1, Err: ErrEmpty}
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		return nil, &ParseError{Path: path, Line: 1 + strings.Count(text[:i], "\n"), Err: ErrBinary}
	}
	text = strings.TrimPrefix(text, "\ufeff")
	if !utf8.ValidString(text) {
		line := 1 + strings.Count(text[:firstInvalid(text)], "\n")
		doc.Problems = append(doc.Problems, Problem{Line: line, Severity: SeverityWarning, Code: CodeInvalidUTF8,
			Message: "invalid UTF-8 replaced by U+FFFD"})
		text = strings.ToValidUTF8(text, "\ufffd")
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	lines := strings.Split(text, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	} else {
		last := lines[n-1]
		doc.EndsMidLine = trimSpace(last) != ""
		doc.endsInSpace = doc.EndsMidLine && lineEndsInSpace(last) && !slices.ContainsFunc(lines[:n-1], lineEndsInSpace)
	}
	doc.Lines = len(lines)
	rewritten := false // a line was changed below
	// A wiki's script errors are rare: looked for line by line only in
	// a document that has one.
	scriptErrors := strings.Contains(text, " error")
	for i, l := range lines {
		if len(l) > MaxLineBytes {
			// No name, date or cell is this long: keep memory bounded
			// downstream, whatever a document holds.
			cut := MaxLineBytes
			for cut > 0 && !utf8.RuneStart(l[cut]) {
				cut--
			}
			doc.Problems = append(doc.Problems, Problem{Line: i + 1, Severity: SeverityWarning, Code: CodeOversizedLine,
				Message: fmt.Sprintf("a line of %d bytes was cut to its first %d", len(l), cut)})
			l, rewritten = l[:cut], true
		}
		if m := unmarkup(l); m != l { // unmarkup returns l itself when it holds no markup
			l, rewritten = m, true
		}
		if scriptErrors {
			if m := dropScriptErrors(l); m != l {
				l, rewritten = m, true
			}
		}
		if needsSpaceFix(l) {
			l, rewritten = spaceReplacer.Replace(l), true
		}
		lines[i] = trimSpace(l)
	}
	if strings.Contains(text, "-|") {
		pipeBareTables(lines, doc.EndsMidLine) // "Name | Term |" over "---|---|", as some mirrors render tables
	}
	if strings.Contains(text, "|---") {
		joinPipedRowLines(lines) // "| 1 | Han Lien-he |", "26 November 1945 | 26 August 1946 |"
	}
	if strings.Contains(text, "I. ") {
		numberRomanItems(lines) // "I. Paolo Lucio Anafesto (697–717)", "II. …"
	}
	// Most documents hold no date in numbers alone: the text tells at
	// once, unless rewriting its lines made one.
	if rewritten || hasNumericDate(text) {
		if p := readNumericDates(lines); p != nil {
			doc.Problems = append(doc.Problems, *p)
		}
	}
	p := parser{doc: doc, lines: lines}
	if err := p.title(); err != nil {
		return nil, &ParseError{Path: path, Line: p.i + 1, Err: err}
	}
	p.body()
	doc.outline = outlineOf(doc.Blocks)
	return doc, nil
}

// pipeBareTables gives a leading pipe to the lines of a table written
// without one, as Markdown allows and some mirrors render pages: a line
// with a pipe over a separator line ("---|---|"), and the lines with a
// pipe that follow, up to the first without one.
//
// Such a mirror breaks a row where a cell held a picture or a line break:
// "1 | ![]() |", "Zhang Dingcheng", "(1910–2000) |", "August 1949 |
// October 1954 | [1] |". Lines that together, and only together, make a
// row as wide as the header are joined into its first line; the others
// become joinedLine, which the table reader passes over, so that every
// line keeps its number.
//
// A copy cut short (endsMidLine) in a table's row ends with the row's
// first line, a pipe or none: the line is the table's cut row ("5" of
// "5 December 1997 |").
func pipeBareTables(lines []string, endsMidLine bool) {
	for i := 0; i+1 < len(lines); i++ {
		if !isBareSeparator(lines[i+1]) || !strings.Contains(lines[i], "|") || strings.HasPrefix(lines[i], "|") && !emptyFirstCell(lines[i], lines[i+1]) {
			continue
		}
		width := len(splitCells(lines[i]))
		if sep := len(splitCells(lines[i+1])); width < sep && i > 0 && isBareRowLine(lines[i-1]) && len(splitCells(lines[i-1]))+width == sep {
			// A header broken over two lines ("No. | Portrait | Name |",
			// "Term of office | Party | |") above a separator as wide as
			// both.
			lines[i-1], lines[i] = lines[i-1]+" "+lines[i], joinedLine
			i--
			width = sep
			lines[i+2] = "|" + lines[i+2]
			lines[i] = "| " + lines[i]
			i += 3
		} else {
			lines[i], lines[i+1] = "| "+lines[i], "|"+lines[i+1]
			i += 2
		}
		for ; i < len(lines); i++ {
			if strings.HasPrefix(lines[i], "|") {
				continue
			}
			k := brokenRowEnd(lines, i, width)
			if k == i && !strings.Contains(lines[i], "|") {
				if endsMidLine && i == len(lines)-1 {
					lines[i] = "| " + lines[i] // the row the copy's end cut
				}
				break // the table's end
			}
			if k > i {
				lines[i] = strings.Join(lines[i:k+1], " ")
				for j := i + 1; j <= k; j++ {
					lines[j] = joinedLine
				}
				lines[i] = "| " + lines[i]
				i = k
				continue
			}
			lines[i] = "| " + lines[i]
		}
	}
}

// joinPipedRowLines joins into a table's row the lines a mirror broke it
// into where a cell held a line break: in a table written with leading
// pipes over a separator line ("|---|---|"), a line after a row that
// starts with no pipe of its own but ends with one continues that row
// ("| 1 | Han Lien-he (?-?) |", then "26 November 1945 | 26 August 1946 |
// Kuomintang |"); a header likewise. The joined lines become joinedLine,
// so that every line keeps its number.
func joinPipedRowLines(lines []string) {
	last := -1 // the row the next line may continue
	for i, l := range lines {
		switch {
		case l == joinedLine:
		case strings.HasPrefix(l, "|"):
			last = i
		case last >= 0 && isBareRowLine(l) && strings.HasSuffix(l, "|") && strings.HasSuffix(lines[last], "|"):
			lines[last] += " " + l
			lines[i] = joinedLine
		default:
			last = -1
		}
	}
}

// emptyFirstCell reports whether a header line that starts with a pipe,
// over a separator without one, is a header written without its leading
// pipe whose first cell is empty ("| | Term | Took office |" over
// "---|---|---|---|"): read so, it is as wide as the separator, and read
// as written it is not.
func emptyFirstCell(header, sep string) bool {
	w := len(splitCells(sep))
	return len(splitCells("| "+header)) == w && len(splitCells(header)) != w
}

// isBareRowLine reports whether l may be a line of a table written
// without leading pipes: it holds a pipe and is no heading, list item or
// piped row.
func isBareRowLine(l string) bool {
	return l != "" && l[0] != '|' && l[0] != '=' && !strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "* ") && strings.Contains(l, "|")
}

// joinedLine stands for a line of a table's row that pipeBareTables
// joined into the row's first line.
const joinedLine = "|\u00a0joined"

// brokenRowEnd returns the last of the lines from i on that make, joined,
// one row as wide as the table's header (width cells, ending with a
// pipe), when the line at i alone is narrower and the row is seen to be
// broken: its first line ends with a picture's cell ("1 | ![]() |"), or
// one of its lines stops inside a cell, without the pipe every row of
// such a table ends with ("4 | Liao Zhigao", then "(1913–2000) |").
// Otherwise it returns i: short lines in a row (a second header row, a
// caption) stay as written. A blank line, a heading or a line that starts
// a row ends the search.
func brokenRowEnd(lines []string, i, width int) int {
	const maxLines = 8
	acc := lines[i]
	if acc == "" || acc[0] == '=' || strings.HasPrefix(acc, "- ") || strings.HasPrefix(acc, "* ") || len(splitCells(acc)) >= width {
		return i // a blank line, a heading, a list item: the table has ended
	}
	broken := endsWithPicture(acc)
	// A holder's cells on a line of their own, the dates on the lines
	// after, each ending with its cell's pipe: "1 | John Sandfield
	// Macdonald (1812–1872) |", "15 July 1867 |", "20 December 1871 |".
	datesAfter, undated := false, !hasDateCell(acc)
	// atEnd: the lines from k on are blank, the document's end. A copy cut
	// there ends in the broken row: its lines so far are the row, when
	// they gave the holder's dates ("1 | John Sandfield Macdonald |",
	// "15 July 1867 |", "20 December 18").
	atEnd := func(k int) bool {
		return !slices.ContainsFunc(lines[k:], func(l string) bool { return trimSpace(l) != "" })
	}
	for k := i + 1; k <= i+maxLines; k++ {
		if k == len(lines) || lines[k] == "" && atEnd(k) {
			if datesAfter {
				return k - 1
			}
			return i
		}
		l := lines[k]
		if l == "" || l[0] == '|' && strings.HasSuffix(acc, "|") || l[0] == '=' || isBareSeparator(l) {
			return i // a line that starts with a pipe continues only a cell the line before left open
		}
		broken = broken || !strings.HasSuffix(acc, "|")
		datesAfter = datesAfter || undated && hasDateCell(l)
		acc += " " + l
		switch n := len(splitCells(acc)); {
		case n == width && strings.HasSuffix(acc, "|") && (broken || datesAfter):
			if k+1 < len(lines) && isBareSeparator(lines[k+1]) {
				return i // the header of the next table
			}
			return k
		case n >= width:
			return i
		}
	}
	return i
}

// hasDateCell reports whether a line of a table holds a cell that is a
// date or a range of dates.
func hasDateCell(l string) bool {
	for _, c := range splitCells(l) {
		if isDateShape(classifyCell(c)) {
			return true
		}
	}
	return false
}

// endsWithPicture reports whether the last cell of a table's line is a
// picture a mirror rendered: "![]()", "![Portrait](…)", a file name.
func endsWithPicture(l string) bool {
	l = trimSpace(strings.TrimSuffix(trimSpace(l), "|"))
	if i := strings.LastIndexByte(l, '|'); i >= 0 {
		l = trimSpace(l[i+1:])
	}
	return strings.HasPrefix(l, "![") || hasImageExt(l)
}

// numberRomanItems writes the Roman numbers of a list's items in figures
// ("III. Orso Ipato (726–737)" → "3. Orso Ipato (726–737)"), so that they
// are read as any numbered list's: two items or more on lines one after
// the other (a blank line between them aside), their numbers rising. A
// line alone is left as it is: "I. Ivanov" is also an initial.
func numberRomanItems(lines []string) {
	var run []int // lines of the run being read
	last := 0     // its last number
	flush := func() {
		if len(run) >= 2 {
			for _, i := range run {
				n, size := romanMarker(lines[i])
				lines[i] = strconv.Itoa(n) + ". " + lines[i][size:]
			}
		}
		run, last = run[:0], 0
	}
	for i, l := range lines {
		if l == "" {
			continue
		}
		n, _ := romanMarker(l)
		switch {
		case n > last:
			run, last = append(run, i), n
		case n > 0:
			flush()
			run, last = append(run, i), n
		default:
			flush()
		}
	}
	flush()
}

// romanMarker reads a line that starts with a Roman number, a full stop
// and a capitalised word ("XIV. Giovanni"): the number and the marker's
// length; 0 for any other line.
func romanMarker(l string) (n, size int) {
	j := 0
	for j < len(l) && j < 6 && (l[j] == 'I' || l[j] == 'V' || l[j] == 'X') {
		j++
	}
	if j == 0 || j+2 >= len(l) || l[j] != '.' || l[j+1] != ' ' || !isRoman(l[:j]) {
		return 0, 0
	}
	if r, _ := utf8.DecodeRuneInString(l[j+2:]); !unicode.IsUpper(r) {
		return 0, 0
	}
	return romanValue(l[:j]), j + 2
}

// isBareSeparator reports whether l is a table's separator line without
// its leading pipe: "---|---|", ":--|--:".
func isBareSeparator(l string) bool {
	if l == "" || l[0] != '-' && l[0] != ':' || !strings.Contains(l, "|") {
		return false
	}
	return strings.Trim(l, "-:| ") == ""
}

func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(s)
}

// needsSpaceFix reports whether spaceReplacer would change l, looking
// closer only at the bytes that may start what it replaces: a line of
// Chinese text is passed over byte by byte.
func needsSpaceFix(l string) bool {
	for i := 0; i < len(l); i++ {
		if !spaceFixLook[l[i]] {
			continue // most bytes: one lookup
		}
		switch c := l[i]; {
		case c == '\t':
			return true
		case c == 0xc2 || c == 0xe2 || c == 0xef: // the first bytes of the others in UTF-8
			switch r, _ := utf8.DecodeRuneInString(l[i:]); r {
			case '\u00a0', '\u2007', '\u202f', '\ufeff', '\u200b', '\u00ad', '\u2060', '\u200e', '\u200f',
				'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
				'\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u2009', '\u200a', '\u205f',
				'\u2010', '\u2011', '\u2012', '\ufe58', '\ufe63':
				return true
			}
		}
	}
	return false
}

// spaceFixLook marks the bytes needsSpaceFix looks at.
var spaceFixLook = [256]bool{'\t': true, 0xc2: true, 0xe2: true, 0xef: true}

type parser struct {
	doc   *Document
	lines []string
	i     int // index of the current line
	// sawBody is set once a heading or a prose paragraph has been read: an
	// unmarked block of "- Key: Value" lines after it is a list, not an infobox.
	sawBody bool
	// infoboxEnd is the index of the line after the infobox's last
	// entry: 0 before an infobox is read.
	infoboxEnd int
}

func (p *parser) title() error {
	for p.i < len(p.lines) && p.lines[p.i] == "" {
		p.i++
	}
	if p.i == len(p.lines) {
		return ErrEmpty
	}
	l := p.lines[p.i]
	level, text := headingOf(l)
	if level != 1 || text == "" {
		return ErrNoTitle
	}
	p.doc.Title = text
	p.doc.TitleLine = p.i + 1
	p.i++
	return nil
}

// headingOf returns the level and text of a "== Text ==" line, or 0.
func headingOf(l string) (int, string) {
	if len(l) < 3 || l[0] != '=' || l[len(l)-1] != '=' {
		return 0, ""
	}
	lead := 0
	for lead < len(l) && l[lead] == '=' {
		lead++
	}
	if lead == len(l) {
		return 0, ""
	}
	trail := 0
	for trail < len(l) && l[len(l)-1-trail] == '=' {
		trail++
	}
	return min(lead, trail), cleanHeading(l[lead : len(l)-trail])
}

// DefinitionLevel is the level given to a "; Term" line, which wiki
// markup uses as a heading below all others.
const DefinitionLevel = 7

// definitionTerm returns the text of a "; Term" line, or "".
func definitionTerm(l string) string {
	if len(l) < 3 || l[0] != ';' || l[1] != ' ' {
		return ""
	}
	return cleanHeading(l[2:])
}

// cleanHeading removes the edit links that renderings leave in headings:
// "Chief Ministers of Sikkim[edit]", "Governors[edit source]",
// "Mayors [ edit | edit source ]", "List of governorsEdit".
func cleanHeading(text string) string {
	text = trimSpace(text)
	for strings.HasSuffix(text, "]") { // "[edit][edit]": one link per rendering
		i := strings.LastIndexByte(text, '[')
		if i < 0 || !isEditLinks(text[i+1:len(text)-1]) {
			break
		}
		text = trimSpace(text[:i])
	}
	if n := len(text); n > 5 && strings.HasSuffix(text, "Edit") && text[n-5] >= 'a' && text[n-5] <= 'z' {
		text = text[:n-4]
	}
	return text
}

// isEditLinksLine reports whether a line is only a heading's edit links,
// left on a line of their own under it: "[edit]", "[edit source]".
func isEditLinksLine(l string) bool {
	return l[0] == '[' && cleanHeading(l) == ""
}

// isEditLinks reports whether the text of a heading's bracket is its edit
// links: "edit", "edit source", "edit | edit source".
func isEditLinks(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '|' })
	for _, w := range words {
		if !strings.EqualFold(w, "edit") && !strings.EqualFold(w, "source") {
			return false
		}
	}
	return len(words) > 0 && strings.EqualFold(words[0], "edit")
}

func (p *parser) body() {
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		switch {
		case l == "":
			p.i++
		case l[0] == '=':
			if level, text := headingOf(l); level > 0 {
				p.doc.Blocks = append(p.doc.Blocks, Block{Kind: HeadingBlock, Line: p.i + 1, Level: level, Text: text})
				p.sawBody = true
				p.i++
				continue
			}
			p.paragraph()
		case l[0] == '|':
			p.table()
		case definitionTerm(l) != "":
			p.doc.Blocks = append(p.doc.Blocks, Block{Kind: HeadingBlock, Line: p.i + 1, Level: DefinitionLevel, Text: definitionTerm(l)})
			p.sawBody = true
			p.i++
		case isInfoboxMarker(l):
			p.infobox(l, p.i)
		case isEditLinksLine(l):
			p.i++
		case isListItem(l):
			if p.doc.Infobox == nil && (!p.sawBody || p.infoboxFieldsFollow()) || p.infoboxResumes() {
				if _, _, ok := keyValue(l); ok {
					caption := ""
					if n := len(p.doc.Blocks); n > 0 && !p.sawBody && p.doc.Blocks[n-1].Kind == ParagraphBlock && p.i > 0 && p.lines[p.i-1] != "" {
						caption = p.doc.Blocks[n-1].Text
						p.doc.Blocks = p.doc.Blocks[:n-1]
					}
					p.infobox(caption, p.i)
					continue
				}
			}
			p.list()
		default:
			p.paragraph()
		}
	}
}

// infoboxFieldsFollow reports whether the "- Key: Value" lines from p.i
// on are an infobox placed after the lead, without a marker: two of them
// or more, and at least half, are fields an infobox has ("- Incumbent:
// …", "- Formation: April 1949"). A list of holders written "- Zhang
// San: 1949–1952" is not.
func (p *parser) infoboxFieldsFollow() bool {
	total, known := 0, 0
	for i := p.i; i < len(p.lines); i++ {
		k, _, ok := keyValue(p.lines[i])
		if !ok {
			break
		}
		total++
		if name, _ := (InfoboxEntry{Key: k}).Field(); infoboxFields[name] {
			known++
		}
	}
	return known >= 2 && known*2 >= total
}

// infoboxResumes reports whether the "- Key: Value" lines from p.i on go
// on with the infobox after blank lines alone: a field left empty and
// rendered as nothing ("- Incumbent: Wang Hao", a blank line, "-
// Formation: 1949"), every one of them a field an infobox has.
func (p *parser) infoboxResumes() bool {
	if p.doc.Infobox == nil || p.infoboxEnd == 0 || p.infoboxEnd > p.i {
		return false
	}
	for _, l := range p.lines[p.infoboxEnd:p.i] {
		if l != "" {
			return false
		}
	}
	n := 0
	for i := p.i; i < len(p.lines); i++ {
		k, _, ok := keyValue(p.lines[i])
		if !ok {
			break
		}
		if name, _ := (InfoboxEntry{Key: k}).Field(); !infoboxFields[name] {
			return false
		}
		n++
	}
	return n > 0
}

// infoboxFields are the fields of the infoboxes of offices and of
// officeholders, their keys written as Field returns them: those the
// extractor reads, and the others an infobox commonly has.
var infoboxFields = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{officeKeys, bioKeys} {
		for k := range set {
			m[k] = true
		}
	}
	for k, v := range bioKeyAliases {
		m[k], m[v] = true, true
	}
	for _, k := range []string{"since", "inauguralholder", "formed", "established", "abolished", "nominator",
		"termlength", "style", "type", "status", "residence", "seat", "website", "salary", "deputy", "precursor",
		"succession", "reportsto", "memberof", "abbreviation", "constitutinginstrument", "inoffice", "order",
		"deathdate", "died", "deathplace", "spouse", "children", "nationality", "nativename", "nativenamelang"} {
		m[k] = true
	}
	return m
}()

func isInfoboxMarker(l string) bool {
	l = strings.TrimPrefix(l, "{{")
	if len(l) < 7 || !strings.EqualFold(l[:7], "infobox") {
		return false
	}
	return len(l) == 7 || l[7] == ' ' || l[7] == ':'
}

// infobox reads "- Key: Value" lines starting at p.i, after a marker line
// such as "Infobox" if there is one. first is the index of the block's
// first line.
func (p *parser) infobox(caption string, first int) {
	ib := &Infobox{Line: first + 1, Caption: caption}
	if isInfoboxMarker(p.lines[p.i]) {
		p.i++
	}
	for p.i < len(p.lines) {
		k, v, ok := keyValue(p.lines[p.i])
		if !ok && len(ib.Entries) > 0 {
			k, v, ok = labelValue(p.lines[p.i])
		}
		if !ok {
			break
		}
		ib.Entries = append(ib.Entries, InfoboxEntry{Key: k, Value: v, Line: p.i + 1})
		p.i++
	}
	if p.doc.EndsMidLine && len(ib.Entries) > 0 {
		switch {
		case p.i == len(p.lines) && (p.doc.endsInSpace || looksCut(ib.Entries[len(ib.Entries)-1].Value)):
			// "- Term Start6: September 201": the document's last line,
			// cut short in its value.
			ib.CutEntry = ib.Entries[len(ib.Entries)-1]
			ib.Entries, ib.Cut = ib.Entries[:len(ib.Entries)-1], true
		case p.i == len(p.lines)-1 && isCutKey(p.lines[p.i]):
			// "- Term Sta": the next entry, cut short in its key.
			ib.CutKey = trimSpace(strings.TrimPrefix(trimSpace(p.lines[p.i]), "-"))
			p.i++
			ib.Cut = true
		}
	}
	p.infoboxEnd = p.i
	if p.doc.Infobox == nil {
		p.doc.Infobox = ib
		return
	}
	p.doc.Infobox.Entries = append(p.doc.Infobox.Entries, ib.Entries...)
	if ib.Cut {
		p.doc.Infobox.Cut, p.doc.Infobox.CutEntry, p.doc.Infobox.CutKey = true, ib.CutEntry, ib.CutKey
	}
}

// lineEndsInSpace reports whether a line with text ends in a space or a
// tab.
func lineEndsInSpace(l string) bool {
	return l != "" && (l[len(l)-1] == ' ' || l[len(l)-1] == '\t') && trimSpace(l) != ""
}

// wholeSentences returns text up to the end of its last whole sentence,
// for a paragraph a copy cut short: "" when no sentence ends in it.
func wholeSentences(text string) string {
	end := -1
	for _, m := range []string{". ", "。", "! ", "? ", ".\"", ".)"} {
		if i := strings.LastIndex(text, m); i >= 0 {
			end = max(end, i+len(m))
		}
	}
	if end < 0 {
		return ""
	}
	return trimSpace(text[:end])
}

// isCutKey reports whether a line is the start of a "- Key: Value" line
// cut short before its colon: "-", "- Term Sta".
func isCutKey(l string) bool {
	l = trimSpace(l)
	if l == "-" {
		return true
	}
	k, ok := strings.CutPrefix(l, "- ")
	return ok && len(k) <= 40 && !strings.ContainsAny(k, ":()[]|")
}

// keyValue splits "- Key: Value". Keys are short words without brackets,
// so "- Cheng Zihua (程子华): 1949–1950" is not a key-value line.
func keyValue(l string) (key, value string, ok bool) {
	key, value, ok = bulletedPair(l, 40)
	if !ok {
		return "", "", false
	}
	for j := 0; j < len(key); j++ {
		c := key[j]
		if !(isASCIILetter(c) || c >= '0' && c <= '9' || c == ' ' || c == '_' || c == '-') {
			return "", "", false
		}
	}
	if key == "" || key[0] >= '0' && key[0] <= '9' && !isNumberedParam(key) {
		return "", "", false
	}
	return key, value, true
}

// bulletedPair splits a bulleted line "- Label: Value" (or "* …") whose
// label, before the first colon, is at most maxLabel bytes long.
func bulletedPair(l string, maxLabel int) (label, value string, ok bool) {
	if len(l) < 3 || l[0] != '-' && l[0] != '*' || l[1] != ' ' {
		return "", "", false
	}
	l = trimSpace(l[2:])
	i := strings.IndexByte(l, ':')
	if i <= 0 || i > maxLabel {
		return "", "", false
	}
	return trimSpace(l[:i]), trimSpace(l[i+1:]), true
}

// labelValue splits a line of an infobox already begun whose label is
// not a plain key: "- Lt. Governor: Bob Ray", "- Premier(s): Cy Dunn",
// "- Département: Nord". A label is a short text that starts with a
// letter and holds no native script, so that an infobox ends at a
// holder's line ("- Zhang San (张三): 1949–1952").
func labelValue(l string) (label, value string, ok bool) {
	label, value, ok = bulletedPair(l, 60)
	if !ok {
		return "", "", false
	}
	r, _ := utf8.DecodeRuneInString(label)
	if !unicode.IsLetter(r) || hasNative(label) || strings.ContainsAny(label, "|[]{}<>=") {
		return "", "", false
	}
	if strings.IndexByte(label, '(') >= 0 && isRangeText(value) {
		return "", "", false // "- Ann Lee (acting): 1990–1994": a holder's line
	}
	return label, value, true
}

// isNumberedParam reports whether a key that starts with a digit is an
// infobox's numbered parameter, "1blankname3" or "2namedata": a number,
// a word of four letters or more, maybe a number, no spaces. "1949" and
// "1st" (a list item's year or ordinal) are not.
func isNumberedParam(key string) bool {
	i := 0
	for i < len(key) && key[i] >= '0' && key[i] <= '9' {
		i++
	}
	j := i
	for j < len(key) && isASCIILetter(key[j]) {
		j++
	}
	if j-i < 4 {
		return false
	}
	for ; j < len(key); j++ {
		if key[j] < '0' || key[j] > '9' {
			return false
		}
	}
	return true
}

// listMarker returns the length of the marker of a list line and its number.
func listMarker(l string) (size, number int) {
	size, _, number = listMarkerDepth(l)
	return size, number
}

// listMarkerDepth is listMarker with the depth of the item: "** " and "##
// " mark an item nested under the one above.
func listMarkerDepth(l string) (size, depth, number int) {
	if len(l) >= 3 && (l[0] == '*' || l[0] == '#') && l[1] == l[0] {
		d := 2
		for d < len(l) && d < 4 && l[d] == l[0] {
			d++
		}
		if d < len(l) && l[d] == ' ' {
			return d + 1, d, 0
		}
		return 0, 0, 0
	}
	size, number = listMarkerTop(l)
	return size, 1, number
}

// listMarkerTop is listMarker for an item that is not nested.
func listMarkerTop(l string) (size, number int) {
	if len(l) >= 2 && (l[0] == '-' || l[0] == '*') && l[1] == ' ' {
		return 2, 0
	}
	// Bullets of text renderings: "• ", "· ", "◦ ", "▪ ", "– "; and ": ",
	// the wiki's indented line under a "; Term" caption.
	for _, b := range []string{"• ", "· ", "◦ ", "▪ ", "– ", ": "} {
		if strings.HasPrefix(l, b) {
			return len(b), 0
		}
	}
	if len(l) >= 2 && l[0] == '#' && l[1] == ' ' {
		return 2, 0 // a wiki-style numbered item
	}
	if len(l) >= 2 && l[0] == '#' && l[1] != ' ' && l[1] != '#' && !isDigit(l[1]) && hasDigit(l) && !hasPrefixFold(l[1:], "redirect") {
		return 1, 0 // "#Li Jingquan: 1952–1965": wikitext's numbered item, its space lost
	}
	j := 0
	for j < len(l) && j < 4 && l[j] >= '0' && l[j] <= '9' {
		j++
	}
	if j > 0 && j < len(l) && (l[j] == '.' || l[j] == ')') && (j+1 == len(l) || l[j+1] == ' ' || l[j+1] >= 'A') {
		n, _ := strconv.Atoi(l[:j])
		return j + 1, n
	}
	return 0, 0
}

func isListItem(l string) bool {
	size, _ := listMarker(l)
	return size > 0
}

func (p *parser) list() {
	lst := &List{}
	start := p.i
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		if l == "" {
			// A single blank line inside a list does not end it.
			if p.i+1 < len(p.lines) && isListItem(p.lines[p.i+1]) {
				p.i++
				continue
			}
			break
		}
		size, depth, n := listMarkerDepth(l)
		if size == 0 {
			break
		}
		text, line := trimSpace(l[size:]), p.i+1
		p.i++
		if !hasDigit(text) {
			// "- Wu Zhipu", then "1949–1962" on the line below: a
			// rendering that broke the item where its cell ended. Some
			// set the tenure off as a paragraph of its own ("3. Jiang
			// Hua", a blank line, "August 1954 – January 1967", a blank
			// line, the next item).
			if at := p.brokenTenure(); at > 0 {
				text += ": " + trimSpace(p.lines[at])
				p.i = at + 1
			}
		}
		lst.Items = append(lst.Items, ListItem{Line: line, Number: n, Text: text, Depth: depth, AtCut: p.doc.EndsMidLine && p.restBlank()})
	}
	p.doc.Blocks = append(p.doc.Blocks, Block{Kind: ListBlock, Line: start + 1, List: lst})
}

// brokenTenure returns the index of the line that holds the tenure an
// item broke off from its name, at the parser's line: the next line, or
// the next after one blank line when it stands alone, a blank line or
// the end of the document after it. It returns 0 when there is none.
func (p *parser) brokenTenure() int {
	at := p.i
	if at < len(p.lines) && p.lines[at] == "" {
		at++
		if next := at + 1; next < len(p.lines) && p.lines[next] != "" {
			return 0
		}
	}
	if at < len(p.lines) && tenureLine(p.lines[at]) {
		return at
	}
	return 0
}

// tenureLine reports whether a line is a tenure alone, not an item of a
// list, a table's row or a heading: "1949–1962".
func tenureLine(l string) bool {
	l = trimSpace(l)
	if l == "" || len(l) > 60 || !isDigit(l[0]) && !startsWithMonth(l) || isListItem(l) {
		return false
	}
	return isTenureText(l)
}

func (p *parser) paragraph() {
	start := p.i
	var parts []string
	// at holds each part's 1-based line, once an edit links line has come
	// between two parts; before that, part k is on line start+k+1.
	var at []int
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		if l == "" || l[0] == '|' || isListItem(l) || isInfoboxMarker(l) || definitionTerm(l) != "" {
			break
		}
		if level, _ := headingOf(l); level > 0 {
			break
		}
		if isEditLinksLine(l) {
			if at == nil {
				at = make([]int, len(parts), len(parts)+8)
				for k := range at {
					at[k] = start + k + 1
				}
			}
			p.i++
			continue
		}
		parts = append(parts, l)
		if at != nil {
			at = append(at, p.i+1)
		}
		p.i++
	}
	lines := func() []int { // each part's line, for a list or its captions
		if at == nil {
			at = make([]int, len(parts))
			for k := range at {
				at[k] = start + k + 1
			}
		}
		return at
	}
	if len(parts) == 0 { // cannot happen, but never loop forever
		p.i++
		return
	}
	if unbulletedList(parts) {
		// "Zhang San (张三): 1949–1952" on each line: a list rendered
		// without its bullets, not prose.
		p.unbulleted(parts, lines())
		return
	}
	if len(parts) == 1 && p.flattened(parts[0], start+1) {
		return
	}
	if k := captionLines(parts); k > 0 {
		// A text rendering of a table: its caption ("List of Governors
		// (1879–1945)") or its column labels ("Name Period") on the
		// lines above its rows. A caption is the list's prose; labels
		// say nothing the rows do not.
		at := lines()
		for j, l := range parts[:k] {
			if !isLabelLine(l) {
				p.doc.Blocks = append(p.doc.Blocks, Block{Kind: ParagraphBlock, Line: at[j], Text: l})
			}
		}
		p.unbulleted(parts[k:], at[k:])
		return
	}
	text := parts[0]
	if len(parts) > 1 {
		text = strings.Join(parts, " ")
	}
	if p.doc.EndsMidLine && p.restBlank() && (p.doc.endsInSpace || looksCut(text)) {
		// A copy cut short in this paragraph: its last sentence is not
		// whole ("The current governor is Wang Wu, since 3 Ma"), and is
		// left out.
		if text = wholeSentences(text); text == "" {
			return
		}
	}
	// A short line or two directly above an infobox block ("Ito Hiroshi",
	// then "伊藤博"; a Tibetan's name, then in Tibetan and in Chinese)
	// are its caption, not prose: they do not end the lead.
	if len(parts) > 2 && !(len(parts) <= 4 && allNative(parts[1:])) || p.sawBody || len(text) > 120 || isSentence(text) ||
		p.i >= len(p.lines) || !isListItem(p.lines[p.i]) {
		p.sawBody = true
	}
	p.doc.Blocks = append(p.doc.Blocks, Block{Kind: ParagraphBlock, Line: start + 1, Text: text})
}

// flattened reads a line into which a scrape ran a page's wikitext
// together, headings and numbered items and all: "… Party Chief".
// ==List of the CPC Sichuan Committee Secretaries== #Li Jingquan (李井泉):
// July 1952-February 1965 #Liao Zhigao (廖志高): February 1965 – 1966 …".
// The prose before, each heading and each run of items become blocks of
// their own, all of the line's number. It reports false, adding nothing,
// unless the items read as holders with tenures, two or more of them.
func (p *parser) flattened(l string, line int) bool {
	if len(l) < 40 {
		return false
	}
	// Numbered items, or bullets: "==Governors== *Wu Zhipu: 1949–1962 *…".
	// Most lines hold neither sign, which is looked for first: a space
	// is on every line.
	mark := ""
	for _, m := range []string{" #", " *"} {
		if i := strings.IndexByte(l, m[1]); i > 0 && strings.Contains(l[i-1:], m) {
			mark = m
			break
		}
	}
	if mark == "" {
		return false
	}
	var blocks []Block
	list := func(text string) (read, all int) {
		var items []ListItem
		for _, seg := range strings.Split(text, mark) {
			if seg = trimSpace(strings.TrimLeft(trimSpace(seg), mark[1:])); seg != "" {
				items = append(items, ListItem{Line: line, Text: seg, Depth: 1})
			}
		}
		for k, it := range items {
			if _, ok := readListLine(it.Text); ok {
				read++
			} else if k == len(items)-1 {
				// The last item runs on into what the scrape took after
				// the list ("… November 2012-incumbent 抄文引用元・出典:
				// フリー百科事典", a mirror's credit line): the item is the
				// longest start of it that reads, a few words shorter.
				if head, ok := readableStart(it.Text, 6); ok {
					items[k].Text = head
					read++
				}
			}
		}
		if len(items) > 0 {
			blocks = append(blocks, Block{Kind: ListBlock, Line: line, List: &List{Items: items}})
		}
		return read, len(items)
	}
	first := strings.Index(l, mark)
	if h := strings.Index(l, " =="); h > 0 && h < first {
		first = h
	}
	if before := trimSpace(l[:first]); before != "" {
		blocks = append(blocks, Block{Kind: ParagraphBlock, Line: line, Text: before})
	}
	read, all := 0, 0
	for rest := l[first:]; rest != ""; {
		rest = trimSpace(rest)
		if strings.HasPrefix(rest, "==") {
			level := 0
			for level < len(rest) && rest[level] == '=' {
				level++
			}
			end := strings.Index(rest[level:], strings.Repeat("=", level))
			if level > 6 || end <= 0 {
				return false
			}
			blocks = append(blocks, Block{Kind: HeadingBlock, Line: line, Level: level, Text: cleanHeading(rest[level : level+end])})
			rest = rest[level+end+level:]
			continue
		}
		next := strings.Index(rest, " ==")
		if next < 0 {
			next = len(rest)
		}
		if !strings.HasPrefix(rest, mark[1:]) {
			return false // prose between a heading and its items
		}
		r, a := list(rest[:next])
		read, all = read+r, all+a
		rest = rest[next:]
	}
	if read < 2 || read < all {
		return false
	}
	p.sawBody = true
	p.doc.Blocks = append(p.doc.Blocks, blocks...)
	return true
}

// readableStart returns the longest start of s, at most drop words
// shorter, that reads as a list line.
func readableStart(s string, drop int) (string, bool) {
	words := wordSpans(s)
	for j := len(words) - 1; j >= max(1, len(words)-drop); j-- {
		if head := trimSpace(s[:words[j][0]]); head != "" {
			if _, ok := readListLine(head); ok {
				return head, true
			}
		}
	}
	return "", false
}

// unbulleted adds the lines of a paragraph, at the 1-based lines at, as
// the items of a list rendered without bullets.
func (p *parser) unbulleted(lines []string, at []int) {
	lst := &List{Items: make([]ListItem, len(lines))}
	for k, l := range lines {
		lst.Items[k] = ListItem{Line: at[k], Text: trimSpace(l), Depth: 1, AtCut: p.doc.EndsMidLine && at[k] == len(p.lines)}
	}
	p.sawBody = true
	p.doc.Blocks = append(p.doc.Blocks, Block{Kind: ListBlock, Line: at[0], List: lst})
}

// captionLines returns how many of a paragraph's lines, one or two, are
// a caption or column labels above the rows of a list rendered without
// bullets, or 0 when its lines are no such list.
func captionLines(lines []string) int {
	for k := 1; k <= 2 && len(lines)-k >= 2; k++ {
		if l := lines[k-1]; len(l) > 120 || isSentence(l) {
			return 0
		}
		if unbulletedList(lines[k:]) {
			return k
		}
	}
	return 0
}

// isLabelLine reports whether a line is a table's column labels written
// as words without cells, "Name Period" or "No. Name Took office Left
// office": no digits, a label of the holders and one of their dates.
func isLabelLine(l string) bool {
	if hasDigit(l) || len(l) > 80 {
		return false
	}
	var name, dates bool
	for w := range strings.FieldsSeq(l) {
		switch classifyHeader(w) {
		case colName:
			name = true
		case colStart, colEnd, colRange:
			dates = true
		}
	}
	return name && dates
}

// allNative reports whether every line is written mostly in a script
// other than Latin: a name's native forms under it.
func allNative(lines []string) bool {
	for _, l := range lines {
		if !isMostlyNative(l) {
			return false
		}
	}
	return true
}

// unbulletedList reports whether the lines of a paragraph are the items
// of a list rendered without bullets: two lines or more, each a holder
// with a tenure and no sentence.
func unbulletedList(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		if len(l) > 200 || isSentence(l) || !hasDigit(l) {
			return false
		}
		if _, ok := readListLine(trimSpace(l)); !ok {
			return false
		}
	}
	return true
}

// isSentence tells prose from a caption line that may hold initials or
// abbreviations ("Robert P. Cruz", "Carl T. C. Gutierrez Jr."): a
// semicolon, or a full stop after a lower-case word ("… a politician.")
// or before one ("… Dr. who …"), makes a sentence.
func isSentence(s string) bool {
	if strings.ContainsRune(s, ';') {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		if i+2 < len(s) && s[i+1] == ' ' && s[i+2] >= 'a' && s[i+2] <= 'z' {
			return true
		}
		j := i
		for j > 0 && s[j-1] >= 'a' && s[j-1] <= 'z' {
			j--
		}
		if i-j >= 2 && (j == 0 || s[j-1] == ' ') {
			return true // a whole lower-case word ends here
		}
	}
	return false
}

func (p *parser) table() {
	t := &Table{}
	header := true
	headerCloses, rowsClose := true, true // the header, and every row so far, end with "|"
	widest := 0                           // the most cells of a row so far
	start := p.i
	for p.i < len(p.lines) && p.lines[p.i] != "" && p.lines[p.i][0] == '|' {
		l := p.lines[p.i]
		p.i++
		if trimSpace(l) == "|}" || l == joinedLine {
			continue // wiki markup's end of a table ("|-" is a separator row), or a line joined into its row
		}
		cells, lost := splitRow(l)
		if isSeparatorRow(cells) {
			continue
		}
		closes := strings.HasSuffix(strings.TrimRight(l, " \t"), "|")
		if header {
			t.Header = Row{Line: p.i, Cells: cells}
			header = false
			headerCloses = closes
			continue
		}
		// A last row without the closing "|" the rows above it (or the
		// header, above the first) have was cut short; in a table whose
		// rows have none, it was not.
		closed := rowsClose
		if len(t.Rows) == 0 {
			closed = headerCloses
		}
		row := Row{Line: p.i, Cells: cells, Cut: !closes && closed && p.restBlank(), Lost: lost}
		if closes && p.doc.EndsMidLine && p.restBlank() && len(cells) < max(len(t.Header.Cells), widest) {
			row.Cut, row.CutAfter = true, true // "| 1 | | Ke Qingshi (1902–1965) |", the copy's end
		}
		t.Rows = append(t.Rows, row)
		widest = max(widest, len(cells))
		rowsClose = rowsClose && closes
	}
	if !header && p.doc.Infobox == nil && !p.sawBody {
		if ib := officeholderBoxOfTable(t); ib != nil {
			// A biography's infobox a mirror rendered as a table: "|
			// Governor of Tokyo | |" over "| Assumed office 1 August 2016 |
			// |".
			p.doc.Infobox = ib
			return
		}
		if ib := infoboxOfTable(t); ib != nil {
			// An infobox a mirror rendered as a table of labels and
			// values, above the lead: "| Inaugural holder | Ch. Chhunga |".
			p.doc.Infobox = ib
			return
		}
	}
	switch {
	case header:
	case headerIsData(t.Header.Cells):
		// A table rendered without its header row: the first row is a
		// holder's, and the columns are read from their values.
		t.Rows = slices.Insert(t.Rows, 0, t.Header)
		t.Header = Row{Line: t.Header.Line, Cells: make([]string, len(t.Header.Cells))}
	case len(t.Rows) > 0 && isCaptionHeader(t.Header.Cells) && headerIsData(t.Rows[0].Cells):
		// Nothing but an era's caption above the holders' rows: a caption
		// row of a table without labels.
		t.Rows = slices.Insert(t.Rows, 0, t.Header)
		t.Header = Row{Line: t.Header.Line, Cells: make([]string, len(t.Rows[1].Cells))}
	}
	p.doc.Blocks = append(p.doc.Blocks, Block{Kind: TableBlock, Line: start + 1, Table: t})
}

// renderedLabels map the labels a rendered infobox shows to the keys
// of the template that made it, where they differ.
var renderedLabels = map[string]string{"firstholder": "Inaugural", "inauguralholder": "Inaugural",
	"lastholder": "Final holder", "termlength": "Termlength"}

// placeFields are the labels of a place's infobox, rendered: "Country",
// "Capital", and its leaders' posts ("• Governor").
var placeFields = map[string]bool{"country": true, "capital": true, "region": true, "government": true, "governor": true,
	"mayor": true, "lieutenantgovernor": true, "chiefminister": true, "premier": true, "partysecretary": true,
	"ccpsecretary": true, "cpcsecretary": true, "congresschairman": true, "cppccchairman": true}

// renderedLabel is a rendered infobox's label without the bullet that
// sets a field of a group apart: "• Governor" under "Government".
func renderedLabel(l string) string {
	for _, b := range []string{"• ", "· ", "- "} {
		l = strings.TrimPrefix(l, b)
	}
	return trimSpace(l)
}

// infoboxOfTable reads a table that is an infobox a mirror rendered as
// labels and values, "| Chief Minister of Mizoram | |" over "| Appointer |
// Governor of Mizoram |", "| Inaugural holder | Ch. Chhunga |", "|
// Formation | 3 May 1972 |": rows of two cells at most, two or more of
// them, and a third of all or more, an infobox's label and its value. A
// title over them is the post; a row "| Incumbent | |" takes the name on
// the row below, and "| since 25 November 2020 | |" is the incumbent's
// start. It returns nil for any other table.
func infoboxOfTable(t *Table) *Infobox {
	rows := append([]Row{t.Header}, t.Rows...)
	known := 0
	for _, r := range rows {
		cells := nonEmpty(r.Cells)
		if len(cells) > 2 || len(r.Cells) > 3 {
			return nil
		}
		if len(cells) == 2 && cells[0] == trimSpace(r.Cells[0]) {
			if name, _ := (InfoboxEntry{Key: renderedLabel(cells[0])}).Field(); infoboxFields[name] || renderedLabels[name] != "" || placeFields[name] {
				known++
			}
		}
	}
	if known < 2 || known*3 < len(rows) {
		return nil
	}
	ib := &Infobox{Line: t.Header.Line, Caption: "Infobox"}
	add := func(k, v string, line int) {
		ib.Entries = append(ib.Entries, InfoboxEntry{Key: k, Value: v, Line: line})
	}
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		cells := nonEmpty(r.Cells)
		switch {
		case len(cells) == 2:
			k := renderedLabel(cells[0])
			if name, _ := (InfoboxEntry{Key: k}).Field(); renderedLabels[name] != "" {
				k = renderedLabels[name]
			}
			add(k, cells[1], r.Line)
		case len(cells) == 0:
		case i == 0 && hasRoleWord(cells[0]) && !hasDigit(cells[0]):
			add("Post", cells[0], r.Line)
		case strings.EqualFold(cells[0], "incumbent") && i+1 < len(rows) && len(nonEmpty(rows[i+1].Cells)) == 1:
			i++
			add("Incumbent", nonEmpty(rows[i].Cells)[0], rows[i].Line)
		case hasPrefixFold(cells[0], "since "):
			add("Incumbentsince", trimSpace(cells[0][len("since "):]), r.Line)
		case i <= 2 && isMostlyNative(cells[0]):
			add("Native Name", cells[0], r.Line)
		}
	}
	return ib
}

// officeholderBoxOfTable reads a table that is a biography's infobox a
// mirror rendered as labels and values: the holder's name over it, then
// each office's title on a row of its own over its term ("| Governor of
// Tokyo | |" over "| Assumed office 1 August 2016 | |", "| Minister of
// Defense | |" over "| In office 4 July 2007 – 27 August 2007 | |"), and
// the office's fields ("| Preceded by | Yōichi Masuzoe |"), up to "|
// Personal details | |", after which the fields are the person's. The
// offices become the infobox's numbered keys (Office, Term Start,
// Predecessor; then Office1, …), as a biography's infobox gives them. It
// returns nil for a table without a term under a title.
func officeholderBoxOfTable(t *Table) *Infobox {
	rows := append([]Row{t.Header}, t.Rows...)
	titleAt := func(i int) bool {
		// A title alone on its row, over its term's row.
		if i+1 >= len(rows) {
			return false
		}
		cells, next := nonEmpty(rows[i].Cells), nonEmpty(rows[i+1].Cells)
		if len(cells) != 1 || hasDigit(cells[0]) || isTermMark(cells[0]) {
			return false
		}
		at := i + 1
		if len(next) == 1 && isTermMark(next[0]) && i+2 < len(rows) {
			at++
			next = nonEmpty(rows[at].Cells)
		}
		// A term a copy's end cut short gives no office.
		return len(next) == 1 && termRowText(next[0]) != "" && !rows[at].Cut
	}
	first := nonEmpty(t.Header.Cells)
	if len(first) != 1 || !slices.ContainsFunc(rows, func(r Row) bool { return len(nonEmpty(r.Cells)) == 1 && termRowText(nonEmpty(r.Cells)[0]) != "" }) {
		return nil
	}
	titles := 0
	for i := range rows {
		if cells := nonEmpty(rows[i].Cells); isPersonalDetails(cells) {
			break
		} else if len(cells) > 2 {
			return nil
		}
		if titleAt(i) {
			titles++
		}
	}
	if titles == 0 {
		return nil
	}
	ib := &Infobox{Line: t.Header.Line, Caption: first[0]}
	n := -1          // the office being read; -1 before the first, -2 after them
	hasTerm := false // the office being read has its term
	key := func(k string) string {
		if n <= 0 {
			return k
		}
		return k + strconv.Itoa(n)
	}
	add := func(k, v string, line int) {
		ib.Entries = append(ib.Entries, InfoboxEntry{Key: k, Value: v, Line: line})
	}
	for i := 1; i < len(rows); i++ {
		r := rows[i]
		cells := nonEmpty(r.Cells)
		switch {
		case len(cells) == 0 || r.Cut:
		case n > -2 && isPersonalDetails(cells):
			n = -2
		case n > -2 && titleAt(i):
			n++
			hasTerm = false
			add(key("Office"), cells[0], r.Line)
		case n >= 0 && len(cells) == 1 && isTermMark(cells[0]):
			if strings.EqualFold(cells[0], "acting") {
				add(key("Status"), cells[0], r.Line)
			}
		case n >= 0 && len(cells) == 1 && termRowText(cells[0]) != "":
			if !hasTerm { // a second term row under one title is no term of it
				add(key("In office"), termRowText(cells[0]), r.Line)
				hasTerm = true
			}
		case n == -1 && i <= 2 && len(cells) == 1 && isMostlyNative(cells[0]):
			add("Native Name", cells[0], r.Line)
		case len(cells) == 2 && cells[0] == trimSpace(r.Cells[0]):
			add(key(renderedLabel(cells[0])), cells[1], r.Line)
		}
	}
	return ib
}

// isPersonalDetails reports whether a rendered biography infobox's row is
// the label after which its rows are the person's, not an office's.
func isPersonalDetails(cells []string) bool {
	return strings.EqualFold(strings.Join(cells, " "), "personal details")
}

// isTermMark reports whether a rendered infobox's row between an office's
// title and its term says what kind of term it is: "Incumbent", "Acting".
func isTermMark(s string) bool {
	return strings.EqualFold(s, "incumbent") || strings.EqualFold(s, "acting")
}

// termRowText returns the term a rendered infobox gives an office on a
// row of its own, "In office 4 July 2007 – 27 August 2007" or "Assumed
// office 1 August 2016" (a term running on), and "" for any other text.
func termRowText(s string) string {
	for _, p := range []string{"In office ", "Assumed office "} {
		if hasPrefixFold(s, p) && hasDigit(s) {
			rest := trimSpace(s[len(p):])
			if p == "Assumed office " {
				rest += " – present"
			}
			return rest
		}
	}
	return ""
}

// headerIsData reports whether a table's first row holds values rather
// than labels: a name of two words or more, or in a native script, and a
// date or a range of them ("7 | Gil Ives | 1980 | 1985", "7 | Gil Ives
// (1980–1985)"), and no cell a label ("Prime Minister | 1950 | 1955" is a
// header).
func headerIsData(cells []string) bool {
	dates, names := 0, 0
	for _, c := range cells {
		switch classifyCell(c) {
		case shDate, shRange, shOpen:
			dates++
			continue
		case shName:
			clean := cleanCell(c)
			if strings.IndexByte(clean, ' ') > 0 {
				names++
			}
			if endsWithBracketedTenure(clean) && len(nonEmpty(cells)) > 1 {
				// "1 | Ann Lee (1950–1955) | Liberal": a name with its
				// dates. Alone, it is a caption ("Republic of China
				// (1912–1949)").
				dates++
			}
		case shZH:
			names++
		}
		switch classifyHeader(c) {
		case colUnknown, colOther, colBlank:
		default:
			return false
		}
	}
	return dates > 0 && names > 0
}

// restBlank reports whether the lines from p.i on are all blank: the line
// before them is the document's last.
func (p *parser) restBlank() bool {
	for _, l := range p.lines[p.i:] {
		if trimSpace(l) != "" && l != joinedLine {
			return false // (a line joined into the row above is that row's)
		}
	}
	return true
}

// splitCells splits "| a | b | c |" (the trailing "|" optional) into
// trimmed cells.
func splitCells(l string) []string {
	cells, _ := splitRow(l)
	return cells
}

// splitRow is splitCells, and reports whether a cell was a template's
// name left in place of its text (see Row.Lost).
func splitRow(l string) (cells []string, lost bool) {
	l = strings.TrimSuffix(strings.TrimPrefix(l, "|"), "|")
	n := strings.Count(l, "|") + 1
	cells = make([]string, 0, n)
	for {
		i := strings.IndexByte(l, '|')
		c := l
		if i >= 0 {
			c = l[:i]
		}
		c = trimSpace(c)
		switch {
		case isCellAttributes(c):
			// `style="background:…"` split from the cell it styles by a
			// mirror that renders wiki tables badly: not a cell.
		case isUnexpandedTemplate(c):
			// "Template:Interlanguage link": a template a mirror could
			// not expand; the name or date it stood for is lost.
			cells, lost = append(cells, ""), true
		case c == "()":
			// The brackets a template put around what it lost.
			cells = append(cells, "")
		default:
			cells = append(cells, c)
		}
		if i < 0 {
			return cells, lost
		}
		l = l[i+1:]
	}
}

// cellAttributes are the attributes of a wiki table cell.
var cellAttributes = []string{"style", "class", "bgcolor", "align", "valign", "rowspan", "colspan", "width",
	"height", "scope", "data-sort-value", "nowrap"}

// isCellAttributes reports whether a cell holds only a wiki table cell's
// attributes: `style="background:#ccc; color:black;"`, `rowspan=2`,
// `align=center bgcolor=#eee`.
func isCellAttributes(c string) bool {
	if len(c) < 5 || strings.IndexByte(c, '=') < 0 {
		return false // most cells, at once
	}
	for c != "" {
		name := ""
		for _, a := range cellAttributes {
			if len(c) > len(a) && strings.EqualFold(c[:len(a)], a) && (c[len(a)] == '=' || c[len(a)] == ' ') {
				name = a
				break
			}
		}
		if name == "" {
			return false
		}
		c = strings.TrimLeft(c[len(name):], " ")
		if !strings.HasPrefix(c, "=") {
			return false
		}
		c = strings.TrimLeft(c[1:], " ")
		switch {
		case strings.HasPrefix(c, `"`):
			j := strings.IndexByte(c[1:], '"')
			if j < 0 {
				return false
			}
			c = c[j+2:]
		default:
			j := strings.IndexByte(c, ' ')
			if j < 0 {
				j = len(c)
			}
			if j == 0 {
				return false
			}
			c = c[j:]
		}
		c = strings.TrimLeft(c, " ")
	}
	return true
}

// isUnexpandedTemplate reports whether a cell is a template's name left
// in place of its text: "Template:Interlanguage link".
func isUnexpandedTemplate(c string) bool {
	if !strings.HasPrefix(c, "Template:") {
		return false // most cells, at once
	}
	for strings.HasSuffix(c, "]") {
		// "Template:Interlanguage link[4]": the footnote marks after it.
		i := strings.LastIndexByte(c, '[')
		if i < 0 {
			break
		}
		c = trimSpace(c[:i])
	}
	return len(c) > len("Template:") && !strings.ContainsAny(c, "|[]")
}

func isSeparatorRow(cells []string) bool {
	dash := false
	for _, c := range cells {
		for i := 0; i < len(c); i++ {
			switch c[i] {
			case '-':
				dash = true
			case ':', ' ':
			default:
				return false
			}
		}
	}
	return dash
}
