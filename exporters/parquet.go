package exporters

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"unsafe"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/bitutil"
	"github.com/apache/arrow/go/v17/arrow/ipc"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/apache/arrow/go/v17/parquet/file"
	"github.com/apache/arrow/go/v17/parquet/metadata"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"

	"tenure/internal/parallel"
	"tenure/pipeline"
)

// SchemaVersion is the version of the exported tables' contract. It
// changes when a column is removed, renamed or changes type.
const SchemaVersion = "2"

// Parquet writes one zstd-compressed Parquet file per table with real
// types: utf8 strings (dictionary-encoded in the file where values
// repeat), bool, int32, date32 for the _earliest/_latest bounds and the
// ISO text for the dates themselves. The Arrow schema is stored in the
// file, and key-value metadata records tenure's version, the schema
// version and the sha256 of every source.
type Parquet struct {
	// Alloc allocates the Parquet writers' buffers; nil means the Go
	// allocator.
	Alloc memory.Allocator
}

var _ Writer = Parquet{}

// parquetShape is how a table's rows are cut: into batches, each
// written in one call per column, and into row groups; a batch that
// crosses a row group's end is written in two parts, as pqarrow's
// WriteBuffered splits a record.
type parquetShape struct{ batch, rowGroup int }

// parquetRows is the shape of every file: 65,536 rows a batch, a row
// group per 1,048,576 rows.
var parquetRows = parquetShape{batch: 64 << 10, rowGroup: 1 << 20}

// Write implements Writer.
func (p Parquet) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	// The tables are written two at a time, each file on its own: the
	// terms table alone is most of the work, so two workers keep both
	// cores busy without holding more than two tables' buffers.
	errs := make([]error, len(Tables))
	kv := fileMetadata(ds, opt) // the same in every file
	parallel.For(len(Tables), 2, func(i int) {
		if errs[i] = ctx.Err(); errs[i] != nil {
			return
		}
		t := Tables[i]
		errs[i] = writeFile(filepath.Join(dir, t.Name+".parquet"), opt, func(w io.Writer) error {
			return p.writeTable(ctx, w, ds, t, opt, kv, parquetRows)
		})
	})
	var files []string
	for i, t := range Tables {
		if errs[i] != nil {
			return files, errs[i]
		}
		files = append(files, t.Name+".parquet")
	}
	return files, nil
}

// ArrowSchema returns the Arrow schema of a table.
func ArrowSchema(t Table, opt Options) *arrow.Schema {
	fields := make([]arrow.Field, len(t.Columns))
	for j, c := range t.Columns {
		var typ arrow.DataType
		switch c.Type {
		case Bool:
			typ = arrow.FixedWidthTypes.Boolean
		case Int:
			typ = arrow.PrimitiveTypes.Int32
		case Day:
			typ = arrow.FixedWidthTypes.Date32
		default:
			typ = arrow.BinaryTypes.String
		}
		fields[j] = arrow.Field{Name: c.Name, Type: typ, Nullable: c.Type != Bool,
			Metadata: arrow.NewMetadata([]string{"description"}, []string{c.Description})}
	}
	md := arrow.NewMetadata(
		[]string{"tenure.table", "tenure.version", "tenure.schema_version", "description"},
		[]string{t.Name, opt.Version, SchemaVersion, t.Description})
	return arrow.NewSchema(fields, &md)
}

// WriteTable writes one table as a Parquet file to w.
func (p Parquet) WriteTable(ctx context.Context, w io.Writer, ds *pipeline.Dataset, t Table, opt Options) error {
	return p.writeTable(ctx, w, ds, t, opt, fileMetadata(ds, opt), parquetRows)
}

// writerProperties are the Parquet settings of a table's file.
func (p Parquet) writerProperties(t Table, opt Options, mem memory.Allocator, rowGroup int) *parquet.WriterProperties {
	props := []parquet.WriterProperty{
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithCompressionLevel(1),
		parquet.WithDictionaryDefault(false),
		parquet.WithMaxRowGroupLength(int64(rowGroup)),
		parquet.WithCreatedBy("tenure " + opt.Version),
		parquet.WithRootRepetition(parquet.Repetitions.Required),
		parquet.WithAllocator(mem),
	}
	for _, c := range t.Columns {
		if c.Repeats || c.Type == Date {
			props = append(props, parquet.WithDictionaryFor(c.Name, true))
		}
	}
	return parquet.NewWriterProperties(props...)
}

