package editdist

import (
	"fmt"
	"testing"
)

func TestWithin(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"wang-chaowen", "wang-zhaowen", 2, 1},
		{"abc", "abc", 2, 0},
		{"kitten", "sitting", 5, 3},
		{"kitten", "sitting", 2, 3},
		{"", "abc", 5, 3},
		{"lou-yangsheng", "luo-huining", 2, 3},
	} {
		if got := Within(tc.a, tc.b, tc.limit); got != tc.want {
			t.Errorf("Within(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}

func FuzzWithin(f *testing.F) {
	f.Add("wang-chaowen", "wang-zhaowen", 2)
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		if limit < 0 || limit > 64 || len(a) > 64 || len(b) > 64 {
			return
		}
		d := Within(a, b, limit)
		if d < 0 || d > limit+1 || (a == b) != (d == 0) || Within(b, a, limit) != d {
			t.Errorf("Within(%q, %q, %d) = %d", a, b, limit, d)
		}
	})
}

func ExampleWithin() {
	fmt.Println(Within("Wang Chaowen", "Wang Zhaowen", 2), Within("Lou Yangsheng", "Luo Huining", 2))
	// Output: 1 3
}
