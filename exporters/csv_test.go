package exporters

import (
	"bytes"
	"encoding/csv"
	"testing"
	"time"

	"tenure/pipeline"
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

// TestCivilFromDays: the date of a day number is the one the time package
// gives, and appendISODayNumber writes what appendISODay writes, from
// years BC to far ahead.
func TestCivilFromDays(t *testing.T) {
	for n := -1_000_000; n <= 3_000_000; n += 37 {
		tm := time.Unix(int64(n)*86400, 0).UTC()
		y, m, d := civilFromDays(n)
		if wy, wm, wd := tm.Date(); y != wy || m != int(wm) || d != wd {
			t.Fatalf("day %d: %d-%d-%d, want %v", n, y, m, d, tm)
		}
		if got, want := string(appendISODayNumber(nil, n)), string(appendISODay(nil, tm)); got != want {
			t.Fatalf("day %d: %q, want %q", n, got, want)
		}
	}
}

// TestDatePartsAsValues: every column of every date group written
// straight from the date (CSV and Parquet do) gives the text its Value
// gives, for absent dates and dates at every precision, leap days and
// month ends.
func TestDatePartsAsValues(t *testing.T) {
	var dates []pipeline.Date
	for _, y := range []int16{-3099, -249, 0, 1, 999, 1899, 1900, 1949, 2000, 2024, 9999} {
		dates = append(dates, pipeline.Date{Year: y, Precision: pipeline.PrecisionYear})
		for m := uint8(1); m <= 12; m++ {
			dates = append(dates, pipeline.Date{Year: y, Month: m, Precision: pipeline.PrecisionMonth},
				pipeline.Date{Year: y, Month: m, Day: 28 + m%2, Precision: pipeline.PrecisionDay, Approximate: m == 3})
		}
	}
	dates = append(dates, pipeline.Date{}, pipeline.Date{Year: 2024, Month: 2, Day: 29, Precision: pipeline.PrecisionDay})
	ds := &pipeline.Dataset{}
	for _, d := range dates {
		ds.Terms = append(ds.Terms, pipeline.Term{Start: d, End: d})
		ds.Persons = append(ds.Persons, pipeline.Person{Birth: d})
		ds.Offices = append(ds.Offices, pipeline.Office{Formation: d, IncumbentSince: d})
		ds.CurrentHolders = append(ds.CurrentHolders, pipeline.CurrentHolder{Since: d})
	}
	groups := 0
	for _, tb := range Tables {
		for _, c := range tb.Columns {
			if c.date == nil {
				continue
			}
			groups++
			var pq columnValues
			pq.fill(c, ds, 0, tb.Len(ds), true)
			for i := range tb.Len(ds) {
				want := formatText(c.Value(ds, i), c.Type, nil)
				if got := string(appendDatePart(nil, c.date(ds, i), c.part)); got != want {
					t.Errorf("%s.%s row %d: CSV %q, want %q", tb.Name, c.Name, i, got, want)
				}
				var got string
				switch {
				case pq.valid[i>>3]&(1<<(i&7)) == 0:
				case c.Type == Day:
					got = formatText(Value{Day: time.Unix(int64(pq.ints[i])*86400, 0).UTC()}, Day, nil)
				default:
					got = string(pq.strs[i])
				}
				if got != want {
					t.Errorf("%s.%s row %d: Parquet %q, want %q", tb.Name, c.Name, i, got, want)
				}
			}
		}
	}
	if groups != 4*8 {
		t.Errorf("%d columns of date groups, want 32", groups)
	}
}
