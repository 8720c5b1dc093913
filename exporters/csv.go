package exporters

import (
	"context"
	"encoding/csv"
	"io"
	"path/filepath"
	"strconv"

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
		err := writeFile(filepath.Join(dir, name), opt, func(w io.Writer) error {
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
	if bom {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	rec := make([]string, len(t.Columns))
	for j, c := range t.Columns {
		rec[j] = c.Name
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	var buf []byte
	n := t.Len(ds)
	for i := range n {
		for j, c := range t.Columns {
			v := c.value(ds, i)
			buf = buf[:0]
			rec[j] = formatText(v, c.Type, buf)
			if bom && c.Type == String {
				rec[j] = SpreadsheetSafe(rec[j])
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// formatText renders a value as the text of a CSV cell.
func formatText(v Value, t Type, buf []byte) string {
	if v.Null {
		return ""
	}
	switch t {
	case Bool:
		if v.Bool {
			return "true"
		}
		return "false"
	case Int:
		return string(strconv.AppendInt(buf, v.Int, 10))
	case Day:
		return string(v.Day.AppendFormat(buf, "2006-01-02"))
	}
	return v.Str
}

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
