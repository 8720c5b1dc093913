package pipeline

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A date written in numbers alone, "03/04/1950" or "03-04-1950", is 3
// April on most of the world's pages and 4 March on American ones; the
// date itself cannot say which. A page keeps to one order, and shows it
// wherever a day is above 12: "17/08/1960" is day first, "08/17/1960"
// month first. readNumericDates finds that order and writes the page's
// ambiguous dates out in words ("3 April 1950"), as every reader of
// dates takes them, in a range too. A page whose dates show no order, or both,
// keeps them as written, and they are reported as dates that cannot be
// read.

// numericDate is one d/d/yyyy date of a document.
type numericDate struct {
	line     int
	from, to int // its bytes in the line
	a, b     int // the two numbers before the year, as written
	year     int
}

// ambiguous reports whether either number could be the day.
func (d numericDate) ambiguous() bool { return d.a <= 12 && d.b <= 12 && d.a != d.b }

// readNumericDates rewrites the ambiguous numeric dates of lines in the
// order the page's other numeric dates show, and returns a problem
// saying so; nil when nothing was rewritten.
func readNumericDates(lines []string) *Problem {
	var dates []numericDate
	for i, l := range lines {
		dates = appendNumericDates(dates, i, l)
	}
	var dayFirst, monthFirst, firstAmbiguous *numericDate
	ambiguous := 0
	for k := range dates {
		switch d := &dates[k]; {
		case d.ambiguous():
			if firstAmbiguous == nil {
				firstAmbiguous = d
			}
			ambiguous++
		case d.a > 12 && d.b <= 12:
			if dayFirst == nil {
				dayFirst = d
			}
		case d.b > 12 && d.a <= 12:
			if monthFirst == nil {
				monthFirst = d
			}
		}
	}
	if ambiguous > 0 && dayFirst == nil && monthFirst == nil {
		// "30.6.2006": dates with dots are written day first, and show
		// the page's order for those with slashes ("1/7/2010").
		dayFirst = dottedDayFirst(lines)
	}
	if ambiguous == 0 || (dayFirst == nil) == (monthFirst == nil) {
		return nil // nothing to decide, or nothing (or everything) decides it
	}
	shown, order := dayFirst, "day"
	if monthFirst != nil {
		shown, order = monthFirst, "month"
	}
	dayMonth := func(d numericDate) (day, month int) {
		if order == "month" {
			return d.b, d.a
		}
		return d.a, d.b
	}
	ex := *firstAmbiguous
	exDay, exMonth := dayMonth(ex)
	msg := fmt.Sprintf("%d dates written in numbers alone are read %s first (%s as %d %s %d), as %s on line %d shows",
		ambiguous, order, lines[ex.line][ex.from:ex.to], exDay, time.Month(exMonth), ex.year,
		lines[shown.line][shown.from:shown.to], shown.line+1)
	// Each line with an ambiguous date is written anew once, its dates
	// in the order they stand (as appendNumericDates gives them).
	for k := 0; k < len(dates); {
		line := dates[k].line
		l := lines[line]
		var b strings.Builder
		at := 0 // the bytes of l written so far
		for ; k < len(dates) && dates[k].line == line; k++ {
			d := dates[k]
			if !d.ambiguous() {
				continue
			}
			day, month := dayMonth(d)
			b.WriteString(l[at:d.from])
			fmt.Fprintf(&b, "%d %s %d", day, time.Month(month), d.year)
			at = d.to
		}
		if at > 0 {
			b.WriteString(l[at:])
			lines[line] = b.String()
		}
	}
	return &Problem{Line: ex.line + 1, Severity: SeverityInfo, Code: CodeDateOrder, Message: msg}
}

// hasNumericDate reports whether s holds a numeric date anywhere.
func hasNumericDate(s string) bool {
	for range numericDatesIn(s) {
		return true
	}
	return false
}

// appendNumericDates appends the numeric dates of line i, l, in the
// order they are written.
func appendNumericDates(dates []numericDate, i int, l string) []numericDate {
	n := len(dates)
	for d := range numericDatesIn(l) {
		d.line = i
		dates = append(dates, d)
	}
	if mine := dates[n:]; len(mine) > 1 {
		slices.SortFunc(mine, func(a, b numericDate) int { return cmp.Compare(a.from, b.from) })
	}
	return dates
}

// numericDatesIn yields the numeric dates of l, those with slashes and
// then those with hyphens: one or two digits, a slash or hyphen, one or
// two digits, the same separator and a year of four digits, with no
// digit, separator or decimal point that would make them part of
// something longer ("1.2/3/1950", "12/03/19501" and "1/2/3/1950" hold no
// date; "1/2/1950-3/4/1951" holds two).
func numericDatesIn(l string) iter.Seq[numericDate] {
	return func(yield func(numericDate) bool) {
		for _, sep := range [...]byte{'/', '-'} {
			for j := strings.IndexByte(l, sep); j >= 0; {
				next := j + 1
				if d, ok := numericDateAt(l, j); ok {
					if !yield(d) {
						return
					}
					next = d.to
				}
				k := strings.IndexByte(l[next:], sep)
				if k < 0 {
					break
				}
				j = next + k
			}
		}
	}
}

// dottedDayFirst returns the first date of lines written with dots whose
// day is above 12 ("30.6.2006"), or nil.
func dottedDayFirst(lines []string) *numericDate {
	for i, l := range lines {
		for j := strings.IndexByte(l, '.'); j >= 0; {
			if d, ok := numericDateAt(l, j); ok && d.a > 12 {
				d.line = i
				return &d
			}
			k := strings.IndexByte(l[j+1:], '.')
			if k < 0 {
				break
			}
			j += 1 + k
		}
	}
	return nil
}

// numericDateAt reads the numeric date whose first separator is l[j].
func numericDateAt(l string, j int) (numericDate, bool) {
	sep := l[j]
	from := j // the first number ends at j
	for from > 0 && isDigit(l[from-1]) && j-from < 3 {
		from--
	}
	if n := j - from; n < 1 || n > 2 || from > 0 && (isDigit(l[from-1]) || l[from-1] == sep || l[from-1] == '.') {
		return numericDate{}, false
	}
	k := j + 1 // the second number ends at k
	for k < len(l) && isDigit(l[k]) && k-j <= 3 {
		k++
	}
	if n := k - j - 1; n < 1 || n > 2 || k >= len(l) || l[k] != sep {
		return numericDate{}, false
	}
	y := k + 1 // the year ends at y
	for y < len(l) && isDigit(l[y]) && y-k <= 5 {
		y++
	}
	if y-k-1 != 4 || y < len(l) && (isDigit(l[y]) || l[y] == sep || l[y] == '.' && y+1 < len(l) && isDigit(l[y+1])) {
		return numericDate{}, false
	}
	a, _ := strconv.Atoi(l[from:j])
	b, _ := strconv.Atoi(l[j+1 : k])
	year, _ := strconv.Atoi(l[k+1 : y])
	if a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12 {
		return numericDate{}, false // no date
	}
	return numericDate{from: from, to: y, a: a, b: b, year: year}, true
}
