package exporters

import (
	"bytes"
	"encoding/csv"
	"testing"
	"time"
)

// FuzzCSVField checks that a record of any fields is written as
// encoding/csv's Writer writes it with CRLF line ends, which is what the
// CSV files were written with before tenure wrote them itself.
func FuzzCSVField(f *testing.F) {
	for _, s := range []string{"", "Mao Zedong", "a,b", `say "hi"`, "two\nlines", "cr\r\nlf", "\r", " lead", "\tTab", `\.`, "\u00a0nbsp", "毛泽东", "\xff"} {
		f.Add(s, "x")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var want bytes.Buffer
		cw := csv.NewWriter(&want)
		cw.UseCRLF = true
		if err := cw.Write([]string{a, b, a}); err != nil {
			t.Fatal(err)
		}
		cw.Flush()
		got := appendCSVField(nil, a)
		got = append(got, ',')
		got = appendCSVField(got, b)
		got = append(got, ',')
		got = appendCSVField(got, a)
		got = append(got, "\r\n"...)
		if !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("fields %q, %q:\n got %q\nwant %q", a, b, got, want.Bytes())
		}
	})
}

// TestAppendISODay: the fast day writer writes what time's layout does,
// for years of every width.
func TestAppendISODay(t *testing.T) {
	for _, tm := range []time.Time{
		time.Date(2003, 8, 19, 0, 0, 0, 0, time.UTC), time.Date(872, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(-5, 6, 7, 0, 0, 0, 0, time.UTC), time.Date(12000, 6, 7, 0, 0, 0, 0, time.UTC),
	} {
		if got, want := string(appendISODay(nil, tm)), tm.Format("2006-01-02"); got != want {
			t.Errorf("appendISODay(%v) = %q, want %q", tm, got, want)
		}
	}
}
