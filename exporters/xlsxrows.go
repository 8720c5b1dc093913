package exporters

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"tenure/pipeline"
)

// The data rows of the workbook's sheets are written here, straight into
// the sheet's XML, rather than cell by cell through excelize's
// StreamWriter: for 250,000 terms the StreamWriter spends seconds boxing
// values, escaping them through temporary strings and spilling the sheet
// to a temporary file, and it can only run on one core. excelize still
// builds everything else (the workbook, styles, widths, panes, filters,
// page setup); each data sheet it streams holds the header and one
// placeholder row, which the workbook's zip writer replaces with the
// rows, written as excelize writes them, byte for byte (the tests compare
// the two).

// sheetRows is the placeholder for rows lo to hi of a table, written from
// row 2 of a sheet.
type sheetRows struct {
	ds     *pipeline.Dataset
	t      Table
	lo, hi int
	date   int // style of date cells
}

// rowsMarkerPrefix starts the text of a placeholder cell; the index of the
// sheetRows follows.
const rowsMarkerPrefix = "tenure:xlsx-rows:"

// markerStart is how excelize writes a placeholder cell, streamed as the
// only cell of row 2, up to the placeholder's index.
const markerStart = `<row r="2"><c r="A2" t="inlineStr"><is><t>` + rowsMarkerPrefix

// rowsMarker is the XML excelize writes for placeholder k.
func rowsMarker(k int) []byte {
	return []byte(markerStart + strconv.Itoa(k) + `</t></is></c></row>`)
}

// rowChunk is the size of the pieces rows are written in.
const rowChunk = 256 << 10

// writeTo writes the rows to w as <row> elements. One goroutine writes
// them into pieces while the caller's hands each piece to w (a deflater),
// so a large sheet takes two cores.
func (s sheetRows) writeTo(w io.Writer) error {
	refs := make([][]byte, len(s.t.Columns))
	for j := range refs {
		refs[j] = appendColumnName(nil, j+1)
	}
	const pieces = 3
	full := make(chan []byte, pieces)
	free := make(chan []byte, pieces)
	for range pieces {
		free <- make([]byte, 0, rowChunk+4096)
	}
	stop := make(chan struct{})
	var panicked any // a panic while writing rows, raised again on the caller's goroutine
	go func() {
		defer close(full)
		defer func() { panicked = recover() }()
		buf := <-free
		for i := s.lo; i < s.hi; i++ {
			buf = s.appendRow(buf, refs, i, i-s.lo+2)
			if len(buf) < rowChunk && i+1 < s.hi {
				continue
			}
			select {
			case full <- buf:
			case <-stop:
				return
			}
			select {
			case buf = <-free:
				buf = buf[:0]
			case <-stop:
				return
			}
		}
	}()
	var err error
	for buf := range full {
		if err == nil {
			if _, err = w.Write(buf); err != nil {
				close(stop)
			}
		}
		free <- buf
	}
	if panicked != nil {
		panic(panicked)
	}
	return err
}

// appendRow appends record i of the table as row r of the sheet.
func (s sheetRows) appendRow(b []byte, refs [][]byte, i, r int) []byte {
	b = append(b, `<row r="`...)
	b = strconv.AppendInt(b, int64(r), 10)
	b = append(b, `">`...)
	for j, c := range s.t.Columns {
		b = appendCell(b, refs[j], r, c.value(s.ds, i), c.Type, s.date)
	}
	return append(b, `</row>`...)
}

// appendCell appends the cell for a value as excelize's StreamWriter
// writes it: nothing for an absent value or a day before 1900 (Excel has
// no such date; the ISO text column has it), a boolean, a number, a date
// serial with the date style, or an inline string, so that "=1+2" or
// "1949-09" stays text.
func appendCell(b, col []byte, r int, v Value, t Type, dateStyle int) []byte {
	if v.Null {
		return b
	}
	var serial int64
	if t == Day {
		var ok bool
		if serial, ok = excelSerial(v.Day); !ok {
			return b
		}
	}
	b = append(b, `<c r="`...)
	b = append(b, col...)
	b = strconv.AppendInt(b, int64(r), 10)
	switch t {
	case Bool:
		if v.Bool {
			return append(b, `" t="b"><v>1</v></c>`...)
		}
		return append(b, `" t="b"><v>0</v></c>`...)
	case Int:
		b = append(b, `"><v>`...)
		b = strconv.AppendInt(b, v.Int, 10)
		return append(b, `</v></c>`...)
	case Day:
		b = append(b, `" s="`...)
		b = strconv.AppendInt(b, int64(dateStyle), 10)
		b = append(b, `"><v>`...)
		b = strconv.AppendInt(b, serial, 10)
		return append(b, `</v></c>`...)
	}
	s := cellText(v.Str)
	b = append(b, `" t="inlineStr"><is><t`...)
	if s != "" && (isXMLSpace(s[0]) || isXMLSpace(s[len(s)-1])) {
		b = append(b, ` xml:space="preserve"`...)
	}
	b = append(b, '>')
	b = appendCellString(b, s)
	return append(b, `</t></is></c>`...)
}

