package hugepage

import (
	"os"
	"runtime/debug"
	"strings"
	"syscall"
	"unsafe"
)

const hugePageSize = 2 << 20

func prepareHeap(n int) bool {
	if !eligible() {
		return false
	}
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil {
		n = min(n, int(uint64(si.Totalram)*uint64(si.Unit)/4))
	}
	if n < minSize {
		return false
	}
	// A large allocation gets pages of its own, fresh from the kernel and
	// not yet written (the runtime knows they are zero), at the end of
	// the heap. Marked, then freed and returned to the kernel, they are
	// the pages the heap next grows into, in address order; the mark
	// stays with the address range.
	b := make([]byte, n)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	lo := (start + hugePageSize - 1) &^ (hugePageSize - 1)
	hi := (start + uintptr(n)) &^ (hugePageSize - 1)
	b = nil
	ok := false
	if lo < hi {
		_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_HUGEPAGE)
		ok = errno == 0
	}
	// Collect the allocation and release its pages, so that the runtime
	// does not count them as memory held (against GOMEMLIMIT).
	debug.FreeOSMemory()
	return ok
}

// eligible reports whether marking memory for huge pages changes
// anything here, and reserving it is safe.
func eligible() bool {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || madviseMode(string(mode)) != "madvise" {
		return false
	}
	// Under strict overcommit (mode 2) a large reservation counts against
	// the commit limit, and the runtime fails hard when it is refused.
	over, err := os.ReadFile("/proc/sys/vm/overcommit_memory")
	return err == nil && strings.TrimSpace(string(over)) != "2"
}