// writeTable writes the table cut as shape says, with the key-value
// metadata kv.
//
// It writes the file pqarrow's FileWriter.WriteBuffered would, byte for
// byte (TestParquetAsPqarrow), but encodes and compresses the columns of
// a batch on every core: in a buffered row group each column has its own
// pages, encoder and statistics until the group is closed, and the
// closing, which writes them out in order, stays serial. pqarrow writes
// one column after the other, which left one core idle while the terms
// table, most of the work, was written.
func (p Parquet) writeTable(ctx context.Context, w io.Writer, ds *pipeline.Dataset, t Table, opt Options, kv [][2]string, shape parquetShape) error {
	mem := p.Alloc
	if mem == nil {
		mem = memory.NewGoAllocator()
	}
	schema := ArrowSchema(t, opt)
	props := p.writerProperties(t, opt, mem, shape.rowGroup)
	arrowProps := pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(mem))
	pqSchema, err := pqarrow.ToParquet(schema, props, arrowProps)
	if err != nil {
		return fmt.Errorf("parquet %s: %w", t.Name, err)
	}
	// The file's metadata, as pqarrow.NewFileWriter makes it: the Arrow
	// schema's own, then the schema itself, serialised as an empty IPC
	// stream in base64.
	meta := make(metadata.KeyValueMetadata, 0, schema.Metadata().Len()+1)
	for i, k := range schema.Metadata().Keys() {
		meta.Append(k, schema.Metadata().Values()[i])
	}
	var ipcSchema bytes.Buffer
	iw := ipc.NewWriter(&ipcSchema, ipc.WithSchema(schema), ipc.WithAllocator(mem))
	if err := iw.Close(); err != nil {
		return fmt.Errorf("parquet %s: arrow schema: %w", t.Name, err)
	}
	meta.Append("ARROW:schema", base64.StdEncoding.EncodeToString(ipcSchema.Bytes()))
	fw := file.NewParquetWriter(w, pqSchema.Root(), file.WithWriterProps(props), file.WithWriteMetadata(meta))

	// Each worker fills one column at a time into buffers of its own: the
	// column writers copy or encode what they are given before WriteBatch
	// returns, so the buffers of a whole batch of every column are not
	// needed at once.
	workers := min(runtime.GOMAXPROCS(0), len(t.Columns))
	scratch := make(chan *columnValues, workers)
	for range workers {
		scratch <- &columnValues{}
	}
	errs := make([]error, len(t.Columns))
	var rg file.BufferedRowGroupWriter
	rgRows := 0 // rows in rg
	n := t.Len(ds)
	for lo := 0; lo < n || lo == 0; lo += shape.batch {
		hi := min(n, lo+shape.batch)
		// The batch goes into the open row group up to its size, the
		// rest into new ones, as WriteBuffered splits a record: one
		// write per column and part.
		for start := lo; start < hi || rg == nil; {
			if err := ctx.Err(); err != nil {
				fw.Close()
				return err
			}
			if rg == nil || rgRows == shape.rowGroup {
				rg = fw.AppendBufferedRowGroup()
				rgRows = 0
			}
			end := min(hi, start+shape.rowGroup-rgRows)
			if end > start {
				parallel.For(len(t.Columns), workers, func(j int) {
					v := <-scratch
					defer func() { scratch <- v }()
					nullable := schema.Field(j).Nullable
					v.fill(t.Columns[j], ds, start, end, nullable)
					errs[j] = v.write(rg, j, nullable)
				})
				if err := errors.Join(errs...); err != nil {
					fw.Close()
					return fmt.Errorf("parquet %s: %w", t.Name, err)
				}
			}
			rgRows += end - start
			start = end
		}
		if n == 0 {
			break
		}
	}
	for _, kv := range kv {
		if err := fw.AppendKeyValueMetadata(kv[0], kv[1]); err != nil {
			fw.Close()
			return fmt.Errorf("parquet %s: %w", t.Name, err)
		}
	}
	if err := fw.Close(); err != nil {
		return fmt.Errorf("parquet %s: %w", t.Name, err)
	}
	return nil
}

// columnValues holds a column's values for some rows in the form
// Parquet's column writers take: the text as byte slices over the
// dataset's own strings (the writer only reads them), with a bitmap of
// the rows that hold a value and their definition levels. Arrow arrays
// would copy every string once more on the way.
type columnValues struct {
	strs   []parquet.ByteArray
	ints   []int32
	bools  []bool
	valid  []byte  // bit i is set when row i holds a value
	levels []int16 // an optional column's definition levels: 1 value, 0 null
	nulls  int
}

// noBytes is the empty text: empty, but not nil, which a dictionary
// would take for a null.
var noBytes = parquet.ByteArray{}

// fill takes the column's rows lo to hi.
func (v *columnValues) fill(c Column, ds *pipeline.Dataset, lo, hi int, nullable bool) {
	n := hi - lo
	v.nulls = 0
	v.valid = slices.Grow(v.valid[:0], (n+7)/8)[:(n+7)/8]
	clear(v.valid)
	v.levels = v.levels[:0]
	if nullable {
		v.levels = slices.Grow(v.levels, n)[:n]
	}
	v.strs, v.ints, v.bools = v.strs[:0], v.ints[:0], v.bools[:0]
	switch c.Type { // room for the rows at once, rather than by doubling
	case Bool:
		v.bools = slices.Grow(v.bools, n)
	case Int, Day:
		v.ints = slices.Grow(v.ints, n)
	default:
		v.strs = slices.Grow(v.strs, n)
	}
	if c.date != nil && c.part != datePrecision {
		v.fillDates(c, ds, lo, hi, nullable)
		return
	}
	for i := lo; i < hi; i++ {
		val := c.value(ds, i)
		v.mark(i-lo, !val.Null, nullable)
		switch c.Type {
		case Bool:
			v.bools = append(v.bools, val.Bool)
		case Int:
			if val.Null {
				v.ints = append(v.ints, 0)
			} else {
				v.ints = append(v.ints, int32(val.Int))
			}
		case Day:
			if val.Null {
				v.ints = append(v.ints, 0)
			} else {
				v.ints = append(v.ints, int32(arrow.Date32FromTime(val.Day)))
			}
		default:
			if val.Null || val.Str == "" {
				v.strs = append(v.strs, noBytes)
			} else {
				v.strs = append(v.strs, unsafe.Slice(unsafe.StringData(val.Str), len(val.Str)))
			}
		}
	}
}

