package exporters

import (
	"bufio"
	"context"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"tenure/pipeline"
)

// CSV writes one RFC 4180 file per table (sources.csv, terms.csv, …):
// UTF-8, CRLF line ends, a header row, columns in the contract's order, an
// empty cell for an absent value, booleans as true and false, days as
// YYYY-MM-DD and multi-valued cells joined with "; ".
type CSV struct{}

var _ Writer = CSV{}

// Write implements Writer.
func (CSV) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	var files []string
	for _, t := range Tables {
		if err := ctx.Err(); err != nil {
			return files, err
		}
		name := t.Name + ".csv"
		err := writeHashedFile(filepath.Join(dir, name), opt, func(w io.Writer) error {
			return WriteCSVTable(w, ds, t, opt.CSVBOM)
		})
		if err != nil {
			return files, err
		}
		files = append(files, name)
	}
	return files, nil
}

// WriteCSVTable writes one table as CSV. The plain CSV is faithful to the
// data: a cell is written as it is, whatever its first character, because
// analysts' tools (pandas, R, DuckDB) read it as data. The variant for
// spreadsheets (bom set: -csv-bom) also neutralises cells that Excel or
// LibreOffice would run as a formula, those starting with =, +, -, @, a
// tab or a carriage return (OWASP's rule), by putting an apostrophe
// before them.
func WriteCSVTable(w io.Writer, ds *pipeline.Dataset, t Table, bom bool) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var line []byte
	if bom {
		line = append(line, "\ufeff"...)
	}
	for j, c := range t.Columns {
		if j > 0 {
			line = append(line, ',')
		}
		line = appendCSVField(line, c.Name)
	}
	line = append(line, "\r\n"...)
	n := t.Len(ds)
	for i := range n {
		if _, err := bw.Write(line); err != nil {
			return err
		}
		line = line[:0]
		for j, c := range t.Columns {
			if j > 0 {
				line = append(line, ',')
			}
			if c.date != nil {
				at := len(line)
				line = appendDatePart(line, c.date(ds, i), c.part)
				if bom && len(line) > at && line[at] == '-' {
					// A year before the common era ("-0249"), which a
					// spreadsheet would compute as a formula.
					line = slices.Insert(line, at, '\'')
				}
				continue
			}
			v := c.value(ds, i)
			switch {
			case v.Null:
			case c.Type == Bool:
				line = strconv.AppendBool(line, v.Bool)
			case c.Type == Int:
				line = strconv.AppendInt(line, v.Int, 10)
			case c.Type == Day:
				line = appendISODay(line, v.Day)
			case bom && c.Type == String:
				line = appendCSVField(line, SpreadsheetSafe(v.Str))
			default:
				line = appendCSVField(line, v.Str)
			}
		}
		line = append(line, "\r\n"...)
	}
	if _, err := bw.Write(line); err != nil {
		return err
	}
	return bw.Flush()
}

// appendISODay appends t's day as 2006-01-02, as t.AppendFormat would,
// without interpreting a layout for each of a table's many dates.
func appendISODay(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.AppendFormat(b, "2006-01-02")
	}
	return appendYMD(b, y, int(m), d)
}

// appendYMD appends a day of the years 0 to 9999 as 2006-01-02.
func appendYMD(b []byte, y, m, d int) []byte {
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// appendDatePart appends the text of one column of a date group, as its
// Value would be written, straight from the date: neither text needs
// quoting.
func appendDatePart(b []byte, d pipeline.Date, part datePart) []byte {
	switch part {
	case dateText:
		return d.AppendISO(b)
	case datePrecision:
		return append(b, d.Precision.String()...)
	}
	first, last, ok := d.DayNumbers()
	if !ok {
		return b
	}
	if part == dateLatest {
		first = last
	}
	return appendISODayNumber(b, first)
}

// appendISODayNumber appends the day n days after 1970-01-01 as
// 2006-01-02, as appendISODay does for its time.
func appendISODayNumber(b []byte, n int) []byte {
	y, m, d := civilFromDays(n)
	if y < 0 || y > 9999 {
		return appendISODay(b, time.Unix(int64(n)*86400, 0).UTC())
	}
	return appendYMD(b, y, m, d)
}

// civilFromDays is the proleptic Gregorian date n days after 1970-01-01
// (Howard Hinnant's algorithm), without building a time.Time.
func civilFromDays(n int) (y, m, d int) {
	z := n + 719468
	era := z
	if z < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

// appendCSVField appends a CSV field as encoding/csv's Writer writes it
// with CRLF line ends: quoted when it holds a comma, a quote or a line
// break, or starts with a space (or is \.), quotes doubled, line breaks
// written as CRLF.
func appendCSVField(b []byte, field string) []byte {
	if !csvNeedsQuotes(field) {
		return append(b, field...)
	}
	b = append(b, '"')
	for len(field) > 0 {
		i := strings.IndexAny(field, "\"\r\n")
		if i < 0 {
			i = len(field)
		}
		b = append(b, field[:i]...)
		field = field[i:]
		if len(field) > 0 {
			switch field[0] {
			case '"':
				b = append(b, `""`...)
			case '\n':
				b = append(b, "\r\n"...)
			} // a carriage return alone is dropped, as encoding/csv does with CRLF
			field = field[1:]
		}
	}
	return append(b, '"')
}

func csvNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	for i := 0; i < len(field); i++ {
		if csvSpecial[field[i]] {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(r)
}

// csvSpecial holds the bytes that make a field quoted: one table read a
// byte instead of four comparisons.
var csvSpecial = [256]bool{'\n': true, '\r': true, '"': true, ',': true}

// SpreadsheetSafe returns a cell's text as a spreadsheet reads it as text:
// one that starts with =, +, -, @, a tab or a carriage return gets an
// apostrophe in front, so it is never run as a formula.
func SpreadsheetSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
