// Package hugepage lets a large Go heap be backed by the kernel's
// transparent huge pages where the system leaves them to the program's
// choice.
//
// The first write to each 4 KiB page of new memory costs a page fault:
// on a virtual machine about 10 µs, so that an export whose heap reaches
// a gigabyte spends seconds of system time faulting it in. A 2 MiB huge
// page costs one fault instead of 512. Linux's default mode, "madvise",
// gives huge pages only to memory marked with madvise(MADV_HUGEPAGE), and
// Go's runtime marks none of its heap. PrepareHeap maps the heap's next
// stretch ahead of time, marks it, and hands it back to the runtime free:
// the heap then grows into marked memory.
package hugepage

import "strings"

// minSize is the smallest stretch worth preparing: below it the faults
// cost less than a millisecond or two.
const minSize = 64 << 20

// PrepareHeap makes the next n bytes of the Go heap, or a quarter of the
// machine's memory if that is less, eligible for transparent huge pages.
// It reports whether it did: it does nothing for n under 64 MiB, off
// Linux, where the kernel gives huge pages to every program ("always")
// or to none ("never"), and where it could not reserve the memory
// without risk (strict overcommit). The memory is reserved, not used: it
// costs address space until the heap fills it. The resident size grows a
// little (up to a tenth, measured), as a huge page is resident whole.
func PrepareHeap(n int) bool {
	if n < minSize {
		return false
	}
	return prepareHeap(n)
}

// madviseMode reads the kernel's transparent huge page setting, as
// /sys/kernel/mm/transparent_hugepage/enabled shows it ("always [madvise]
// never"): the word in brackets.
func madviseMode(setting string) string {
	for _, w := range strings.Fields(setting) {
		if len(w) > 2 && w[0] == '[' && w[len(w)-1] == ']' {
			return w[1 : len(w)-1]
		}
	}
	return ""
}
