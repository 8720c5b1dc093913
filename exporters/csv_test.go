package exporters

import (
	"bytes"
	"encoding/csv"
	"testing"
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
