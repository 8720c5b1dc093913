package exporters

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"tenure/pipeline"
)

// eraDataset is an office held from 202 BC to AD 57, built from a page
// as a user would export it.
func eraDataset(t *testing.T) *pipeline.Dataset {
	t.Helper()
	doc := "= Emperor of the Han dynasty =\n\n== Emperors ==\n" +
		"- Emperor Gaozu of Han (202 BC – 195 BC)\n" +
		"- Emperor Wu of Han (141–87 BC)\n" +
		"- Emperor Guangwu of Han (25–57 AD)\n"
	ds, err := pipeline.Build(context.Background(), []pipeline.Input{{Path: "han.txt", Data: []byte(doc)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Terms) != 3 {
		t.Fatalf("%d terms, want 3", len(ds.Terms))
	}
	return ds
}

// TestDatesBeforeTheCommonEra: each format writes a year BC as its
// readers expect. CSV and Parquet give ISO 8601's astronomical years
// (-0201 for 202 BC) and their days; the pages write "202 BC"; FtM,
// whose dates start at year 1, leaves them out.
func TestDatesBeforeTheCommonEra(t *testing.T) {
	ds := eraDataset(t)
	dir := writeAll(t, ds, "csv", "parquet")
	rows := readCSV(t, dir+"/terms.csv")
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	got := func(r []string, names ...string) string {
		var out []string
		for _, n := range names {
			out = append(out, r[col[n]])
		}
		return strings.Join(out, " ")
	}
	want := []string{
		"-0201 -0201-01-01 -0201-12-31 -0194 -0194-12-31",
		"-0140 -0140-01-01 -0140-12-31 -0086 -0086-12-31",
		"0025 0025-01-01 0025-12-31 0057 0057-12-31",
	}
	for i, w := range want {
		if g := got(rows[i+1], "start", "start_earliest", "start_latest", "end", "end_latest"); g != w {
			t.Errorf("CSV row %d: %q, want %q", i+1, g, w)
		}
	}
	compareRows(t, "terms.csv", rows[1:], expected(ds, Tables[termsTable(t)])) // CSV as the dataset's values
	_, pqRows, _, _ := readParquet(t, dir+"/terms.parquet")
	for i := range want {
		if g := got(pqRows[i], "start", "start_earliest", "end_latest"); g != got(rows[i+1], "start", "start_earliest", "end_latest") {
			t.Errorf("Parquet row %d: %q, CSV %q", i, g, got(rows[i+1], "start", "start_earliest", "end_latest"))
		}
	}

	// The spreadsheets' CSV keeps them text: Excel would compute "-0201"
	// and "-0201-01-01" as formulas.
	var bomCSV bytes.Buffer
	if err := WriteCSVTable(&bomCSV, ds, Tables[termsTable(t)], true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(bomCSV.String(), ",'-0201,year,'-0201-01-01,'-0201-12-31,'-0194,") {
		t.Errorf("the spreadsheets' CSV writes the years BC as:\n%s", bomCSV.String())
	}

	page := string(renderPage(t, ds))
	for _, s := range []string{`<td class="date">202 BC</td><td class="date">195 BC</td>`, "Emperor Wu of Han: 141 BC to 87 BC", ">200 BC<", ">AD 1<", "from 225 BC to 58;"} {
		if !strings.Contains(page, s) {
			t.Errorf("the office page lacks %q", s)
		}
	}

	var buf bytes.Buffer
	if err := (FTM{}).WriteEntities(context.Background(), &buf, ds); err != nil {
		t.Fatal(err)
	}
	var starts []string
	for _, line := range bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n")) {
		var e ftmJSON
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatal(err)
		}
		if e.Schema == "Occupancy" {
			starts = append(starts, strings.Join(e.Properties["startDate"], ","))
		}
	}
	if strings.Join(starts, " ") != "  0025" {
		t.Errorf("FtM start dates %q, want none before the common era", starts)
	}
}

func termsTable(t *testing.T) int {
	for i, tb := range Tables {
		if tb.Name == "terms" {
			return i
		}
	}
	t.Fatal("no terms table")
	return 0
}
