package exporters

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"runtime"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet"
	"github.com/apache/arrow/go/v17/parquet/compress"
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
	// Alloc allocates Arrow memory; nil means the Go allocator.
	Alloc memory.Allocator
}

var _ Writer = Parquet{}

// parquetBatch is the number of rows per Arrow record.
const parquetBatch = 64 << 10

// Write implements Writer.
func (p Parquet) Write(ctx context.Context, ds *pipeline.Dataset, dir string, opt Options) ([]string, error) {
	// The tables are written two at a time, each file on its own: the
	// terms table alone is most of the work, so two workers keep both
	// cores busy without holding more than two tables' buffers.
	errs := make([]error, len(Tables))
	parallel.For(len(Tables), 2, func(i int) {
		if errs[i] = ctx.Err(); errs[i] != nil {
			return
		}
		t := Tables[i]
		errs[i] = writeFile(filepath.Join(dir, t.Name+".parquet"), opt, func(w io.Writer) error {
			return p.WriteTable(ctx, w, ds, t, opt)
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
	mem := p.Alloc
	if mem == nil {
		mem = memory.NewGoAllocator()
	}
	schema := ArrowSchema(t, opt)
	props := []parquet.WriterProperty{
		parquet.WithCompression(compress.Codecs.Zstd),
		parquet.WithCompressionLevel(1),
		parquet.WithDictionaryDefault(false),
		parquet.WithMaxRowGroupLength(1 << 20),
		parquet.WithCreatedBy("tenure " + opt.Version),
		parquet.WithRootRepetition(parquet.Repetitions.Required),
		parquet.WithAllocator(mem),
	}
	for _, c := range t.Columns {
		if c.Repeats || c.Type == Date {
			props = append(props, parquet.WithDictionaryFor(c.Name, true))
		}
	}
	fw, err := pqarrow.NewFileWriter(schema, w, parquet.NewWriterProperties(props...),
		pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(mem)))
	if err != nil {
		return fmt.Errorf("parquet %s: %w", t.Name, err)
	}
	closed := false
	defer func() {
		if !closed {
			fw.Close()
		}
	}()
	rb := array.NewRecordBuilder(mem, schema)
	defer rb.Release()
	n := t.Len(ds)
	// The bytes of each text column's batch, so that its builder takes
	// them in one allocation: the last batch's, or for the first an
	// estimate from its first rows.
	textBytes := make([]int, len(t.Columns))
	for lo := 0; lo < n || lo == 0; lo += parquetBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		hi := min(n, lo+parquetBatch)
		rb.Reserve(hi - lo)
		// Each column has its own builder: they fill on every core.
		parallel.For(len(t.Columns), runtime.GOMAXPROCS(0), func(j int) {
			sb, text := rb.Field(j).(*array.StringBuilder)
			if text {
				if textBytes[j] == 0 {
					textBytes[j] = estimateTextBytes(t.Columns[j], ds, lo, hi)
				}
				sb.ReserveData(textBytes[j] + textBytes[j]/8)
			}
			appendColumn(rb.Field(j), t.Columns[j], ds, lo, hi)
			if text {
				textBytes[j] = sb.DataLen()
			}
		})
		rec := rb.NewRecord()
		err := fw.WriteBuffered(rec)
		rec.Release()
		if err != nil {
			closed = true // the writer closes itself on a failed write
			return fmt.Errorf("parquet %s: %w", t.Name, err)
		}
		if n == 0 {
			break
		}
	}
	for _, kv := range fileMetadata(ds, opt) {
		if err := fw.AppendKeyValueMetadata(kv[0], kv[1]); err != nil {
			return fmt.Errorf("parquet %s: %w", t.Name, err)
		}
	}
	closed = true
	if err := fw.Close(); err != nil {
		return fmt.Errorf("parquet %s: %w", t.Name, err)
	}
	return nil
}

// estimateTextBytes estimates the bytes of a text column's rows lo to hi
// from its first rows.
func estimateTextBytes(c Column, ds *pipeline.Dataset, lo, hi int) int {
	const sample = 256
	m := min(hi-lo, sample)
	if m == 0 {
		return 0
	}
	size := 0
	for i := lo; i < lo+m; i++ {
		size += len(c.value(ds, i).Str)
	}
	return size * (hi - lo) / m
}

func appendColumn(b array.Builder, c Column, ds *pipeline.Dataset, lo, hi int) {
	switch c.Type {
	case Bool:
		bb := b.(*array.BooleanBuilder)
		for i := lo; i < hi; i++ {
			bb.Append(c.value(ds, i).Bool)
		}
	case Int:
		ib := b.(*array.Int32Builder)
		for i := lo; i < hi; i++ {
			if v := c.value(ds, i); v.Null {
				ib.AppendNull()
			} else {
				ib.Append(int32(v.Int))
			}
		}
	case Day:
		db := b.(*array.Date32Builder)
		for i := lo; i < hi; i++ {
			if v := c.value(ds, i); v.Null {
				db.AppendNull()
			} else {
				db.Append(arrow.Date32FromTime(v.Day))
			}
		}
	default:
		sb := b.(*array.StringBuilder)
		for i := lo; i < hi; i++ {
			if v := c.value(ds, i); v.Null {
				sb.AppendNull()
			} else {
				sb.Append(v.Str)
			}
		}
	}
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
