package exporters

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"
	"slices"
	"time"
)

// sortedZip is a zip writer that emits its entries in name order (with
// "[Content_Types].xml" first, as Office writes it) and without
// timestamps, whatever order they were created in. excelize creates the
// parts of a workbook in map order; this makes the file byte-identical
// from run to run. Entries are deflated as they are written, so only
// their compressed bytes are held until Close.
type sortedZip struct {
	w        io.Writer
	entries  []*zipEntry
	modified time.Time
}

type zipEntry struct {
	name string
	buf  bytes.Buffer
	fw   *flate.Writer
	crc  uint32
	size uint64
}

func (e *zipEntry) Write(p []byte) (int, error) {
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
	fw, err := flate.NewWriter(&e.buf, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	e.fw = fw
	z.entries = append(z.entries, e)
	return e, nil
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
	zw := zip.NewWriter(z.w)
	for _, e := range z.entries {
		if err := e.fw.Close(); err != nil {
			return err
		}
		date, tm := msDosTime(z.modified)
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: e.name, Method: zip.Deflate, CRC32: e.crc, Modified: z.modified,
			ModifiedDate: date, ModifiedTime: tm,
			CompressedSize64: uint64(e.buf.Len()), UncompressedSize64: e.size,
		})
		if err != nil {
			return err
		}
		if _, err := w.Write(e.buf.Bytes()); err != nil {
			return err
		}
	}
	return zw.Close()
}
