package hanfold

import (
	"fmt"
	"testing"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"張平化": "张平化", "张平化": "张平化", "羅一": "罗一", "習近平": "习近平", "Li Si": "Li Si", "": "",
		"鈴木直道": "铃木直道", "梁聖奉": "梁圣奉",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldDoesNotAllocateWithoutTraditional(t *testing.T) {
	Fold("张") // build the table
	if n := testing.AllocsPerRun(100, func() { Fold("张平化 Zhang Pinghua") }); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

func FuzzFold(f *testing.F) {
	f.Add("張平化")
	f.Add("a\xffb")
	f.Fuzz(func(t *testing.T, s string) {
		if got := Fold(Fold(s)); got != Fold(s) {
			t.Errorf("Fold is not idempotent on %q: %q then %q", s, Fold(s), got)
		}
	})
}

func ExampleFold() {
	fmt.Println(Fold("張平化"), Fold("張平化") == Fold("张平化"))
	// Output: 张平化 true
}

// TestMayFold: every character the table folds is one mayFold lets
// through, so the bitmap never hides a traditional form.
func TestMayFold(t *testing.T) {
	for from := range table() {
		if !mayFold(from) {
			t.Errorf("%c (%U) folds but mayFold says not", from, from)
		}
	}
	for _, r := range "张平化 Li Si" {
		if mayFold(r) {
			t.Errorf("%c (%U) has no traditional form but mayFold says it may", r, r)
		}
	}
}
