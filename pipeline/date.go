package pipeline

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Precision says how much of a date the source wrote down.
type Precision uint8

// The precisions a date can have. PrecisionNone marks an absent date.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
)

// String returns the name used in the exported *_precision columns.
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return ""
}

// Date is a calendar date at the precision its source gave it. The zero
// Date is absent. A Date never invents precision: "September 1949" is
// Year 1949, Month 9, Day 0, Precision month.
type Date struct {
	Year      int16
	Month     uint8 // 0 when the precision is year
	Day       uint8 // 0 unless the precision is day
	Precision Precision
	// Approximate is set for dates written "c. 1950".
	Approximate bool
}

// IsZero reports whether the date is absent.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// String returns the ISO 8601 form at the date's precision: "1949",
// "1949-09" or "2003-08-19"; "" for an absent date.
func (d Date) String() string {
	var b [10]byte
	return string(d.AppendISO(b[:0]))
}

// AppendISO appends the date's String form to b, for writers that build
// their output in a buffer.
func (d Date) AppendISO(b []byte) []byte {
	if d.IsZero() {
		return b
	}
	if d.Year < 0 {
		// ISO 8601's years before the common era: 1 BC is 0000, 250 BC
		// is -0249.
		b = append(b, '-')
		b = appendPadded(b, -int(d.Year), 4)
	} else {
		b = appendPadded(b, int(d.Year), 4)
	}
	if d.Precision >= PrecisionMonth {
		b = append(b, '-')
		b = appendPadded(b, int(d.Month), 2)
	}
	if d.Precision >= PrecisionDay {
		b = append(b, '-')
		b = appendPadded(b, int(d.Day), 2)
	}
	return b
}

