package watch

import (
	"fmt"
	"strings"
	"testing"
)

func TestUnifiedDiff(t *testing.T) {
	a := "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n"
	b := "one\ntwo\nTHREE\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\n"
	got := UnifiedDiff("a.txt", "b.txt", a, b, 2)
	want := `--- a.txt
+++ b.txt
@@ -1,5 +1,5 @@
 one
 two
-three
+THREE
 four
 five
@@ -9,2 +9,3 @@
 nine
 ten
+eleven
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if UnifiedDiff("a", "b", a, a, 3) != "" {
		t.Error("equal texts gave a diff")
	}
	// Invalid UTF-8 does not break it.
	if d := UnifiedDiff("a", "b", "ok\n\xff\n", "ok\nx\n", 1); !strings.Contains(d, "@@") {
		t.Errorf("diff of invalid UTF-8 = %q", d)
	}
}

func TestUnifiedDiffOfSnapshots(t *testing.T) {
	d := UnifiedDiff("old", "new", read(t, qinghaiOld), read(t, qinghaiSeed), 3)
	for _, want := range []string{"-- Incumbent: Chen Gang", "+- Incumbent: Wu Xiaojun", "+| | Wu Xiaojun | 吴晓军 | 31 December 2024 | Incumbent | |"} {
		if !strings.Contains(d, want+"\n") {
			t.Errorf("diff lacks %q:\n%s", want, d)
		}
	}
}

// BenchmarkLineDiff: two 1 MB documents that differ in 10 lines.
func BenchmarkLineDiff(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "| %d | | Holder %d (持有人) | %d March 1990 | %d April 1995 | [%d] |\n", i, i, i%28+1, i%28+1, i)
	}
	a := sb.String()
	lines := strings.Split(a, "\n")
	for k := 0; k < 10; k++ {
		lines[k*len(lines)/10] += " changed"
	}
	c := strings.Join(lines, "\n")
	b.SetBytes(int64(len(a)))
	for b.Loop() {
		if UnifiedDiff("a", "b", a, c, 3) == "" {
			b.Fatal("no diff")
		}
	}
}