// excel1900 is day 0 of Excel's 1900 date system.
var excel1900 = time.Date(1899, time.December, 31, 0, 0, 0, 0, time.UTC)

// excelSerial is a day's serial number in Excel's 1900 date system, which
// counts a 29 February 1900 that never was. Days before 1900 have none.
func excelSerial(d time.Time) (int64, bool) {
	if d.Year() < 1900 {
		return 0, false
	}
	y, m, dd := d.Date()
	days := (time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Unix() - excel1900.Unix()) / (24 * 60 * 60)
	if y > 1900 || m > time.February {
		days++
	}
	return days, true
}

// cellText is a text as a cell holds it: cut to the longest text a cell
// can hold, on a character boundary.
func cellText(s string) string {
	if len(s) > maxCellText {
		s = s[:maxCellText]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

func isXMLSpace(c byte) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }

// appendCellString appends a string escaped as excelize escapes an inline
// string: XML-escaped as encoding/xml does, newlines kept, characters XML
// cannot hold replaced, and text that reads as an OOXML escape (_x000D_)
// escaped in turn.
func appendCellString(b []byte, s string) []byte {
	if strings.Contains(s, "_x") {
		var esc bytes.Buffer
		_ = xml.EscapeText(&esc, []byte(s))
		return append(b, bstrMarshal(strings.ReplaceAll(esc.String(), "&#xA;", "\n"))...)
	}
	return cellEscaper.append(b, s)
}

// cellEscaper escapes an inline string as encoding/xml does: a newline is
// kept (as excelize keeps it), and characters XML cannot hold, control
// characters among them, become U+FFFD.
var cellEscaper = func() (e escaper) {
	for c := range 0x20 {
		e.ascii[c] = "\uFFFD"
	}
	e.ascii['\n'], e.ascii['\t'], e.ascii['\r'] = "", "&#x9;", "&#xD;"
	e.ascii['"'], e.ascii['\''], e.ascii['&'], e.ascii['<'], e.ascii['>'] = "&#34;", "&#39;", "&amp;", "&lt;", "&gt;"
	e.other = func(r rune, size int) string {
		if invalid(r, size) || !isXMLChar(r) {
			return "\uFFFD"
		}
		return ""
	}
	return e.indexed()
}()

// isXMLChar reports whether r may appear in XML 1.0 text (as encoding/xml
// decides).
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// bstrMarshal escapes text that an OOXML reader would take for an escaped
// character (_xHHHH_), as excelize does (its lib.go, BSD-3-Clause).
func bstrMarshal(s string) (result string) {
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

// appendColumnName appends a column's letters (1 → A, 27 → AA).
func appendColumnName(b []byte, col int) []byte {
	var tmp [8]byte
	i := len(tmp)
	for col > 0 {
		col--
		i--
		tmp[i] = byte('A' + col%26)
		col /= 26
	}
	return append(b, tmp[i:]...)
}

// expandRows returns the parts of a worksheet's XML around its
// placeholder row, and the rows that replace it; ok is false for a part
// without a placeholder.
func expandRows(part []byte, rows []sheetRows) (before, after []byte, sr sheetRows, ok bool, err error) {
	i := bytes.Index(part, []byte(markerStart))
	if i < 0 {
		return nil, nil, sheetRows{}, false, nil
	}
	rest := part[i+len(markerStart):]
	end := bytes.IndexByte(rest, '<')
	k, err := strconv.Atoi(string(rest[:max(end, 0)]))
	if end < 0 || err != nil || k < 0 || k >= len(rows) {
		return nil, nil, sheetRows{}, false, fmt.Errorf("xlsx: malformed rows placeholder in a worksheet")
	}
	marker := rowsMarker(k)
	if !bytes.HasPrefix(part[i:], marker) {
		return nil, nil, sheetRows{}, false, fmt.Errorf("xlsx: malformed rows placeholder %d in a worksheet", k)
	}
	return part[:i], part[i+len(marker):], rows[k], true, nil
}
