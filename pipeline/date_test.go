package pipeline

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		want      string
		precision Precision
		earliest  string
		latest    string
		approx    bool
		wantErr   bool
	}{
		{in: "19 August 2003", want: "2003-08-19", precision: PrecisionDay, earliest: "2003-08-19", latest: "2003-08-19"},
		{in: "August 19, 2003", want: "2003-08-19", precision: PrecisionDay, earliest: "2003-08-19", latest: "2003-08-19"},
		{in: "September 1949", want: "1949-09", precision: PrecisionMonth, earliest: "1949-09-01", latest: "1949-09-30"},
		{in: "15.06.1994", want: "1994-06-15", precision: PrecisionDay, earliest: "1994-06-15", latest: "1994-06-15"},
		{in: "1.2.1990", want: "1990-02-01", precision: PrecisionDay, earliest: "1990-02-01", latest: "1990-02-01"},
		{in: "31.12.1999", want: "1999-12-31", precision: PrecisionDay, earliest: "1999-12-31", latest: "1999-12-31"},
		{in: "12.31.1999", wantErr: true}, // not day first: no such month
		{in: "01/02/1990", wantErr: true}, // day or month first: not certain
		{in: "01-02-1990", wantErr: true},
		{in: "Sept. 1949", want: "1949-09", precision: PrecisionMonth, earliest: "1949-09-01", latest: "1949-09-30"},
		{in: "Sep 1949", want: "1949-09", precision: PrecisionMonth, earliest: "1949-09-01", latest: "1949-09-30"},
		{in: "february 2024", want: "2024-02", precision: PrecisionMonth, earliest: "2024-02-01", latest: "2024-02-29"},
		{in: "1949", want: "1949", precision: PrecisionYear, earliest: "1949-01-01", latest: "1949-12-31"},
		{in: "2003-08-19", want: "2003-08-19", precision: PrecisionDay, earliest: "2003-08-19", latest: "2003-08-19"},
		{in: "2003-08", want: "2003-08", precision: PrecisionMonth, earliest: "2003-08-01", latest: "2003-08-31"},
		{in: "1952.12", want: "1952-12", precision: PrecisionMonth, earliest: "1952-12-01", latest: "1952-12-31"},
		{in: "10.1949", want: "1949-10", precision: PrecisionMonth, earliest: "1949-10-01", latest: "1949-10-31"},
		{in: "3/2007", want: "2007-03", precision: PrecisionMonth, earliest: "2007-03-01", latest: "2007-03-31"},
		{in: "13.1949", wantErr: true},
		{in: "2nd of June 1990", want: "1990-06-02", precision: PrecisionDay, earliest: "1990-06-02", latest: "1990-06-02"},
		{in: "June of 1990", want: "1990-06", precision: PrecisionMonth, earliest: "1990-06-01", latest: "1990-06-30"},
		{in: "of 1990", wantErr: true},
		{in: "March 872", want: "0872-03", precision: PrecisionMonth, earliest: "0872-03-01", latest: "0872-03-31"},
		{in: "13 March 872", want: "0872-03-13", precision: PrecisionDay, earliest: "0872-03-13", latest: "0872-03-13"},
		{in: "872 AD", want: "0872", precision: PrecisionYear, earliest: "0872-01-01", latest: "0872-12-31"},
		{in: "AD 79", want: "0079", precision: PrecisionYear, earliest: "0079-01-01", latest: "0079-12-31"},
		{in: "872", wantErr: true}, // a bare number of three digits is no year alone
		{in: "March 12", wantErr: true},
		// Years before the common era, numbered as ISO 8601 does: 1 BC is
		// 0000, 221 BC -0220.
		{in: "221 BC", want: "-0220", precision: PrecisionYear, earliest: "-0220-01-01", latest: "-0220-12-31"},
		{in: "221 BCE", want: "-0220", precision: PrecisionYear, earliest: "-0220-01-01", latest: "-0220-12-31"},
		{in: "44 B.C.", want: "-0043", precision: PrecisionYear, earliest: "-0043-01-01", latest: "-0043-12-31"},
		{in: "15 March 44 BC", want: "-0043-03-15", precision: PrecisionDay, earliest: "-0043-03-15", latest: "-0043-03-15"},
		{in: "29 February 45 BC", want: "-0044-02-29", precision: PrecisionDay, earliest: "-0044-02-29", latest: "-0044-02-29"}, // a leap year
		{in: "29 February 44 BC", wantErr: true},
		{in: "1 BC", want: "0000", precision: PrecisionYear, earliest: "0000-01-01", latest: "0000-12-31"},
		{in: "c. 3100 BC", want: "-3099", precision: PrecisionYear, earliest: "-3099-01-01", latest: "-3099-12-31", approx: true},
		{in: "A.D. 79", want: "0079", precision: PrecisionYear, earliest: "0079-01-01", latest: "0079-12-31"},
		{in: "-0220", want: "-0220", precision: PrecisionYear, earliest: "-0220-01-01", latest: "-0220-12-31"},
		{in: "-0043-03-15", want: "-0043-03-15", precision: PrecisionDay, earliest: "-0043-03-15", latest: "-0043-03-15"},
		{in: "0000", want: "0000", precision: PrecisionYear, earliest: "0000-01-01", latest: "0000-12-31"},
		{in: "0000-02", want: "0000-02", precision: PrecisionMonth, earliest: "0000-02-01", latest: "0000-02-29"},
		// The age an infobox renders after a date.
		{in: "27 September 1954; 72 years ago", want: "1954-09-27", precision: PrecisionDay, earliest: "1954-09-27", latest: "1954-09-27"},
		{in: "14 March 2013 (13 years ago)", want: "2013-03-14", precision: PrecisionDay, earliest: "2013-03-14", latest: "2013-03-14"},
		{in: "1 October 1949, 77 years, 2 months ago", want: "1949-10-01", precision: PrecisionDay, earliest: "1949-10-01", latest: "1949-10-01"},
		{in: "72 years ago", wantErr: true},
		// A date the source is not sure of.
		{in: "1950?", want: "1950", precision: PrecisionYear, earliest: "1950-01-01", latest: "1950-12-31", approx: true},
		{in: "March 1950 ?", want: "1950-03", precision: PrecisionMonth, earliest: "1950-03-01", latest: "1950-03-31", approx: true},
		{in: "?", wantErr: true},
		{in: "0 BC", wantErr: true},
		{in: "-0000", wantErr: true},
		{in: "0000-13", wantErr: true},
		{in: "2003.03", want: "2003-03", precision: PrecisionMonth, earliest: "2003-03-01", latest: "2003-03-31"},
		{in: "1st October 1949", want: "1949-10-01", precision: PrecisionDay, earliest: "1949-10-01", latest: "1949-10-01"},
		{in: "1949年10月1日", want: "1949-10-01", precision: PrecisionDay, earliest: "1949-10-01", latest: "1949-10-01"},
		{in: "1959년 4월 23일", want: "1959-04-23", precision: PrecisionDay, earliest: "1959-04-23", latest: "1959-04-23"},
		{in: "1971년 4월", want: "1971-04", precision: PrecisionMonth, earliest: "1971-04-01", latest: "1971-04-30"},
		{in: "1949年", want: "1949", precision: PrecisionYear, earliest: "1949-01-01", latest: "1949-12-31"},
		{in: "c. 1950", want: "1950", precision: PrecisionYear, earliest: "1950-01-01", latest: "1950-12-31", approx: true},
		{in: "circa 1950", want: "1950", precision: PrecisionYear, earliest: "1950-01-01", latest: "1950-12-31", approx: true},
		{in: "19/08/2003", want: "2003-08-19", precision: PrecisionDay, earliest: "2003-08-19", latest: "2003-08-19"},
		{in: "08/19/2003", want: "2003-08-19", precision: PrecisionDay, earliest: "2003-08-19", latest: "2003-08-19"},
		{in: "05/05/2003", want: "2003-05-05", precision: PrecisionDay, earliest: "2003-05-05", latest: "2003-05-05"},
		{in: "01/10/1949", wantErr: true},
		{in: "early 1901", want: "1901", precision: PrecisionYear, earliest: "1901-01-01", latest: "1901-12-31", approx: true},
		{in: "Summer of 2000", want: "2000", precision: PrecisionYear, earliest: "2000-01-01", latest: "2000-12-31", approx: true},
		{in: "mid-1903", want: "1903", precision: PrecisionYear, earliest: "1903-01-01", latest: "1903-12-31", approx: true},
		{in: "late March 1905", want: "1905-03", precision: PrecisionMonth, earliest: "1905-03-01", latest: "1905-03-31", approx: true},
		{in: "Spring 1905", want: "1905", precision: PrecisionYear, earliest: "1905-01-01", latest: "1905-12-31", approx: true},
		{in: "before 1279", want: "1279", precision: PrecisionYear, earliest: "1279-01-01", latest: "1279-12-31", approx: true},
		{in: "after March 1300", want: "1300-03", precision: PrecisionMonth, earliest: "1300-03-01", latest: "1300-03-31", approx: true},
		{in: "≈1990", want: "1990", precision: PrecisionYear, earliest: "1990-01-01", latest: "1990-12-31", approx: true},
		{in: "1991 or 1990", want: "1990", precision: PrecisionYear, earliest: "1990-01-01", latest: "1990-12-31", approx: true},
		{in: "May or June 1990", want: "1990-05", precision: PrecisionMonth, earliest: "1990-05-01", latest: "1990-05-31", approx: true},
		{in: "1990 or 1991 or 1992", wantErr: true},
		{in: "Monday, 3 March 1990", want: "1990-03-03", precision: PrecisionDay, earliest: "1990-03-03", latest: "1990-03-03"},
		{in: "Sun 5 June 1994", want: "1994-06-05", precision: PrecisionDay, earliest: "1994-06-05", latest: "1994-06-05"},
		{in: "end of June 1994", want: "1994-06", precision: PrecisionMonth, earliest: "1994-06-01", latest: "1994-06-30", approx: true},
		{in: "beginning of 1990", want: "1990", precision: PrecisionYear, earliest: "1990-01-01", latest: "1990-12-31", approx: true},
		{in: "Monday", wantErr: true},
		{in: "Sunday school 1990", wantErr: true},
		{in: "2001/02", wantErr: true}, // a year running into the next: a range (ParseTenure)
		{in: "1920s", want: "1920", precision: PrecisionYear, earliest: "1920-01-01", latest: "1920-12-31", approx: true},
		{in: "12 March [O.S. 1 March] 1917", want: "1917-03-12", precision: PrecisionDay, earliest: "1917-03-12", latest: "1917-03-12"},
		{in: "7 November 1917 (N.S.)", want: "1917-11-07", precision: PrecisionDay, earliest: "1917-11-07", latest: "1917-11-07"},
		{in: "1925s", wantErr: true},
		{in: "  31 December 2024 ", want: "2024-12-31", precision: PrecisionDay, earliest: "2024-12-31", latest: "2024-12-31"},
		{in: "", wantErr: true},
		{in: "Incumbent", wantErr: true},
		{in: "present", wantErr: true},
		{in: "30 February 2001", wantErr: true},
		{in: "2001-13", wantErr: true},
		{in: "13", wantErr: true},
		{in: "99999", wantErr: true},
		{in: "Smarch 1949", wantErr: true},
		{in: "1977-1979", wantErr: true},
		{in: "19 August 2003 19 August 2003", wantErr: true},
		{in: "Script error: No such module", wantErr: true},
		{in: "<script>1949</script>", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want an error", tt.in, d)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if got := d.String(); got != tt.want {
				t.Errorf("ParseDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if d.Precision != tt.precision {
				t.Errorf("precision = %v, want %v", d.Precision, tt.precision)
			}
			if got := d.Earliest().Format("2006-01-02"); got != tt.earliest {
				t.Errorf("earliest = %s, want %s", got, tt.earliest)
			}
			if got := d.Latest().Format("2006-01-02"); got != tt.latest {
				t.Errorf("latest = %s, want %s", got, tt.latest)
			}
			if d.Approximate != tt.approx {
				t.Errorf("approximate = %v, want %v", d.Approximate, tt.approx)
			}
		})
	}
}

