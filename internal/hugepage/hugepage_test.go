package hugepage

import "testing"

func TestMadviseMode(t *testing.T) {
	for _, tc := range []struct{ setting, want string }{
		{"always [madvise] never\n", "madvise"},
		{"[always] madvise never\n", "always"},
		{"always madvise [never]", "never"},
		{"", ""},
		{"always madvise never", ""},
		{"[] madvise", ""},
	} {
		if got := madviseMode(tc.setting); got != tc.want {
			t.Errorf("madviseMode(%q) = %q, want %q", tc.setting, got, tc.want)
		}
	}
}

func TestPrepareHeapSmall(t *testing.T) {
	if PrepareHeap(minSize - 1) {
		t.Error("PrepareHeap prepared less than minSize")
	}
}