// mark records whether row k of the batch holds a value.
func (v *columnValues) mark(k int, ok, nullable bool) {
	var level int16 // 0 for a null
	if ok {
		v.valid[k>>3] |= 1 << (k & 7)
		level = 1
	} else {
		v.nulls++
	}
	if nullable {
		v.levels[k] = level
	}
}

// fillDates takes the rows lo to hi of a date group's text or day
// column from the dates themselves: the texts are written into shared
// buffers rather than each made a string, and the days are counted
// rather than made times.
func (v *columnValues) fillDates(c Column, ds *pipeline.Dataset, lo, hi int, nullable bool) {
	// The texts go into small buffers, each new and never reused: the
	// column writer keeps slices of the values it was given (its
	// statistics' least and greatest) until the row group is closed, and
	// so keeps their buffer alive, which a small one keeps cheap.
	var text []byte
	for i := lo; i < hi; i++ {
		d := c.date(ds, i)
		v.mark(i-lo, !d.IsZero(), nullable)
		switch {
		case c.part == dateText && d.IsZero():
			v.strs = append(v.strs, noBytes)
		case c.part == dateText:
			if cap(text)-len(text) < len("-32768-12-31") {
				text = make([]byte, 0, 4<<10)
			}
			at := len(text)
			text = d.AppendISO(text) // within the buffer's capacity
			v.strs = append(v.strs, text[at:len(text):len(text)])
		default:
			first, last, _ := d.DayNumbers()
			if c.part == dateLatest {
				first = last
			}
			v.ints = append(v.ints, int32(first))
		}
	}
}

// write writes the values into column j of the row group, as
// pqarrow.WriteArrowToColumn writes a top-level column: a required one
// in one batch, an optional one spaced, with its bitmap and levels; when
// no row of an optional column is null pqarrow takes it for a column
// whose parents may be null, so its writer is given a bitmap of its own,
// kept from then on, and works the rows with a value out from the levels.
func (v *columnValues) write(rg file.BufferedRowGroupWriter, j int, nullable bool) (err error) {
	defer func() {
		if r := recover(); r != nil { // the writers panic on what they cannot write
			err = fmt.Errorf("column %d: %v", j, r)
		}
	}()
	cw, err := rg.Column(j)
	if err != nil {
		return err
	}
	var levels []int16
	if nullable {
		levels = v.levels
		if v.nulls == 0 && !cw.HasBitsBuffer() {
			buf := memory.NewResizableBuffer(cw.Properties().Allocator())
			buf.Resize(int(bitutil.BytesForBits(cw.Properties().WriteBatchSize())))
			cw.SetBitsBuffer(buf)
		}
	}
	switch wr := cw.(type) {
	case *file.BooleanColumnChunkWriter:
		if !nullable {
			_, err = wr.WriteBatch(v.bools, nil, nil)
		} else {
			wr.WriteBatchSpaced(v.bools, levels, nil, v.valid, 0)
		}
	case *file.Int32ColumnChunkWriter:
		if !nullable {
			_, err = wr.WriteBatch(v.ints, nil, nil)
		} else {
			wr.WriteBatchSpaced(v.ints, levels, nil, v.valid, 0)
		}
	case *file.ByteArrayColumnChunkWriter:
		if !nullable {
			_, err = wr.WriteBatch(v.strs, nil, nil)
		} else {
			wr.WriteBatchSpaced(v.strs, levels, nil, v.valid, 0)
		}
	default:
		err = fmt.Errorf("column %d: no writer for %T", j, cw)
	}
	return err
}

// fileMetadata is the key-value metadata of every Parquet file: the
// versions and the sha256 of each source, so a file can be traced to the
// exact documents it came from.
func fileMetadata(ds *pipeline.Dataset, opt Options) [][2]string {
	type src struct {
		SourceID string `json:"source_id"`
		Path     string `json:"path"`
		SHA256   string `json:"sha256"`
	}
	srcs := make([]src, len(ds.Sources))
	for i, s := range ds.Sources {
		srcs[i] = src{s.ID, s.Path, s.SHA256}
	}
	js, _ := json.Marshal(srcs)
	return [][2]string{
		{"tenure.version", opt.Version},
		{"tenure.schema_version", SchemaVersion},
		{"tenure.sources", string(js)},
	}
}