func TestParseTenure(t *testing.T) {
	tests := []struct {
		in                 string
		start, end         string
		open, single, fail bool
		event              string // how the term ended, before the end's date
		blank              bool   // the end left blank after the dash
	}{
		{in: "1949–1954", start: "1949", end: "1954"},
		// A dash a rendering lost: "19871990", "2015present"; a date
		// written without separators is no range.
		{in: "19871990", start: "1987", end: "1990"},
		{in: "2015present", start: "2015", open: true},
		{in: "2015incumbent", start: "2015", open: true},
		{in: "2015presently", fail: true},
		{in: "1949—1954", start: "1949", end: "1954"},
		{in: "1977-1979", start: "1977", end: "1979"},
		{in: "1949年10月－1952年11月", start: "1949-10", end: "1952-11"}, // a full-width hyphen
		{in: "1949年〜1952年", start: "1949", end: "1952"},
		{in: "2014 – 2016", start: "2014", end: "2016"},
		{in: "March 2007 – present", start: "2007-03", open: true},
		{in: "2021–", start: "2021", open: true, blank: true},
		{in: "since 2020", start: "2020", open: true},
		{in: "from March 2007", start: "2007-03", open: true},
		{in: "Nov 13, 1871 - Oct 29, 1880", start: "1871-11-13", end: "1880-10-29"},
		{in: "June 13, 1924 - Sept 28, 1926", start: "1924-06-13", end: "1926-09-28"},
		{in: "2017–incumbent", start: "2017", open: true},
		{in: "2010-Incumbent", start: "2010", open: true},
		{in: "2014 – till date", start: "2014", open: true},
		{in: "2014 – date", start: "2014", open: true},
		{in: "2014 – still in office", start: "2014", open: true},
		{in: "2014 – currently serving", start: "2014", open: true},
		// An open end in the language of a page the list was copied from.
		{in: "2018 - sekarang", start: "2018", open: true},
		{in: "2019–presente", start: "2019", open: true},
		{in: "2020 – in carica", start: "2020", open: true},
		{in: "2021 – heute", start: "2021", open: true},
		{in: "2003 -", start: "2003", open: true, blank: true},
		{in: "2003-", start: "2003", open: true, blank: true},
		{in: "until 1994", end: "1994"},
		{in: "1990 – died 1994", start: "1990", end: "1994", event: "died"},
		{in: "1950? – 1955?", start: "1950", end: "1955"},
		{in: "1990 – ?", start: "1990"},
		{in: "246–208 BC", start: "-0245", end: "-0207"},
		{in: "202 BC – 195 BC", start: "-0201", end: "-0194"},
		{in: "c. 250 – 237 B.C.", start: "-0249", end: "-0236"},
		{in: "8 BC – AD 23", start: "-0007", end: "0023"},
		{in: "141 BCE – 87 BCE", start: "-0140", end: "-0086"},
		{in: "25–57 AD", start: "0025", end: "0057"},
		{in: "1990 – d. 1994", start: "1990", end: "1994", event: "died"},
		{in: "1954 – † 1960", start: "1954", end: "1960", event: "died"},
		{in: "1954 – †4 March 1960", start: "1954", end: "1960-03-04", event: "died"},
		{in: "1990 – resigned 3 May 1994", start: "1990", end: "1994-05-03", event: "resigned"},
		{in: "1990 – until 1994", start: "1990", end: "1994"},
		{in: "resigned 3 May 1994", fail: true}, // a note, not a tenure
		{in: "8 July 1998 – since", start: "1998-07-08", open: true},
		{in: "1952.12–1965", start: "1952-12", end: "1965"},
		{in: "10.1949–11.1952", start: "1949-10", end: "1952-11"},
		{in: "2 March – 5 June 1990", start: "1990-03-02", end: "1990-06-05"},
		{in: "March 2 – June 5, 1990", start: "1990-03-02", end: "1990-06-05"},
		{in: "April 1-30, 1949", start: "1949-04-01", end: "1949-04-30"}, // the end in the start's month
		{in: "Apr. 1–30 1949", start: "1949-04-01", end: "1949-04-30"},
		{in: "1–5 June 1990", start: "1990-06-01", end: "1990-06-05"},
		{in: "12 December – 3 January 1991", start: "1990-12-12", end: "1991-01-03"},
		{in: "Jan–Feb 1990", start: "1990-01", end: "1990-02"},
		{in: "March – 1990", fail: true}, // the end gives only a year: March of which?
		{in: "5 – 1990", fail: true},
		{in: "872–932", start: "0872", end: "0932"},
		{in: "c. 990 – 1012", start: "0990", end: "1012"},
		{in: "960–1127", fail: true}, // more than a century: no term
		{in: "872 – 932 AD", start: "0872", end: "0932"},
		{in: "March 872 – 13 June 880", start: "0872-03", end: "0880-06-13"},
		{in: "2003.03-2006", start: "2003-03", end: "2006"},
		{in: "January 2006 – 2010", start: "2006-01", end: "2010"},
		{in: "19 August 2003 – 26 March 2007", start: "2003-08-19", end: "2007-03-26"},
		{in: "2003-08-19 - 2007-03-26", start: "2003-08-19", end: "2007-03-26"},
		{in: "1949 to 1954", start: "1949", end: "1954"},
		{in: "1 April 1937 to19 September 1938", start: "1937-04-01", end: "1938-09-19"},
		{in: "1990–94", start: "1990", end: "1994"},
		{in: "1952–8", start: "1952", end: "1958"}, // an end of one digit, in the start's decade
		{in: "1958–2", fail: true},
		{in: "from 1990 to 1994", start: "1990", end: "1994"},
		{in: "From March 1990 until May 1994", start: "1990-03", end: "1994-05"},
		{in: "1990 – ?", start: "1990"},
		{in: "? – 1994", end: "1994"},
		{in: "? – ?", fail: true},
		{in: "1990 – unknown", start: "1990"},
		{in: "2021 to date", start: "2021", open: true},
		{in: "2021年10月至今", start: "2021-10", open: true},
		{in: "2021.10—今", start: "2021-10", open: true},
		{in: "2021年10月 – 現任", start: "2021-10", open: true},
		{in: "2019年4月23日 – 現職", start: "2019-04-23", open: true},
		{in: "2018년 7월 1일 – 현직", start: "2018-07-01", open: true},
		{in: "1949年10月至1952年11月", start: "1949-10", end: "1952-11"},
		{in: "1949.10～1952.11", start: "1949-10", end: "1952-11"},
		{in: "March 1990 till now", start: "1990-03", open: true},
		{in: "1990 to 1994", start: "1990", end: "1994"},
		{in: "Unknown – 1994", end: "1994"},
		{in: "not known–1994", end: "1994"},
		{in: "unknown – unknown", fail: true},
		// A line break between the two dates, flattened to a space.
		{in: "3 March 1990 5 June 1994", start: "1990-03-03", end: "1994-06-05"},
		{in: "1990 1994", start: "1990", end: "1994"},
		{in: "7 July 1998 Incumbent", start: "1998-07-07", open: true},
		{in: "1994 1990", fail: true},           // the end before the start
		{in: "1990 1994 1998", fail: true},      // three years: election years, not a range
		{in: "3 March 1990 5 June", fail: true}, // no year at the end
		// The start lost: the date is the end.
		{in: "– November 23, 1903", end: "1903-11-23"},
		{in: "- November 23, 1903", end: "1903-11-23"},
		// A mirror that lost the line break and the space between them.
		{in: "15 February 1921July 1922", start: "1921-02-15", end: "1922-07"},
		{in: "December 19228 February 1923", start: "1922-12", end: "1923-02-08"},
		{in: "October 1949October 1951", start: "1949-10", end: "1951-10"},
		{in: "July 1922June 1921", fail: true}, // the end before the start
		// A mayoral or academic year runs into the next.
		{in: "1985/86", start: "1985", end: "1986"},
		{in: "1999/2000", start: "1999", end: "2000"},
		{in: "1999/00", start: "1999", end: "2000"},
		{in: "2001/02", start: "2001", end: "2002"},
		{in: "2001/05", start: "2001-05", end: "2001-05", single: true}, // not a year running into the next
		// Such a year at one end of a range: the term began or ended in it.
		{in: "2007/08 – 2010", start: "2007", end: "2010"},
		{in: "1995 – 2007/08", start: "1995", end: "2008"},
		{in: "1990 onwards", start: "1990", open: true},
		{in: "1990 – to the present", start: "1990", open: true},
		{in: "1990 – present day", start: "1990", open: true},
		{in: "1990 to this day", start: "1990", open: true},
		{in: "1990 through 1994", start: "1990", end: "1994"},
		{in: "January 1990 thru March 1994", start: "1990-01", end: "1994-03"},
		{in: "1990 up to 1994", start: "1990", end: "1994"},
		{in: "before 1279 – 1285", start: "1279", end: "1285"},
		{in: "after 1300 – by 1310", start: "1300", end: "1310"},
		{in: "≈1990 – 1994", start: "1990", end: "1994"},
		{in: "1990 or 1991 – 1994", start: "1990", end: "1994"},
		{in: "1990 – 1994 or 1995", start: "1990", end: "1995"},
		{in: "May or June 1990 – 1994", start: "1990-05", end: "1994"},
		{in: " or 1990", fail: true},
		{in: "1990 – TBD", start: "1990"},
		{in: "2024 – TBA", start: "2024"},
		// How the term ended, as its end: in brackets or not, with a
		// date or without one. None of these is an open term.
		{in: "1990 – died in office", start: "1990", event: "died in office"},
		{in: "1990 – (died in office)", start: "1990", event: "died in office"},
		{in: "1990 – (assassinated)", start: "1990", event: "assassinated"},
		{in: "1990 – (resigned 1994)", start: "1990", end: "1994", event: "resigned"},
		{in: "1990 – (1994)", start: "1990", end: "1994"},
		{in: "1990 – (acting)", fail: true},
		{in: "2001–09", start: "2001", end: "2009"},
		{in: "1998–03", start: "1998", end: "2003"},
		{in: "1918-19", start: "1918", end: "1919"},
		{in: "1990–1994", start: "1990", end: "1994"},
		{in: "March 1990–94", fail: true},          // two digits end only a year
		{in: "1990–9", start: "1990", end: "1999"}, // one digit: later in the start's decade
		{in: "1999–9", fail: true},
		{in: "1952", start: "1952", end: "1952", single: true},
		{in: "2003-08-19", start: "2003-08-19", end: "2003-08-19", single: true},
		{in: "–1954", end: "1954"},
		{in: "", fail: true},
		{in: "–", fail: true},
		{in: "member since 2014", fail: true},
		{in: "1949–Smarch", fail: true},
		{in: "932–872", fail: true}, // three digits are years only in order
		{in: "12–15", fail: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseTenure(tt.in)
			if tt.fail {
				if err == nil {
					t.Fatalf("ParseTenure(%q) = %+v, want an error", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseTenure(%q): %v", tt.in, err)
			}
			if got.Start.String() != tt.start || got.End.String() != tt.end || got.Open != tt.open || got.Single != tt.single || got.EndEvent != tt.event || got.EndBlank != tt.blank {
				t.Errorf("ParseTenure(%q) = start %q end %q open %v single %v event %q blank %v; want %q %q %v %v %q %v",
					tt.in, got.Start, got.End, got.Open, got.Single, got.EndEvent, got.EndBlank, tt.start, tt.end, tt.open, tt.single, tt.event, tt.blank)
			}
		})
	}
}

func TestDateHuman(t *testing.T) {
	for in, want := range map[string]string{"19 August 2003": "19 August 2003", "September 1949": "September 1949",
		"1949": "1949", "13 March 872": "13 March 872", "872 AD": "872", "221 BC": "221 BC", "15 March 44 B.C.": "15 March 44 BC",
		"1 BC": "1 BC", "-0249": "250 BC"} {
		d, err := ParseDate(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Human(); got != want {
			t.Errorf("ParseDate(%q).Human() = %q, want %q", in, got, want)
		}
	}
	if got := (Date{}).Human(); got != "unknown" {
		t.Errorf("absent date: %q", got)
	}
}

func TestDateComparisons(t *testing.T) {
	mustDate := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	if !mustDate("December 2022").Overlaps(mustDate("8 December 2022")) {
		t.Error("December 2022 should overlap 8 December 2022")
	}
	if mustDate("1954").Overlaps(mustDate("1956")) {
		t.Error("1954 should not overlap 1956")
	}
	if mustDate("9 December 2022").EqualAtSharedPrecision(mustDate("8 December 2022")) {
		t.Error("9 and 8 December 2022 are different days")
	}
	if !mustDate("18 October 2021").EqualAtSharedPrecision(mustDate("October 2021")) {
		t.Error("18 October 2021 agrees with October 2021 at month precision")
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"19 August 2003", "August 19, 2003", "Sept. 1949", "1949", "2003-08-19", "c. 1950", "1952.12", "1949年10月1日", "1959년 4월 23일", "31st Dec 1999", "13 March 872", "AD 79", "10.1949", "221 BC", "15 March 44 B.C.", "-0043-03-15", "0000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		// A parsed date prints as ISO text that parses back to itself.
		iso := d.String()
		back, err := ParseDate(iso)
		if err != nil || back.String() != iso || back.Precision != d.Precision {
			t.Fatalf("ParseDate(%q) = %q, which reads back as %q (%v)", s, iso, back, err)
		}
		if d.Latest().Before(d.Earliest()) {
			t.Fatalf("%q: latest %v before earliest %v", s, d.Latest(), d.Earliest())
		}
	})
}

func FuzzParseTenure(f *testing.F) {
	for _, s := range []string{"1949–1954", "March 2007 – present", "2021–", "2010-Incumbent", "2003.03-2006", "1952", "1998–03", "2001-09", "c. 872 – c. 932", "960–1127 AD", "1949年－1952年", "246–208 BC", "8 BC – AD 23", "1st term: 1995–1998; 2nd term: 1998–2002", "Term 2:", "first term:2001–", "15 February 1921July 1922", "December 19228 February 1923", "2015present", "19871990"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tn, err := ParseTenure(s)
		if err != nil {
			return
		}
		if tn.Start.IsZero() && tn.End.IsZero() && !tn.Open {
			t.Fatalf("ParseTenure(%q) returned nothing without an error", s)
		}
		if tn.Open && !tn.End.IsZero() {
			t.Fatalf("ParseTenure(%q): open with an end", s)
		}
		_ = strings.ToValidUTF8(s, "")
	})
}