func appendPadded(b []byte, v, width int) []byte {
	var tmp [8]byte
	s := strconv.AppendInt(tmp[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// Earliest returns the first real day the date can denote
// (1949-09-01 for "September 1949"). It is the zero time for an absent date.
func (d Date) Earliest() time.Time {
	switch d.Precision {
	case PrecisionYear:
		return time.Date(int(d.Year), 1, 1, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(int(d.Year), time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return time.Date(int(d.Year), time.Month(d.Month), int(d.Day), 0, 0, 0, 0, time.UTC)
	}
	return time.Time{}
}

// Latest returns the last real day the date can denote
// (1949-09-30 for "September 1949").
func (d Date) Latest() time.Time {
	switch d.Precision {
	case PrecisionYear:
		return time.Date(int(d.Year), 12, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(int(d.Year), time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC)
	case PrecisionDay:
		return d.Earliest()
	}
	return time.Time{}
}

// DayNumbers returns the first and last day the date can denote as days
// since 1970-01-01 (negative before it): the days of Earliest and Latest,
// without building a time.Time, for writers of many dates. ok is false
// for an absent date.
func (d Date) DayNumbers() (first, last int, ok bool) {
	if d.IsZero() {
		return 0, 0, false
	}
	first, last = d.days()
	return first, last, true
}

// days returns the bounds as day numbers, cheap to compare.
func (d Date) days() (lo, hi int) {
	y := int(d.Year)
	switch d.Precision {
	case PrecisionYear:
		return daysFromCivil(y, 1, 1), daysFromCivil(y+1, 1, 1) - 1
	case PrecisionMonth:
		lo = daysFromCivil(y, int(d.Month), 1)
		if d.Month == 12 {
			return lo, daysFromCivil(y+1, 1, 1) - 1
		}
		return lo, daysFromCivil(y, int(d.Month)+1, 1) - 1
	case PrecisionDay:
		lo = daysFromCivil(y, int(d.Month), int(d.Day))
		return lo, lo
	}
	return civilDays(d.Earliest()), civilDays(d.Latest())
}

// daysFromCivil is the number of days from 1970-01-01 to the proleptic
// Gregorian date y-m-d (Howard Hinnant's algorithm): what civilDays gives
// for that date, without building a time.Time.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era-- // floor division
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func civilDays(t time.Time) int { return int(t.Unix() / 86400) }

// Overlaps reports whether the two dates can denote the same day.
// An absent date overlaps everything.
func (d Date) Overlaps(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return true
	}
	dlo, dhi := d.days()
	olo, ohi := o.days()
	return dlo <= ohi && olo <= dhi
}

// Truncate returns the date reduced to precision p (never increased).
func (d Date) Truncate(p Precision) Date {
	if p >= d.Precision {
		return d
	}
	d.Precision = p
	if p < PrecisionDay {
		d.Day = 0
	}
	if p < PrecisionMonth {
		d.Month = 0
	}
	return d
}

// Equal reports whether the two dates agree at the precision they share.
func (d Date) EqualAtSharedPrecision(o Date) bool {
	p := min(d.Precision, o.Precision)
	a, b := d.Truncate(p), o.Truncate(p)
	return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day
}

// ErrNotDate is returned by ParseDate for text that is not a date.
var ErrNotDate = errors.New("not a recognised date")

// ErrAmbiguousDate is returned by ParseDate for a date in numbers alone
// whose day and month could each be the other ("03/04/1950"). A document
// whose other numeric dates show their order has them read in it.
var ErrAmbiguousDate = errors.New("day and month cannot be told apart, and no date of the page with a day above 12 shows their order")

// monthNumber returns the number of the month a lower-case month name
// or abbreviation names: "september", "sept" and "sep" are 9. A switch
// rather than a map: it is asked for every word of every date.
func monthNumber(name string) (uint8, bool) {
	switch name {
	case "january", "jan":
		return 1, true
	case "february", "feb":
		return 2, true
	case "march", "mar":
		return 3, true
	case "april", "apr":
		return 4, true
	case "may":
		return 5, true
	case "june", "jun":
		return 6, true
	case "july", "jul":
		return 7, true
	case "august", "aug":
		return 8, true
	case "september", "sep", "sept":
		return 9, true
	case "october", "oct":
		return 10, true
	case "november", "nov":
		return 11, true
	case "december", "dec":
		return 12, true
	}
	return 0, false
}

// dateToken is one number or word of a date.
type dateToken struct {
	num    int // -1 for a word
	digits int // number of digits, for numbers
	month  uint8
}

// ParseDate reads one date written in any of the forms found on
// encyclopedia pages: "19 August 2003", "August 19, 2003", "September 1949",
// "Sept. 1949", "1949", "2003-08-19", "2003-08", "1952.12", "1949年10月1日",
// and approximate forms "c. 1950", "circa 1950" (Approximate set).
func ParseDate(s string) (Date, error) {
	d, err := parseDate(s)
	if err != nil && strings.Contains(s, ".S.") {
		// "12 March [O.S. 1 March] 1917": without the other calendar's
		// date.
		if cut := cutOldStyle(s); cut != s {
			return parseDate(cut)
		}
	}
	if err != nil && strings.IndexByte(s, '.') > 0 {
		// "44 B.C.", "A.D. 79": the era written with dots.
		if w := undotEra(s); w != s {
			return parseDate(w)
		}
	}
	if err != nil && strings.HasSuffix(s, "?") {
		// "1950?": a year the source is not sure of, kept as approximate.
		if rest := strings.TrimRight(s, "? "); rest != "" {
			if d, err := parseDate(rest); err == nil {
				d.Approximate = true
				return d, nil
			}
		}
	}
	if err != nil && len(s) >= len("1 or 2") && strings.IndexByte(s, ' ') > 0 && strings.Contains(s, " or ") {
		// "1990 or 1991": one of two dates, the source does not know
		// which; kept as the earlier, approximate (a range's end keeps
		// the later: see tenureFromParts).
		if a, b, ok := eitherDate(s); ok {
			if b.Earliest().Before(a.Earliest()) {
				a = b
			}
			return a, nil
		}
	}
	if err != nil && (strings.HasSuffix(s, "ago") || strings.HasSuffix(s, "ago)")) {
		// "27 September 1954; 72 years ago": a date with its age, as
		// infoboxes render it.
		if loc := dateAge.FindStringIndex(s); loc != nil && loc[0] > 0 {
			return ParseDate(s[:loc[0]])
		}
	}
	return d, err
}

// dateAge is the age written after a date: "; 72 years ago", " (3 years,
// 2 months ago)", ", 5 days ago".
var dateAge = regexp.MustCompile(`[;,(]?\s*\d+\s+(years?|months?|weeks?|days?)\b[^;]*\bago\)?\s*$`)

// eraOf returns the era a date's text names: "BC" (for "BC", "BCE",
// "B.C."), "AD" (for "AD", "CE", "A.D.") or "" for none.
func eraOf(s string) string {
	if strings.IndexByte(s, '.') >= 0 {
		s = undotEra(s)
	}
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		switch w := s[i:j]; {
		case strings.EqualFold(w, "bc"), strings.EqualFold(w, "bce"):
			return "BC"
		case strings.EqualFold(w, "ad"), strings.EqualFold(w, "ce"):
			return "AD"
		}
		i = j
	}
	return ""
}

// hasEraEnd reports whether s may end with an era ("BC", "BCE", "AD",
// "CE", "B.C."): whether its last letter is a C, D or E.
func hasEraEnd(s string) bool {
	i := len(s) - 1
	for i >= 0 && (s[i] == '.' || s[i] == ' ') {
		i--
	}
	if i < 0 {
		return false
	}
	switch s[i] | 0x20 {
	case 'c', 'd', 'e':
		return true
	}
	return false
}

// undotEra writes the eras "B.C.E.", "B.C.", "C.E." and "A.D." as the
// words "BCE", "BC", "CE" and "AD", in one pass over s.
func undotEra(s string) string { return eraReplacer.Replace(s) }

// eraReplacer rewrites the dotted eras; at each place the longest
// matches first (a Replacer tries its pairs in order).
var eraReplacer = strings.NewReplacer(
	"B.C.E.", "BCE", "B.C.E", "BCE", "B.C.", "BC", "B.C", "BC", "C.E.", "CE", "A.D.", "AD", "A.D", "AD",
	"b.c.e.", "BCE", "b.c.", "BC", "c.e.", "CE", "a.d.", "AD")

// isoBeforeEra reads the ISO 8601 text of a date before the common era,
// as AppendISO writes it: "-0249", "-0249-03", "-0249-03-15", and "0000"
// (1 BC) with its month and day.
func isoBeforeEra(s string) (Date, bool) {
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return Date{}, false
	}
	for i := 0; i < len(s); i++ {
		if (i == 4 || i == 7) != (s[i] == '-') || s[i] != '-' && !isDigit(s[i]) {
			return Date{}, false
		}
	}
	num := func(a, b int) int {
		n := 0
		for _, c := range s[a:b] {
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, m, day := num(0, 4), 0, 0
	if !neg && y != 0 || neg && y == 0 {
		return Date{}, false // a year of the era, read as any other date
	}
	if len(s) >= 7 {
		m = num(5, 7)
	}
	if len(s) == 10 {
		day = num(8, 10)
	}
	d, err := makeEraDate(-y, m, day)
	return d, err == nil
}

func parseDate(s string) (Date, error) {
	s = trimSpace(s)
	if len(s) == 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) {
		// A year alone, the most common date of all (each end of
		// "1949–1954"): what the tokens below would make of it.
		y := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
		if y == 0 {
			return Date{Precision: PrecisionYear}, nil // "0000", 1 BC in ISO 8601
		}
		return makeDate(y, 0, 0)
	}
	if len(s) >= len("1985/86") && s[4] == '/' {
		if _, _, ok := civicYear(s); ok {
			// "2001/02": a mayoral or academic year, two years, not
			// February 2001 (see ParseTenure).
			return Date{}, errCivicYear
		}
	}
	if len(s) > 4 && (s[0] == '-' || s[0] == '0' && strings.HasPrefix(s, "0000")) {
		if d, ok := isoBeforeEra(s); ok {
			return d, nil
		}
	}
	if len(s) > 4 && (s[0]|0x20 == 'm' || s[0]|0x20 == 't' || s[0]|0x20 == 'w' || s[0]|0x20 == 'f' || s[0]|0x20 == 's') {
		s = cutWeekday(s) // "Monday, 3 March 1990"
	}
	approx := false
	if rest, ok := cutApproxPrefix(s); ok {
		approx = true
		s = rest
	}
	if n := len(s); n == 5 && s[4] == 's' && s[3] == '0' && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) {
		// "1920s": some year of the decade, kept as its first, approximate.
		d, err := makeDate(int(s[0]-'0')*1000+int(s[1]-'0')*100+int(s[2]-'0')*10, 0, 0)
		d.Approximate = true
		return d, err
	}
	var toks [4]dateToken
	n := 0
	dots, slashes := false, false // separators seen: 01.02.1990 is day first
	era, months := false, false   // an era word ("AD") or a month name seen
	bc := false                   // the era word is "BC" or "BCE"
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isDigit(c):
			j := i
			v := 0
			for j < len(s) && isDigit(s[j]) {
				if j-i < 6 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			digits := j - i
			// Ordinal suffixes: 1st, 2nd, 3rd, 19th.
			if j+2 <= len(s) {
				switch int(s[j]|0x20)<<8 | int(s[j+1]|0x20) {
				case 's'<<8 | 't', 'n'<<8 | 'd', 'r'<<8 | 'd', 't'<<8 | 'h':
					if j+2 == len(s) || !isASCIILetter(s[j+2]) {
						j += 2
					}
				}
			}
			if n == len(toks) {
				return Date{}, ErrNotDate
			}
			toks[n] = dateToken{num: v, digits: digits}
			n++
			i = j
		case isASCIILetter(c):
			j := i
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			if j-i > 9 {
				return Date{}, ErrNotDate
			}
			var buf [9]byte
			for k := i; k < j; k++ {
				buf[k-i] = s[k] | 0x20
			}
			m, ok := monthNumber(string(buf[:j-i]))
			if !ok {
				switch string(buf[:j-i]) {
				case "ad", "ce":
					era = true // "872 AD", "AD 872": a year of fewer digits
					i = j
					continue
				case "bc", "bce":
					era, bc = true, true // "44 BC", "15 March 44 BC"
					i = j
					continue
				case "of":
					if n > 0 && (toks[n-1].num < 0 || toks[n-1].digits <= 2) {
						i = j // "2nd of June 1990", "June of 1990"
						continue
					}
				}
				return Date{}, ErrNotDate
			}
			months = true
			if n == len(toks) {
				return Date{}, ErrNotDate
			}
			toks[n] = dateToken{num: -1, month: m}
			n++
			i = j
		case c == ' ' || c == ',' || c == '.' || c == '-' || c == '/':
			dots = dots || c == '.'
			slashes = slashes || c == '/' || c == '-'
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '年', '月', '日', '년', '월', '일': // "1949年10月1日", "1959년 4월 23일"
				i += size
			default:
				return Date{}, ErrNotDate
			}
		}
	}
	t := toks[:n]
	// A year before 1000 is written with fewer than four digits: the last
	// number is one after a month name ("March 872", "13 March 872") or
	// beside an era word ("872 AD", "AD 79"). Without them a small number
	// is no year.
	if n > 0 && t[n-1].num > 0 && t[n-1].digits < 4 && (era || months && t[n-1].digits == 3) {
		t[n-1].digits = 4
	}
	var d Date
	var err error
	if n == 3 && dots && !slashes && t[0].num >= 0 && t[0].digits <= 2 && t[1].num >= 0 && t[1].digits <= 2 && isYear(t[2]) {
		// 15.06.1994: day, month and year with dots, as Europe writes
		// them (with slashes or hyphens the order is not certain).
		d, err = makeDate(t[2].num, t[1].num, t[0].num)
	} else if n == 3 && t[0].num > 0 && t[0].digits <= 2 && t[1].num > 0 && t[1].digits <= 2 && isYear(t[2]) &&
		(t[0].num > 12) != (t[1].num > 12) || n == 3 && t[0].num > 0 && t[0].digits <= 2 && t[0].num == t[1].num && isYear(t[2]) {
		// 19/08/2003 or 08/19/2003: the number above 12 is the day, so
		// the order is certain; as it is for 05/05/2003.
		day, month := t[0].num, t[1].num
		if month > 12 {
			day, month = month, day
		}
		d, err = makeDate(t[2].num, month, day)
	} else if n == 3 && slashes && t[0].num > 0 && t[0].num <= 12 && t[0].digits <= 2 && t[1].num > 0 && t[1].num <= 12 && t[1].digits <= 2 && isYear(t[2]) {
		return Date{}, ErrAmbiguousDate // 03/04/1950: 3 April or 4 March
	} else if n == 2 && (dots || slashes) && t[0].num > 0 && t[0].digits <= 2 && isYear(t[1]) {
		// 10.1949, 10/1949: a month and its year.
		d, err = makeDate(t[1].num, t[0].num, 0)
	} else {
		d, err = fromTokens(t)
	}
	if bc {
		d, err = beforeEra(d, err)
	}
	if err != nil {
		return Date{}, err
	}
	d.Approximate = approx
	return d, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// cutOldStyle removes the other calendar's date written beside a date:
// "12 March [O.S. 1 March] 1917", "24 October 1917 (N.S.)".
func cutOldStyle(s string) string {
	for _, br := range [][2]string{{"[", "]"}, {"(", ")"}} {
		i := strings.Index(s, br[0])
		if i < 0 {
			continue
		}
		j := strings.Index(s[i:], br[1])
		if j < 0 {
			continue
		}
		if in := s[i : i+j]; strings.Contains(in, "O.S.") || strings.Contains(in, "N.S.") {
			s = strings.Join(strings.Fields(s[:i]+" "+s[i+j+1:]), " ")
		}
	}
	return s
}

// cutWeekday removes the day of the week before a date: "Monday, 3 March
// 1990", "Mon 3 March 1990".
func cutWeekday(s string) string {
	if len(s) < 5 {
		return s
	}
	switch string([]byte{s[0] | 0x20, s[1] | 0x20, s[2] | 0x20}) {
	case "mon", "tue", "wed", "thu", "fri", "sat", "sun":
	default:
		return s
	}
	word, rest, ok := strings.Cut(s, " ")
	if !ok || len(word) < 3 || len(word) > len("wednesday,") {
		return s
	}
	word = strings.TrimSuffix(strings.TrimSuffix(word, ","), ".")
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.EqualFold(word, d) || len(word) == 3 && strings.EqualFold(word, d[:3]) {
			return trimSpace(rest)
		}
	}
	return s
}

// approxPrefixes are the words before a date that make it approximate.
// "before 1279" and "after 1300" bound a date the source does not know
// more closely: the year is kept, approximate, as "c. 1279" is.
var approxPrefixes = []string{"circa ", "ca. ", "ca ", "c. ", "c.", "c ", "about ", "around ",
	"approx. ", "approximately ", "≈", "before ", "after ", "by ", "not before ", "not after ",
	"early ", "mid-", "mid ", "late ", "spring of ", "summer of ", "autumn of ", "fall of ", "winter of ",
	"spring ", "summer ", "autumn ", "fall ", "winter ", "beginning of ", "start of ", "middle of ", "end of "}

// isApproxDateText reports whether s starts with a word that makes a date
// approximate and holds a digit: "c. 1950", "early 1901".
func isApproxDateText(s string) bool {
	_, ok := cutApproxPrefix(s)
	return ok && hasDigit(s)
}

var approxWords = newFoldWords(approxPrefixes...)

func cutApproxPrefix(s string) (string, bool) {
	if n := approxWords.prefix(s); n > 0 {
		return trimSpace(s[n:]), true
	}
	return s, false
}

func isYear(t dateToken) bool { return t.num >= 0 && t.digits == 4 }

// beforeEra makes the date read with its year as written, d or the
// range error that year met, one before the common era: the year is
// counted back from 1 BC, which ISO 8601 and the dates here number 0,
// and the day is checked in that year (45 BC was a leap year).
func beforeEra(d Date, err error) (Date, error) {
	y, m, day := int(d.Year), int(d.Month), int(d.Day)
	if err != nil {
		re, ok := err.(*rangeError)
		if !ok {
			return d, err
		}
		y, m, day = re.y, re.m, re.d
	}
	if y < 1 || y > 9999 {
		return Date{}, &rangeError{field: "year", y: y, m: m, d: day}
	}
	return makeEraDate(1-y, m, day)
}

func fromTokens(t []dateToken) (Date, error) {
	switch len(t) {
	case 1:
		if isYear(t[0]) {
			return makeDate(t[0].num, 0, 0)
		}
	case 2:
		switch {
		case t[0].num < 0 && isYear(t[1]): // September 1949
			return makeDate(t[1].num, int(t[0].month), 0)
		case isYear(t[0]) && t[1].num < 0: // 1949 September
			return makeDate(t[0].num, int(t[1].month), 0)
		case isYear(t[0]) && t[1].num >= 0 && t[1].digits <= 2: // 1949-09, 1952.12
			return makeDate(t[0].num, t[1].num, 0)
		}
	case 3:
		switch {
		case t[0].num >= 0 && t[0].digits <= 2 && t[1].num < 0 && isYear(t[2]): // 19 August 2003
			return makeDate(t[2].num, int(t[1].month), t[0].num)
		case t[0].num < 0 && t[1].num >= 0 && t[1].digits <= 2 && isYear(t[2]): // August 19, 2003
			return makeDate(t[2].num, int(t[0].month), t[1].num)
		case isYear(t[0]) && t[1].num >= 0 && t[1].digits <= 2 && t[2].num >= 0 && t[2].digits <= 2: // 2003-08-19
			return makeDate(t[0].num, t[1].num, t[2].num)
		case isYear(t[0]) && t[1].num < 0 && t[2].num >= 0 && t[2].digits <= 2: // 2003 August 19
			return makeDate(t[0].num, int(t[1].month), t[2].num)
		}
	}
	return Date{}, ErrNotDate
}

// rangeError is a date with a field out of range. Tenure's readers try
// many texts that are not dates, so the message is written only when it
// is read.
type rangeError struct {
	field   string // "year", "month" or "day"
	y, m, d int
}

func (e *rangeError) Error() string {
	switch e.field {
	case "year":
		return fmt.Sprintf("year %d out of range", e.y)
	case "month":
		return fmt.Sprintf("month %d out of range", e.m)
	}
	return fmt.Sprintf("day %d out of range for %d-%02d", e.d, e.y, e.m)
}

// partError is a range whose start or end is not a date; its message is
// written only when it is read.
type partError struct {
	part, text string
	err        error
}

func (e *partError) Error() string { return fmt.Sprintf("%s %q: %v", e.part, e.text, e.err) }

func (e *partError) Unwrap() error { return e.err }

func makeDate(y, m, d int) (Date, error) {
	if y < 1 || y > 2999 {
		return Date{}, &rangeError{field: "year", y: y, m: m, d: d}
	}
	return makeEraDate(y, m, d)
}

// makeEraDate is makeDate for any year of the dates' range, the years
// before the common era numbered as ISO 8601 does (1 BC is 0, 2 BC -1).
func makeEraDate(y, m, d int) (Date, error) {
	if y < -9998 || y > 2999 {
		return Date{}, &rangeError{field: "year", y: y, m: m, d: d}
	}
	if m == 0 {
		return Date{Year: int16(y), Precision: PrecisionYear}, nil
	}
	if m < 1 || m > 12 {
		return Date{}, &rangeError{field: "month", y: y, m: m, d: d}
	}
	if d == 0 {
		return Date{Year: int16(y), Month: uint8(m), Precision: PrecisionMonth}, nil
	}
	if d < 1 || d > daysIn(y, m) {
		return Date{}, &rangeError{field: "day", y: y, m: m, d: d}
	}
	return Date{Year: int16(y), Month: uint8(m), Day: uint8(d), Precision: PrecisionDay}, nil
}

// daysIn returns the number of days in month m of year y (proleptic
// Gregorian).
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// openEndWords mean a term that has not ended.
var openEndWords = []string{"present", "incumbent", "current", "now", "today", "in office", "to date", "ongoing",
	"till date", "till now", "until now", "to present", "the present", "since", "serving", "still in office", "currently serving",
	"to the present", "until present", "until today", "present day", "the present day", "to this day", "continuing",
	// The same in the languages of pages an English one copies its list
	// from: Spanish, Portuguese and Italian; Indonesian and Malay;
	// German; French.
	"presente", "actualidad", "atualidade", "in carica", "oggi", "sekarang", "heute", "aujourd'hui"}

// maxOpenEndWord is the length of the longest of openEndWords.
var maxOpenEndWord = func() int {
	n := 0
	for _, w := range openEndWords {
		n = max(n, len(w))
	}
	return n
}()

// openEndLengths marks the lengths of openEndWords.
var openEndLengths = func() (n [64]bool) {
	for _, w := range openEndWords {
		n[len(w)] = true
	}
	return n
}()

// IsOpenEnd reports whether s says a term has not ended ("Incumbent",
// "present").
func IsOpenEnd(s string) bool {
	s = trimSpace(s)
	if len(s) >= 3 && s[0] >= 0xe4 && s[0] <= 0xed {
		switch s { // written in Chinese, Japanese or Korean: "至今", "現職", "현직"
		case "今", "至今", "现在", "現在", "现任", "現任", "在任", "迄今", "现职", "現職", "在任中",
			"현직", "현재", "재임 중", "재임중":
			return true
		}
	}
	if len(s) < 3 || len(s) > maxOpenEndWord || !isASCIILetter(s[0]) {
		return false // most cells: dates, names
	}
	// Words of another length can equal one only by folding a letter
	// outside ASCII ("ſ" for "s").
	ascii := isASCII(s)
	if ascii && !openEndLengths[len(s)] {
		return false
	}
	for _, w := range openEndWords {
		if (len(w) == len(s) || !ascii) && strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// Tenure is a term of office as one text gives it: "1949–1954",
// "March 2007 – present", "2021–", "1952".
type Tenure struct {
	Start, End Date
	// Open is set when the end is "present", "incumbent" or missing after a dash.
	Open bool
	// EndBlank is set, with Open, when the end is missing after a dash
	// ("2003–"): the term is open if no later holder follows, else its end
	// is not known.
	EndBlank bool
	// Single is set when the text held one date and no range ("1952"): the
	// term began and ended within that date.
	Single bool
	// EndEvent is how the term ended, when the end gives it before its
	// date: "died" for "1990 – died 1994", "resigned", "d." as "died".
	EndEvent string
}

// cutTermLabel cuts the label that numbers a term off its tenure: "1st
// term: 1995–1998", "First term: 2006 – 2010", "Term 2: 2010–2014" →
// the label and the dates. ok is false when s has no such label.
func cutTermLabel(s string) (label, rest string, ok bool) {
	label, rest, found := strings.Cut(s, ":")
	if !found || len(label) > 16 {
		return "", s, false
	}
	words := strings.Fields(strings.ToLower(label))
	if len(words) != 2 {
		return "", s, false
	}
	switch {
	case words[1] == "term" && (startsWithOrdinal(words[0]) || isSpelledOrdinal(words[0])):
	case words[0] == "term" && isSmallNumber(words[1]):
	default:
		return "", s, false
	}
	return trimSpace(label), trimSpace(rest), true
}

// ParseTenure reads a range of dates. Separators are en and em dashes,
// minus signs, hyphens (when both sides are dates: "1977-1979",
// "2010-Incumbent", but not inside "2003-08-19"), "to" and "until".
func ParseTenure(s string) (Tenure, error) {
	s = trimSpace(s)
	if rest, ok := strings.CutPrefix(s, "- "); ok {
		// "- November 23, 1903": the start lost, as "– 1903" writes it,
		// not a bullet before a single date.
		s = "– " + rest
	}
	s = unwrapBracketedEnd(s)
	if i := strings.Index(s, " to"); i > 0 && i+3 < len(s) && isDigit(s[i+3]) {
		s = s[:i+3] + " " + s[i+3:] // "1 April 1937 to19 September 1938": the space lost
	}
	if s == "" {
		return Tenure{}, ErrNotDate
	}
	if len(s) >= len("1985/86") && s[4] == '/' {
		if a, b, ok := civicYear(s); ok {
			// "1985/86", "1999/2000": a mayoral or academic year, from
			// one year into the next.
			return Tenure{Start: a, End: b}, nil
		}
	}
	if rest, ok := strings.CutSuffix(s, "-"); ok {
		// "2003-", "2003 -": an open range, as "2003–" is; the date
		// reader would take the hyphen for a separator.
		if d, err := ParseDate(rest); err == nil {
			return Tenure{Start: d, Open: true, EndBlank: true}, nil
		}
	}
	if d, err := ParseDate(s); err == nil {
		return Tenure{Start: d, End: d, Single: true}, nil
	}
	if t, ok := gluedOpenEnd(s); ok {
		return t, nil
	}
	// "1990 onwards": an open term.
	if n := len(s); n > 8 && (s[n-1] == 's' || s[n-1] == 'd') {
		for _, w := range []string{" onwards", " onward"} {
			if rest, ok := strings.CutSuffix(s, w); ok {
				if d, err := ParseDate(trimSpace(rest)); err == nil {
					return Tenure{Start: d, Open: true}, nil
				}
			}
		}
	}
	// "until 1994": the end alone.
	for _, p := range []string{"until ", "till ", "up to "} {
		if s[0]|0x20 == p[0] && hasPrefixASCIIFold(s, p) {
			if d, err := ParseDate(s[len(p):]); err == nil {
				return Tenure{End: d}, nil
			}
		}
	}
	// "since 2020", "from March 2007": an open term; "from 1990 to 1994"
	// a range.
	for _, p := range []string{"since ", "from "} {
		if hasPrefixFold(s, p) {
			if d, err := ParseDate(s[len(p):]); err == nil {
				return Tenure{Start: d, Open: true}, nil
			}
			if p == "from " {
				s = trimSpace(s[len(p):])
			}
		}
	}
	for _, sep := range []string{"–", "—", "−", "~", "～", "〜", "－", "至", " up to ", " to ", " until ", " till ", " through ", " thru "} {
		if i := strings.Index(s, sep); i >= 0 {
			end := s[i+len(sep):]
			if sep[0] == ' ' && IsOpenEnd(trimSpace(sep)+" "+trimSpace(end)) {
				// "2021 to date", "1990 till now": the words are the open end.
				t, err := tenureFromParts(s[:i], "")
				t.EndBlank = false
				return t, err
			}
			return tenureFromParts(s[:i], end)
		}
	}
	var firstErr error
	for i := 0; i < len(s); i++ {
		if s[i] != '-' {
			continue
		}
		t, err := tenureFromParts(s[:i], s[i+1:])
		if err == nil {
			return t, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if t, ok := spacedRange(s); ok {
		return t, nil
	}
	if firstErr != nil {
		return Tenure{}, firstErr
	}
	return Tenure{}, ErrNotDate
}

// gluedOpenEnd reads an open range whose dash a rendering lost:
// "2015present" for 2015–present (ParseTenure reads "19871990" as
// 1987–1990 already).
func gluedOpenEnd(s string) (Tenure, bool) {
	if len(s) < len("2015now") || !allDigits(s[:4]) || !isASCIILetter(s[4]) || !IsOpenEnd(s[4:]) {
		return Tenure{}, false
	}
	y, _ := strconv.Atoi(s[:4])
	a, err := makeDate(y, 0, 0)
	return Tenure{Start: a, Open: true}, err == nil
}

// spacedRange reads two dates, or a date and an open end, with only a
// space between them, where a line break in the cell was flattened: "3
// March 1990 5 June 1994", "1990 1994", "7 July 1998 Incumbent". The end
// must not come before the start.
func spacedRange(s string) (Tenure, bool) {
	if len(s) > 48 || !hasDigit(s) || strings.ContainsAny(s, ":()") || strings.Count(s, " ") > 8 {
		return Tenure{}, false
	}
	for i := 1; i < len(s)-1; i++ {
		if !isDigit(s[i-1]) || s[i] != ' ' && !glued(s, i) {
			continue
		}
		start, err := ParseDate(s[:i])
		if err != nil {
			continue
		}
		right := trimSpace(s[i:])
		if IsOpenEnd(right) {
			return Tenure{Start: start, Open: true}, true
		}
		if end, err := ParseDate(right); err == nil && !end.Latest().Before(start.Earliest()) {
			return Tenure{Start: start, End: end}, true
		}
	}
	return Tenure{}, false
}

// glued reports whether a second date may start at s[i], right after a
// year with nothing between: a mirror that lost the line break between a
// cell's two dates ("15 February 1921July 1922", "December 19228
// February 1923").
func glued(s string, i int) bool {
	if i < 4 || s[i] == ' ' || s[i] == '-' || !isDigit(s[i-4]) || !isDigit(s[i-3]) || !isDigit(s[i-2]) || i > 4 && isDigit(s[i-5]) {
		return false
	}
	return isDigit(s[i]) || s[i] >= 'A' && s[i] <= 'Z'
}

// unwrapBracketedEnd takes the brackets off a range's end written in
// them: "1990 – (died in office)", "1990 – (resigned 1994)", "1990 –
// (1994)" read as "1990 – died in office" and so on. The bracket is the
// end, not a note on an open term. Other texts are returned unchanged.
func unwrapBracketedEnd(s string) string {
	if len(s) < 4 || s[len(s)-1] != ')' {
		return s
	}
	i := strings.LastIndexByte(s, '(')
	if i <= 0 {
		return s
	}
	head := strings.TrimRight(s[:i], " ")
	if !endsWithRangeDash(head) {
		return s
	}
	q := trimSpace(s[i+1 : len(s)-1])
	if q == "" || strings.ContainsAny(q, "()") {
		return s
	}
	if !IsEndEvent(q) {
		if _, _, ok := datedEvent(q); !ok {
			if _, err := ParseDate(q); err != nil {
				return s
			}
		}
	}
	return head + " " + q
}

// unwrapBracketedCell takes the brackets off a cell that is one bracket
// group around a date, a range, how a term ended or an open end:
// "(1990–1994)", "(died in office)", "(Incumbent)". Other texts are
// returned unchanged.
func unwrapBracketedCell(s string) string {
	q, ok := bracketed(s)
	if !ok || q == "" {
		return s
	}
	if IsEndEvent(q) || IsOpenEnd(q) || hasDigit(q) && (isTenureText(q) || datedEventText(q)) {
		return q // "(died in office)", "(Incumbent)"
	}
	return s
}

func datedEventText(s string) bool {
	_, _, ok := datedEvent(s)
	return ok
}

// endsWithRangeDash reports whether s ends with the dash of a range
// after a date: "1990 –", "March 2001-".
func endsWithRangeDash(s string) bool {
	for _, d := range []string{"–", "—", "−", "-"} {
		if rest, ok := strings.CutSuffix(s, d); ok {
			rest = trimSpace(rest)
			return rest != "" && isDigit(rest[len(rest)-1])
		}
	}
	return false
}

// eitherDate reads "1990 or 1991", "May or June 1990": two dates, either
// of which the source may mean, both marked approximate. The first may
// leave out what it shares with the second.
func eitherDate(s string) (a, b Date, ok bool) {
	x, y, found := strings.Cut(s, " or ")
	x, y = trimSpace(x), trimSpace(y)
	if !found || x == "" || y == "" || strings.Contains(y, " or ") {
		return Date{}, Date{}, false
	}
	b, err := parseDate(y)
	if err != nil {
		return Date{}, Date{}, false
	}
	a, err = parseDate(x)
	if err != nil {
		var shared bool
		if a, shared = startSharingEnd(x, y); !shared {
			return Date{}, Date{}, false
		}
	}
	a.Approximate, b.Approximate = true, true
	return a, b, true
}

// errCivicYear is ParseDate's error for a year written across two
// ("2001/02"): a range, not one date.
var errCivicYear = errors.New("two years, a range rather than a date")

// civicYear reads a year that runs into the next, as mayors' and academic
// years are written: "1985/86", "1999/2000", "2001/02". The second year
// must follow the first; "2001/05" is not one (it may be May 2001).
func civicYear(s string) (a, b Date, ok bool) {
	if len(s) != len("1985/86") && len(s) != len("1999/2000") || s[4] != '/' {
		return Date{}, Date{}, false
	}
	y1, rest, found := strings.Cut(s, "/")
	if !found || len(y1) != 4 || len(rest) != 2 && len(rest) != 4 || !allDigits(y1) || !allDigits(rest) {
		return Date{}, Date{}, false
	}
	first, _ := strconv.Atoi(y1)
	second, _ := strconv.Atoi(rest)
	if len(rest) == 2 {
		second += first / 100 * 100
		if second < first {
			second += 100
		}
	}
	if second != first+1 || first == 0 {
		return Date{}, Date{}, false
	}
	a, err1 := makeDate(first, 0, 0)
	b, err2 := makeDate(second, 0, 0)
	return a, b, err1 == nil && err2 == nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// isUnknownDate reports whether one end of a range says its date is not
// known: "?", "??", "unknown", "not known", "TBD", "TBA".
func isUnknownDate(s string) bool {
	switch {
	case s == "?" || s == "??":
		return true
	case len(s) == 3:
		// "TBD", "TBA": a date to be determined or announced, not known
		// yet.
		return strings.EqualFold(s, "tbd") || strings.EqualFold(s, "tba")
	case len(s) < 7 || len(s) > 9:
		return false
	}
	return strings.EqualFold(s, "unknown") || strings.EqualFold(s, "not known")
}

func tenureFromParts(a, b string) (Tenure, error) {
	a, b = trimSpace(a), trimSpace(b)
	if m, ok := monthOfDayRange(a, b); ok {
		b = m + " " + b // "April 1–30, 1949": the end in the start's month
	}
	if a != "" && len(b) > 2 && hasEraEnd(b) {
		// "246–208 BC", "25–57 AD": the start is of the end's era.
		if era := eraOf(b); era != "" && eraOf(a) == "" {
			a += " " + era
		}
	}
	var t Tenure
	if isUnknownDate(b) {
		// "1990 – ?", "1990 – unknown": the end is not known, which is
		// not an open end.
		if d, err := ParseDate(a); err == nil {
			return Tenure{Start: d}, nil
		}
	}
	if isUnknownDate(a) {
		a = "" // "? – 1994", "Unknown – 1994": the start is not known
	}
	if a != "" {
		d, err := ParseDate(a)
		if err != nil {
			// "2 March – 5 June 1990", "March 2 – June 5, 1990", "1–5 June
			// 1990": the start written without what it shares with the end.
			if sd, ok := startSharingEnd(a, b); ok {
				d, err = sd, nil
			}
		}
		if err != nil && len(a) > 4 && a[4] == '/' && errors.Is(err, errCivicYear) {
			// "2007/08 – 2010": the term began in that civic year, in its
			// first calendar year or its second; kept as the first,
			// approximate, as "2007 or 2008" is.
			first, _, _ := civicYear(a)
			d, err = first, nil
			d.Approximate = true
		}
		if err != nil {
			if t, ok := bareYearRange(a, b); ok {
				return t, nil
			}
			return Tenure{}, &partError{part: "start", text: a, err: err}
		}
		t.Start = d
	}
	switch {
	case b == "":
		t.Open, t.EndBlank = true, true
	case IsOpenEnd(b) || a != "" && strings.EqualFold(b, "date"):
		// "2004 – date", as "to date" is written short: only after a
		// start, where a cell of its own would be a label.
		t.Open = true
	case IsEndEvent(b):
		// "1990 – died in office": the term ended, at a date not given.
		t.EndEvent = b
	case len(b) == 2 && isDigit(b[0]) && isDigit(b[1]) && t.Start.Precision == PrecisionYear:
		// An end year of two digits, in the start's century ("1990–94",
		// "2001–09") or, when that is earlier, the next ("1998–03").
		y := int(t.Start.Year)/100*100 + int(b[0]-'0')*10 + int(b[1]-'0')
		if y < int(t.Start.Year) {
			y += 100
		}
		t.End = Date{Year: int16(y), Precision: PrecisionYear}
	case len(b) == 1 && isDigit(b[0]) && t.Start.Precision == PrecisionYear && int(b[0]-'0') > int(t.Start.Year)%10:
		// An end year of one digit, later in the start's decade
		// ("1952–8"); one that would fall before the start is no year.
		t.End = Date{Year: t.Start.Year/10*10 + int16(b[0]-'0'), Precision: PrecisionYear}
	default:
		d, err := ParseDate(b)
		if err == nil && strings.Contains(b, " or ") {
			if _, later, ok := eitherDate(b); ok {
				d = later // "1990 – 1994 or 1995": the end is the later
			}
		}
		if err != nil && len(b) > 4 && b[4] == '/' && errors.Is(err, errCivicYear) {
			// "1995 – 2007/08": the term ended in that civic year; kept
			// as its second calendar year, approximate.
			_, last, _ := civicYear(b)
			d, err = last, nil
			d.Approximate = true
		}
		if err != nil {
			// "1990 – died 1994": how the term ended, then when.
			if date, event, ok := datedEvent(b); ok {
				d, err = ParseDate(date)
				t.EndEvent = event
			}
		}
		if err != nil {
			return Tenure{}, &partError{part: "end", text: b, err: err}
		}
		t.End = d
	}
	if t.Start.IsZero() && t.End.IsZero() {
		return Tenure{}, ErrNotDate
	}
	return t, nil
}

// startSharingEnd reads the start of a range written without the year
// (or the month and year) it shares with the end: "2 March" before "5 June
// 1990", "1" before "5 June 1990". A start that would then fall after the
// end is in the year before ("December – February 1991").
func startSharingEnd(a, b string) (Date, bool) {
	if len(a) > 20 || !isASCIILetter(a[0]) && !isDigit(a[0]) {
		return Date{}, false
	}
	end, err := ParseDate(b)
	if err != nil || end.Precision < PrecisionMonth {
		return Date{}, false
	}
	year := strconv.Itoa(int(end.Year))
	d, err := ParseDate(a + " " + year)
	if err != nil && end.Precision == PrecisionDay && len(a) <= 2 && isDigit(a[len(a)-1]) {
		d, err = ParseDate(a + " " + time.Month(end.Month).String() + " " + year) // "1–5 June 1990"
	}
	if err != nil || d.Precision < PrecisionMonth {
		return Date{}, false
	}
	_, endHi := end.days()
	if lo, _ := d.days(); lo > endHi {
		d.Year--
	}
	return d, true
}

// bareYearRange reads "872–932", "c. 990 – 1012", "872 – 932 AD": a bare
// number of three digits starts a range when its end is a year, and less
// than a century before it.
func bareYearRange(a, b string) (Tenure, bool) {
	start, ok := bareYear(a)
	if !ok {
		return Tenure{}, false
	}
	end, ok := bareYear(b)
	if !ok {
		d, err := ParseDate(b)
		end, ok = d, err == nil
	}
	if !ok || start.Year > end.Year || end.Year-start.Year > 100 {
		return Tenure{}, false
	}
	return Tenure{Start: start, End: end}, true
}

// bareYear reads a year written as a bare number of three or four digits,
// possibly approximate ("872", "c. 960"), as a range's end gives it.
func bareYear(s string) (Date, bool) {
	s, approx := cutApproxPrefix(trimSpace(s))
	if len(s) < 3 || len(s) > 4 || s[0] == '0' {
		return Date{}, false
	}
	y := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return Date{}, false
		}
		y = y*10 + int(s[i]-'0')
	}
	if y > 2999 {
		return Date{}, false
	}
	return Date{Year: int16(y), Precision: PrecisionYear, Approximate: approx}, true
}

// MarshalText returns the ISO 8601 text of the date at its precision.
func (d Date) MarshalText() ([]byte, error) { return d.AppendISO(nil), nil }

// Human writes the date in words at its precision: "19 August 2003",
// "August 1949", "1949"; "unknown" for an absent date.
func (d Date) Human() string {
	year := strconv.Itoa(int(d.Year)) // "872", not "0872"
	if d.Year < 1 {
		year = strconv.Itoa(1-int(d.Year)) + " BC" // year 0 is 1 BC
	}
	switch d.Precision {
	case PrecisionDay:
		return strconv.Itoa(int(d.Day)) + " " + time.Month(d.Month).String() + " " + year
	case PrecisionMonth:
		return time.Month(d.Month).String() + " " + year
	case PrecisionYear:
		return year
	}
	return "unknown"
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// isASCII reports whether s is ASCII text.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// monthOfDayRange returns the month word a range's start begins with
// when its end is a day and a year alone ("April 1" – "30, 1949"): the
// end is in that month.
func monthOfDayRange(a, b string) (string, bool) {
	i := 0
	for i < len(b) && i < 2 && isDigit(b[i]) {
		i++
	}
	if i == 0 || i == len(b) || (b[i] != ',' && b[i] != ' ') || !startsWithMonth(a) {
		return "", false
	}
	rest := trimSpace(strings.TrimPrefix(b[i:], ","))
	if len(rest) != 4 || !isDigit(rest[0]) || !isDigit(rest[3]) {
		return "", false
	}
	m, _, _ := strings.Cut(a, " ")
	return m, true
}
