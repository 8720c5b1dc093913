package hugepage

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// TestPrepareHeap checks that memory the heap gives out after PrepareHeap
// is marked for huge pages ("hg" in the VmFlags of /proc/self/smaps).
func TestPrepareHeap(t *testing.T) {
	if !eligible() {
		t.Skip("the kernel does not give huge pages on request here")
	}
	if !PrepareHeap(256 << 20) {
		t.Fatal("PrepareHeap(256 MiB) = false on a kernel in madvise mode")
	}
	b := make([]byte, 64<<20)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	// The allocation may begin just before the prepared stretch, which
	// starts at a huge page boundary: look well inside it.
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b))) + 8<<20
	flags, err := vmFlags(addr)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(" "+flags+" ", " hg ") {
		t.Errorf("the heap memory at %#x is not marked for huge pages: VmFlags %q", addr, flags)
	}
}

// vmFlags returns the VmFlags line of the mapping that holds addr.
func vmFlags(addr uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	in := false
	for s.Scan() {
		line := s.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &lo, &hi); n == 2 && !strings.HasSuffix(line, ":") {
			in = lo <= addr && addr < hi
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmFlags:")), nil
		}
	}
	if err := s.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("no mapping holds %#x", addr)
}