// TestDaysMatchesTime: day numbers computed by arithmetic are those the
// time package gives, at every precision, for years BC to far ahead.
func TestDaysMatchesTime(t *testing.T) {
	if _, _, ok := (Date{}).DayNumbers(); ok {
		t.Error("the absent date has day numbers")
	}
	for y := -500; y <= 3000; y += 7 {
		for m := 1; m <= 12; m++ {
			for _, d := range []Date{
				{Year: int16(y), Precision: PrecisionYear},
				{Year: int16(y), Month: uint8(m), Precision: PrecisionMonth},
				{Year: int16(y), Month: uint8(m), Day: uint8(1 + (y*7+m)%28), Precision: PrecisionDay},
			} {
				lo, hi, ok := d.DayNumbers()
				if !ok {
					t.Fatalf("%+v: no day numbers", d)
				}
				if wlo, whi := civilDays(d.Earliest()), civilDays(d.Latest()); lo != wlo || hi != whi {
					t.Fatalf("%+v: days %d..%d, want %d..%d", d, lo, hi, wlo, whi)
				}
			}
		}
	}
}

// TestDaysIn: the month lengths makeDate checks days against are the
// time package's.
func TestDaysIn(t *testing.T) {
	for y := 1; y <= 2999; y++ {
		for m := 1; m <= 12; m++ {
			if got, want := daysIn(y, m), time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}

func TestDatedEvent(t *testing.T) {
	for _, tt := range []struct {
		in, date, event string
		ok              bool
	}{
		{"died 4 March 1960", "4 March 1960", "died", true},
		{"Assassinated 22 November 1963", "22 November 1963", "Assassinated", true},
		{"Died in office 1960", "1960", "Died in office", true},
		{"d. 1990", "1990", "died", true},
		{"until 1970", "1970", "", true},
		{"from March 1970", "March 1970", "", true},
		{"In office since 2 May 2018", "2 May 2018", "", true},
		{"Assumed office 1 July 2019", "1 July 2019", "", true},
		{"1970", "", "", false},
		{"Died in office", "", "", false},
		{"Elected 1970", "", "", false}, // not how a term ended
		{"died 4 March", "", "", false}, // no year: no date
		{"Ann Lee 1970", "", "", false},
		// How an envoy's mission ended, before a comma.
		{"Left post, May 4, 1954", "May 4, 1954", "Left post", true},
		{"Superseded, July 1, 1958", "July 1, 1958", "Superseded", true},
		{"Presentation of recall, 3 June 1960", "3 June 1960", "Presentation of recall", true},
		{"Ann Lee, 1970", "", "", false},
		{"Left post,May 4, 1954", "", "", false},
	} {
		date, event, ok := datedEvent(tt.in)
		if date != tt.date || event != tt.event || ok != tt.ok {
			t.Errorf("datedEvent(%q) = %q, %q, %v; want %q, %q, %v", tt.in, date, event, ok, tt.date, tt.event, tt.ok)
		}
	}
}

// TestMonthNumber: every English month name, its three-letter
// abbreviation and "sept" name their month; other words none.
func TestMonthNumber(t *testing.T) {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		for _, s := range []string{name, name[:3]} {
			if got, ok := monthNumber(s); !ok || got != uint8(m) {
				t.Errorf("monthNumber(%q) = %d, %v; want %d", s, got, ok, m)
			}
		}
	}
	if got, ok := monthNumber("sept"); !ok || got != 9 {
		t.Errorf("monthNumber(%q) = %d, %v; want 9", "sept", got, ok)
	}
	for _, s := range []string{"", "mai", "janu", "of", "ad", "September"} {
		if _, ok := monthNumber(s); ok {
			t.Errorf("monthNumber(%q) names a month", s)
		}
	}
}

// FuzzDatedParts: a value read as several dates gives each as a date
// that prints as ISO text and reads back; none of them is zero.
func FuzzDatedParts(f *testing.F) {
	for _, s := range []string{"8 October 1928 (original) 17 May 1948 (1947 Constitution)", "1 May 1950 (a) (b) 2 June 1951", "(x) 1950", "1950 ) 1951 (", ")(", "November 1912 21 July 1992", "Ann Lee (1912) Bob Ray (1992)", "A as Governor of X, , B as Governor of Y; C as Mayor", "Secretary:, 12 July 1918, * First Secretary:, March 20, 1925 – 1934", "a: : b:, 1918"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, h := range datedHolders(s) {
			if !hasLetter(h) {
				t.Fatalf("datedHolders(%q) gave %q, no name", s, h)
			}
		}
		for _, h := range holdersAs(s) {
			if !hasLetter(h) || strings.Contains(h, " as ") {
				t.Fatalf("holdersAs(%q) gave %q", s, h)
			}
		}
		for _, d := range append(datedParts(s), stagedDates(s)...) {
			if d.IsZero() {
				t.Fatalf("datedParts(%q) gave a zero date", s)
			}
			if _, err := ParseDate(d.String()); err != nil {
				t.Fatalf("datedParts(%q) gave %q, which does not read back: %v", s, d, err)
			}
		}
	})
}

