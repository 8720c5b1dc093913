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

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
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
	// Alloc allocates Arrow memory; nil means the Go allocator.
	Alloc memory.Allocator
}

var _ Writer = Parquet{}

// parquetShape is how a table's rows are cut: into batches, each built
// as Arrow arrays and written in one call per column, and into row
// groups.
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

	builders := make([]array.Builder, len(t.Columns))
	for j := range builders {
		builders[j] = array.NewBuilder(mem, schema.Field(j).Type)
		defer builders[j].Release()
	}
	arrays := make([]arrow.Array, len(t.Columns))
	errs := make([]error, len(t.Columns))
	var rg file.BufferedRowGroupWriter
	rgRows := 0 // rows in rg
	n := t.Len(ds)
	// The bytes of each text column's batch, so that its builder takes
	// them in one allocation: the last batch's, or for the first an
	// estimate from its first rows.
	textBytes := make([]int, len(t.Columns))
	for lo := 0; lo < n || lo == 0; lo += shape.batch {
		if err := ctx.Err(); err != nil {
			fw.Close()
			return err
		}
		hi := min(n, lo+shape.batch)
		// Each column has its own builder: they fill on every core.
		parallel.For(len(t.Columns), runtime.GOMAXPROCS(0), func(j int) {
			b := builders[j]
			b.Reserve(hi - lo)
			sb, text := b.(*array.StringBuilder)
			if text {
				if textBytes[j] == 0 {
					textBytes[j] = estimateTextBytes(t.Columns[j], ds, lo, hi)
				}
				sb.ReserveData(textBytes[j] + textBytes[j]/8)
			}
			appendColumn(b, t.Columns[j], ds, lo, hi)
			if text {
				textBytes[j] = sb.DataLen()
			}
			arrays[j] = b.NewArray()
		})
		// The batch goes into the open row group up to its size, the
		// rest into new ones, as WriteBuffered splits a record.
		for start := lo; start < hi || rg == nil; {
			if rg == nil || rgRows == shape.rowGroup {
				rg = fw.AppendBufferedRowGroup()
				rgRows = 0
			}
			end := min(hi, start+shape.rowGroup-rgRows)
			if end > start {
				parallel.For(len(t.Columns), runtime.GOMAXPROCS(0), func(j int) {
					errs[j] = writeParquetColumn(ctx, rg, j, arrays[j], start-lo, end-lo, schema.Field(j).Nullable, &arrowProps)
				})
				if err := errors.Join(errs...); err != nil {
					releaseAll(arrays)
					fw.Close()
					return fmt.Errorf("parquet %s: %w", t.Name, err)
				}
			}
			rgRows += end - start
			start = end
		}
		releaseAll(arrays)
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

func releaseAll(arrays []arrow.Array) {
	for j, a := range arrays {
		if a != nil {
			a.Release()
			arrays[j] = nil
		}
	}
}

// writeParquetColumn writes rows lo to hi of a column's batch into its
// column of the row group, with the definition levels pqarrow gives a
// top-level column: none for a required column, one per row for an
// optional one (1 for a value, 0 for a null), the leaf counted nullable
// only when some row is null.
func writeParquetColumn(ctx context.Context, rg file.BufferedRowGroupWriter, j int, batch arrow.Array, lo, hi int, nullable bool, props *pqarrow.ArrowWriterProperties) error {
	cw, err := rg.Column(j)
	if err != nil {
		return err
	}
	values := array.NewSlice(batch, int64(lo), int64(hi))
	defer values.Release()
	var levels []int16
	leafNullable := false
	if nullable {
		levels = make([]int16, values.Len())
		nulls := values.NullN()
		for i := range levels {
			if nulls == 0 || values.IsValid(i) {
				levels[i] = 1
			}
		}
		leafNullable = nulls > 0
	}
	return pqarrow.WriteArrowToColumn(pqarrow.NewArrowWriteContext(ctx, props), cw, values, levels, nil, leafNullable)
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
