package exporters

import (
	"archive/zip"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/klauspost/compress/flate"

	"tenure/internal/parallel"
)

// sortedZip is a zip writer that emits its entries in name order (with
// "[Content_Types].xml" first, as Office writes it) and without
// timestamps, whatever order they were created in. excelize creates the
// parts of a workbook in map order; this makes the file byte-identical
// from run to run. Entries are deflated as they are written, so only
// their compressed bytes are held until Close; worksheets are held as
// they are, for Close to put their rows in (see sheetRows).
//
// The deflate is klauspost/compress's (already a dependency for Parquet's
// zstd) at its fastest level: on the terms sheet of 10,000 documents (236
// MB of XML) it takes 0.80 s where the standard library's BestSpeed takes
// 1.6 s, and its output is 1% smaller. The parts are the same bytes.
type sortedZip struct {
	w        io.Writer
	entries  []*zipEntry
	modified time.Time
	rows     []sheetRows // the rows of the placeholders in worksheets
}

type zipEntry struct {
	name string
	raw  bool // held uncompressed until Close expands its rows
	buf  chunks
	fw   *flate.Writer
	crc  uint32
	size uint64
}

func (e *zipEntry) Write(p []byte) (int, error) {
	if e.raw {
		return e.buf.Write(p)
	}
	e.crc = crc32.Update(e.crc, crc32.IEEETable, p)
	e.size += uint64(len(p))
	return e.fw.Write(p)
}

// zipEpoch is the modification time of every entry when the build time is
// not known: the earliest date a zip file can hold, so the file does not
// depend on the clock.
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

func newSortedZip(w io.Writer, built time.Time) *sortedZip {
	if built.IsZero() || built.Year() < 1980 {
		built = zipEpoch
	}
	return &sortedZip{w: w, modified: built.UTC()}
}

// msDosTime is t as a zip entry's MS-DOS date and time (two-second
// resolution). zip.Writer.CreateRaw leaves them zero, which readers show
// as the invalid date 1980-00-00.
func msDosTime(t time.Time) (date, tm uint16) {
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	tm = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, tm
}

// Create starts a new entry.
func (z *sortedZip) Create(name string) (io.Writer, error) {
	e := &zipEntry{name: name}
	if len(z.rows) > 0 && strings.HasPrefix(name, "xl/worksheets/") {
		e.raw = true
		z.entries = append(z.entries, e)
		return e, nil
	}
	fw, err := flate.NewWriter(&e.buf, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	e.fw = fw
	z.entries = append(z.entries, e)
	return e, nil
}

// expand deflates a worksheet held as it was written, with the rows of
// its placeholder in place of the placeholder.
func (e *zipEntry) expand(rows []sheetRows) error {
	part := e.buf.bytes()
	e.buf = chunks{}
	e.raw = false
	fw, err := flate.NewWriter(&e.buf, flate.BestSpeed)
	if err != nil {
		return err
	}
	e.fw = fw
	before, after, sr, ok, err := expandRows(part, rows)
	if err != nil {
		return fmt.Errorf("%s: %w", e.name, err)
	}
	if !ok {
		_, err := e.Write(part)
		return err
	}
	if _, err := e.Write(before); err != nil {
		return err
	}
	if err := sr.writeTo(e); err != nil {
		return err
	}
	_, err = e.Write(after)
	return err
}

// AddFS is not used by the workbook writer.
func (z *sortedZip) AddFS(fs.FS) error { return errors.New("sortedZip: AddFS not supported") }

// Close writes every entry, in order, and the archive's directory.
func (z *sortedZip) Close() error {
	slices.SortFunc(z.entries, func(a, b *zipEntry) int {
		const first = "[Content_Types].xml"
		switch {
		case a.name == b.name:
			return 0
		case a.name == first:
			return -1
		case b.name == first:
			return 1
		case a.name < b.name:
			return -1
		}
		return 1
	})
	var expand []*zipEntry
	for _, e := range z.entries {
		if e.raw {
			expand = append(expand, e)
		}
	}
	errs := make([]error, len(expand))
	parallel.For(len(expand), runtime.GOMAXPROCS(0), func(i int) { errs[i] = expand[i].expand(z.rows) })
	if err := errors.Join(errs...); err != nil {
		return err
	}
	zw := zip.NewWriter(z.w)
	for _, e := range z.entries {
		if err := e.fw.Close(); err != nil {
			return err
		}
		date, tm := msDosTime(z.modified)
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: e.name, Method: zip.Deflate, CRC32: e.crc, Modified: z.modified,
			ModifiedDate: date, ModifiedTime: tm,
			CompressedSize64: uint64(e.buf.n), UncompressedSize64: e.size,
		})
		if err != nil {
			return err
		}
		if _, err := e.buf.WriteTo(w); err != nil {
			return err
		}
	}
	return zw.Close()
}

// chunks is a buffer that grows by adding pieces, never by copying what
// it holds: an entry's bytes are written once, however large it grows.
type chunks struct {
	list [][]byte
	n    int
}

const (
	firstChunk = 4 << 10
	maxChunk   = 1 << 20
)

func (c *chunks) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if len(c.list) == 0 || len(c.list[len(c.list)-1]) == cap(c.list[len(c.list)-1]) {
			size := firstChunk
			if len(c.list) > 0 {
				size = min(2*cap(c.list[len(c.list)-1]), maxChunk)
			}
			c.list = append(c.list, make([]byte, 0, size))
		}
		last := &c.list[len(c.list)-1]
		k := min(len(p), cap(*last)-len(*last))
		*last = append(*last, p[:k]...)
		p = p[k:]
	}
	c.n += n
	return n, nil
}

// WriteTo writes the buffer's bytes to w.
func (c *chunks) WriteTo(w io.Writer) (int64, error) {
	var n int64
	for _, b := range c.list {
		k, err := w.Write(b)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// bytes returns the buffer's bytes in one slice.
func (c *chunks) bytes() []byte {
	b := make([]byte, 0, c.n)
	for _, p := range c.list {
		b = append(b, p...)
	}
	return b
}
