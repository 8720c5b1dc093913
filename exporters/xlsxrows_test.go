package exporters

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"tenure/pipeline"
)

// xlsxTestColumns has a column of each type, reading its values from a
// grid of rows.
func xlsxTestColumns(grid [][]Value) []Column {
	types := []Type{String, Bool, Int, Date, Day}
	cols := make([]Column, len(types))
	for j, typ := range types {
		cols[j] = Column{Name: typ.String(), Type: typ,
			value: func(_ *pipeline.Dataset, i int) Value { return grid[i][j] }}
	}
	return cols
}

// xlsxValue is the value for a cell, as tenure gave values to excelize's
// StreamWriter before it wrote rows itself: nil for an absent one, a text
// cell for text (so "=1+2" or "1949-09" stays as written), a number, a
// boolean, or a date cell for a day.
func xlsxValue(v Value, t Type, st xlsxStyles) any {
	if v.Null {
		return nil
	}
	switch t {
	case Bool:
		return v.Bool
	case Int:
		return v.Int
	case Day:
		if v.Day.Year() < 1900 {
			// Excel holds no date before 1900: the cell stays empty, so
			// the column stays one of dates (the ISO text has the day).
			return nil
		}
		return excelize.Cell{StyleID: st.date, Value: v.Day}
	}
	s := v.Str
	if len(s) > maxCellText {
		s = s[:maxCellText]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// excelizeRows is what excelize's StreamWriter writes for the grid's rows
// (from row 2, the values as xlsxValue gives them): the contents of the
// sheet's <sheetData> after the header row.
func excelizeRows(t testing.TB, cols []Column, n int, st xlsxStyles) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A1", []any{"header"}); err != nil {
		t.Fatal(err)
	}
	row := make([]any, len(cols))
	for i := range n {
		for j, c := range cols {
			row[j] = xlsxValue(c.value(nil, i), c.Type, st)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	xml, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	s := string(xml)
	start := strings.Index(s, "</row>") + len("</row>") // after the header
	end := strings.Index(s, "</sheetData>")
	if start < len("</row>") || end < start {
		t.Fatalf("no sheet data in %q", s)
	}
	return s[start:end]
}

// tenureRows is what sheetRows writes for the same rows.
func tenureRows(t testing.TB, cols []Column, n int, st xlsxStyles) string {
	t.Helper()
	var b strings.Builder
	sr := sheetRows{t: Table{Columns: cols}, lo: 0, hi: n, date: st.date}
	if err := sr.writeTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestXLSXRowsAsExcelize checks that the rows tenure writes into a
// worksheet are byte for byte those excelize's StreamWriter writes for the
// same values: texts that need escaping, or that look like numbers,
// formulas or OOXML escapes, characters XML cannot hold, the longest
// texts, every kind of number, and days around Excel's leap year that
// never was.
func TestXLSXRowsAsExcelize(t *testing.T) {
	texts := []string{
		"Mao Zedong", "毛泽东 (Máo Zédōng)", "=1+2", "1949-09", "-12", "TRUE",
		`"quoted" & 'single' <tag>`, "tab\there", "line\nbreak", "cr\rlf\r\n", " leading", "trailing ",
		"\ttab first", "last newline\n", "ctrl\x01\x02\x1f\x7f", "bad utf-8 \xff\xfe", "\xed\xa0\x80 surrogate",
		"replacement \ufffd", "emoji 🇨🇳 𠀀", "_x000D_", "a_x005F_x0041_b", "_x005F_", "_xD800_ and _x12G4_",
		"_x005F_xZZZZ_", "&#xA;", strings.Repeat("长", 20000), strings.Repeat("x", maxCellText+10),
		strings.Repeat("é", maxCellText),
	}
	days := []time.Time{
		time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1900, 2, 28, 0, 0, 0, 0, time.UTC), time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1949, 10, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(1066, 10, 14, 0, 0, 0, 0, time.UTC),
	}
	ints := []int64{0, 1, -1, 42, 1 << 40, -(1 << 62)}
	var grid [][]Value
	for i := range max(len(texts), len(days), len(ints)) + 3 {
		row := []Value{
			{Str: texts[i%len(texts)]},
			{Bool: i%2 == 0},
			{Int: ints[i%len(ints)]},
			{Str: texts[(i+3)%len(texts)]},
			{Day: days[i%len(days)]},
		}
		if i%7 == 3 { // absent values leave holes in the row
			row[i%5] = Value{Null: true}
		}
		grid = append(grid, row)
	}
	st := xlsxStyles{date: 3}
	cols := xlsxTestColumns(grid)
	want := excelizeRows(t, cols, len(grid), st)
	got := tenureRows(t, cols, len(grid), st)
	if got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("rows differ at byte %d:\n got …%.200q\nwant …%.200q", i, got[max(i-40, 0):], want[max(i-40, 0):])
	}
}

// FuzzXLSXText checks any text against excelize's StreamWriter.
func FuzzXLSXText(f *testing.F) {
	for _, s := range []string{"Mao Zedong", "a & b", "_x0041_", "\x00", " x\n", "\xff"} {
		f.Add(s, int64(7), 1900, 3, 1)
	}
	f.Fuzz(func(t *testing.T, s string, n int64, y, m, d int) {
		day := time.Date(y%10000, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		grid := [][]Value{{{Str: s}, {Bool: n%2 == 0}, {Int: n}, str(s), {Day: day}}}
		st := xlsxStyles{date: 5}
		cols := xlsxTestColumns(grid)
		if got, want := tenureRows(t, cols, 1, st), excelizeRows(t, cols, 1, st); got != want {
			t.Fatalf("text %q day %v:\n got %q\nwant %q", s, day, got, want)
		}
	})
}

// TestXLSXRowsPlaceholder checks that a worksheet's placeholder is found
// and replaced, that a worksheet without one is left as it is, and that a
// placeholder naming rows that do not exist is an error.
func TestXLSXRowsPlaceholder(t *testing.T) {
	rows := []sheetRows{{}, {}}
	part := []byte(`<sheetData><row r="1"/>` + string(rowsMarker(1)) + `</sheetData>`)
	before, after, _, ok, err := expandRows(part, rows)
	if err != nil || !ok || string(before) != `<sheetData><row r="1"/>` || string(after) != `</sheetData>` {
		t.Errorf("expandRows = %q, %q, %v, %v", before, after, ok, err)
	}
	if _, _, _, ok, err := expandRows([]byte(`<sheetData></sheetData>`), rows); ok || err != nil {
		t.Errorf("a worksheet without a placeholder: ok %v, err %v", ok, err)
	}
	if _, _, _, _, err := expandRows(rowsMarker(2), rows); err == nil {
		t.Error("placeholder 2 of 2 rows: no error")
	}
}

func TestAppendColumnName(t *testing.T) {
	for col := 1; col <= 3*26*26; col++ {
		want, _ := excelize.ColumnNumberToName(col)
		if got := string(appendColumnName(nil, col)); got != want {
			t.Fatalf("column %d = %q, want %q", col, got, want)
		}
	}
}

// TestXLSXRowsPanic: a panic while rows are written (a bug reading a
// value) reaches the goroutine that writes the workbook, where
// WriteFormats turns it into an error, instead of ending the process.
func TestXLSXRowsPanic(t *testing.T) {
	cols := []Column{{Name: "bad", Type: String, value: func(_ *pipeline.Dataset, i int) Value {
		if i == 3000 {
			panic("bad value")
		}
		return Value{Str: "a value long enough to fill several pieces of rows"}
	}}}
	defer func() {
		if r := recover(); r != "bad value" {
			t.Errorf("recovered %v, want the panic of the value", r)
		}
	}()
	sr := sheetRows{t: Table{Columns: cols}, lo: 0, hi: 10000}
	sr.writeTo(io.Discard)
	t.Error("no panic")
}
