package pipeline

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// placeUnnumberedByPairs is placeUnnumbered as first written, comparing
// every pair of terms: the reference the faster one must agree with.
func placeUnnumberedByPairs(terms []*termClaim) []*termClaim {
	for i := 1; i < len(terms); i++ {
		t := terms[i]
		if t.ordinal != 0 || t.posOrdinal || t.start.IsZero() {
			continue
		}
		_, hi := t.start.days()
		earlier := slices.IndexFunc(terms[:i], func(u *termClaim) bool {
			if u.start.IsZero() {
				return false
			}
			lo, _ := u.start.days()
			return lo > hi
		})
		if earlier < 0 {
			continue
		}
		copy(terms[earlier+1:i+1], terms[earlier:i])
		terms[earlier] = t
	}
	moved := map[*termClaim]bool{}
	for i := 0; i < len(terms); i++ {
		t := terms[i]
		if t.ordinal != 0 || t.posOrdinal || t.start.IsZero() || moved[t] {
			continue
		}
		lo, _ := t.start.days()
		if !slices.ContainsFunc(terms[i+1:], func(u *termClaim) bool {
			if u.start.IsZero() {
				return false
			}
			_, hi := u.start.days()
			return hi < lo
		}) {
			continue
		}
		moved[t] = true
		terms = slices.Delete(terms, i, i+1)
		insertChronological(&terms, t)
		i--
	}
	return terms
}

// TestPlaceUnnumberedAgreesWithPairs: on lists of every shape (numbered
// and not, in time order or not, dates at every precision or missing),
// placeUnnumbered puts the terms where comparing every pair does.
func TestPlaceUnnumberedAgreesWithPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	date := func() Date {
		y := int16(1900 + r.IntN(6)) // few dates, so that terms share and straddle them
		switch r.IntN(5) {
		case 0:
			return Date{}
		case 1:
			return Date{Year: y, Precision: PrecisionYear}
		case 2:
			return Date{Year: y, Month: uint8(1 + r.IntN(3)), Precision: PrecisionMonth}
		}
		return Date{Year: y, Month: uint8(1 + r.IntN(3)), Day: uint8(1 + r.IntN(3)), Precision: PrecisionDay}
	}
	for round := range 2000 {
		n := r.IntN(12)
		var a, b []*termClaim
		for i := range n {
			c := &termClaim{line: i, start: date()}
			switch r.IntN(4) {
			case 0:
				c.ordinal = i + 1
			case 1:
				c.posOrdinal = true
			}
			a = append(a, c)
		}
		b = slices.Clone(a)
		got, want := placeUnnumbered(a), placeUnnumberedByPairs(b)
		if !slices.Equal(got, want) {
			line := func(ts []*termClaim) (out []int) {
				for _, t := range ts {
					out = append(out, t.line)
				}
				return out
			}
			t.Fatalf("round %d: order %v, want %v", round, line(got), line(want))
		}
	}
}

// TestPlaceUnnumberedKeepsAnOrderOfItsOwn: a few terms without a number
// out of time order go to their place; a list where more than
// maxOutOfPlace are (sorted by name, not by time) keeps the page's order.
func TestPlaceUnnumberedKeepsAnOrderOfItsOwn(t *testing.T) {
	year := func(y int) Date { return Date{Year: int16(y), Precision: PrecisionYear} }
	lines := func(ts []*termClaim) (out []int) {
		for _, t := range ts {
			out = append(out, t.line)
		}
		return out
	}
	few := []*termClaim{{line: 1, ordinal: 1, start: year(1950)}, {line: 2, ordinal: 2, start: year(1960)}, {line: 3, start: year(1955)}}
	if got := lines(placeUnnumbered(few)); !slices.Equal(got, []int{1, 3, 2}) {
		t.Errorf("a term out of place: order %v, want [1 3 2]", got)
	}
	var many []*termClaim
	for i := range 2 * maxOutOfPlace {
		many = append(many, &termClaim{line: i, start: year(1900 + (i*37)%101)})
	}
	want := lines(many)
	if got := lines(placeUnnumbered(slices.Clone(many))); !slices.Equal(got, want) {
		t.Errorf("a list in an order of its own was reordered: %v", got)
	}
}

// BenchmarkPlaceUnnumbered: a long unnumbered list in time order, the
// usual case, which comparing every pair made quadratic (a table of
// 20,000 rows took 8 s); and one out of time order, which moving each
// term made quadratic (100,000 rows took ten minutes).
func BenchmarkPlaceUnnumbered(b *testing.B) {
	inOrder := make([]*termClaim, 20_000)
	shuffled := make([]*termClaim, 20_000)
	for i := range inOrder {
		inOrder[i] = &termClaim{start: Date{Year: int16(1000 + i/20), Precision: PrecisionYear}}
		shuffled[i] = &termClaim{start: Date{Year: int16(1000 + (i*37)%900), Precision: PrecisionYear}}
	}
	for _, bc := range []struct {
		name  string
		terms []*termClaim
	}{{"in-order", inOrder}, {"out-of-order", shuffled}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				placeUnnumbered(slices.Clone(bc.terms))
			}
		})
	}
}

// TestOutlineAgreesWithTheWalk: on pages of every shape of headings
// (levels up and down, definition terms, none), the outline gives the
// headings above each block and the lead that walking back over the page
// does.
func TestOutlineAgreesWithTheWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 2000 {
		var blocks []Block
		for i := range r.IntN(16) {
			switch r.IntN(3) {
			case 0:
				blocks = append(blocks, Block{Kind: HeadingBlock, Level: 1 + r.IntN(4), Text: fmt.Sprint("h", i)})
			case 1:
				blocks = append(blocks, Block{Kind: ParagraphBlock, Text: fmt.Sprint("p", i)})
			default:
				blocks = append(blocks, Block{Kind: ListBlock})
			}
		}
		doc := &Document{Blocks: blocks, outline: outlineOf(blocks)}
		walked := &Document{Blocks: blocks}
		for idx := range blocks {
			if got, want := doc.headingsAbove(idx), headingsAbove(blocks, idx); !slices.Equal(got, want) {
				t.Fatalf("round %d, block %d: headings %q, want %q", round, idx, got, want)
			}
			gl, gok := doc.lead(idx)
			wl, wok := walked.lead(idx)
			if gl != wl || gok != wok {
				t.Fatalf("round %d, block %d: lead %q %v, want %q %v", round, idx, gl, gok, wl, wok)
			}
		}
	}
}