func TestCutTermLabel(t *testing.T) {
	for _, c := range []struct{ in, label, rest string }{
		{"1st term: 1995–1998", "1st term", "1995–1998"},
		{"Second term: 2006 – present", "Second term", "2006 – present"},
		{"Term 2: 2010–2014", "Term 2", "2010–2014"},
		{"Acting: 2010–2014", "", "Acting: 2010–2014"},
		{"Term of office: 2010–2014", "", "Term of office: 2010–2014"},
		{"1995–1998", "", "1995–1998"},
	} {
		label, rest, ok := cutTermLabel(c.in)
		if label != c.label || rest != c.rest || ok != (c.label != "") {
			t.Errorf("cutTermLabel(%q) = %q, %q, %v; want %q, %q", c.in, label, rest, ok, c.label, c.rest)
		}
	}
}

func TestIsOpenEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"Incumbent": true, "present": true, "Till date": true, "To date": true, "Ongoing": true, "Continuing": true,
		"至今": true, "현직": true, "presente": true,
		"1 May 2020": false, "Ann Lee": false, "Continued": false, "": false,
	} {
		if got := IsOpenEnd(s); got != want {
			t.Errorf("IsOpenEnd(%q) = %v, want %v", s, got, want)
		}
	}
	if tn, err := ParseTenure("2 June 2005 – continuing"); err != nil || !tn.Open {
		t.Errorf("ParseTenure(2 June 2005 – continuing) = %+v, %v; want an open term", tn, err)
	}
}

func TestIsEndEvent(t *testing.T) {
	for s, want := range map[string]bool{
		"Died in office": true, "Resigned": true, "Deceased": true, "deceased in office": true, "Office abolished": true,
		"Incumbent": false, "1 May 2020": false, "Ann Lee": false,
	} {
		if got := IsEndEvent(s); got != want {
			t.Errorf("IsEndEvent(%q) = %v, want %v", s, got, want)
		}
	}
}
