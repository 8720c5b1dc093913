package exporters

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/apache/arrow/go/v17/parquet/pqarrow"

	"tenure/pipeline"
)

// pqarrowTable writes a table the plain way, through pqarrow's
// FileWriter.WriteBuffered, one record per batch: the reference the
// column-parallel writer must match byte for byte.
func pqarrowTable(w io.Writer, ds *pipeline.Dataset, t Table, opt Options, shape parquetShape) error {
	mem := memory.NewGoAllocator()
	schema := ArrowSchema(t, opt)
	fw, err := pqarrow.NewFileWriter(schema, w, Parquet{}.writerProperties(t, opt, mem, shape.rowGroup),
		pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema(), pqarrow.WithAllocator(mem)))
	if err != nil {
		return err
	}
	rb := array.NewRecordBuilder(mem, schema)
	defer rb.Release()
	n := t.Len(ds)
	for lo := 0; lo < n || lo == 0; lo += shape.batch {
		hi := min(n, lo+shape.batch)
		for j, c := range t.Columns {
			appendColumn(rb.Field(j), c, ds, lo, hi)
		}
		rec := rb.NewRecord()
		err := fw.WriteBuffered(rec)
		rec.Release()
		if err != nil {
			return err
		}
		if n == 0 {
			break
		}
	}
	for _, kv := range fileMetadata(ds, opt) {
		if err := fw.AppendKeyValueMetadata(kv[0], kv[1]); err != nil {
			return err
		}
	}
	return fw.Close()
}

// TestParquetAsPqarrow: the column-parallel writer writes the files
// pqarrow's own writer does, for every table, with batches and row groups
// cut every way (a batch split over row groups, row groups that end with
// a batch, columns all null or never null within a batch), and for an
// empty dataset.
func TestParquetAsPqarrow(t *testing.T) {
	opt := Options{Version: "test"}
	for _, d := range []struct {
		name string
		ds   *pipeline.Dataset
	}{{"seeds", seedDataset(t)}, {"empty", &pipeline.Dataset{}}} {
		for _, shape := range []parquetShape{parquetRows, {batch: 5, rowGroup: 7}, {batch: 7, rowGroup: 7},
			{batch: 8, rowGroup: 4}, {batch: 3, rowGroup: 1000}, {batch: 1, rowGroup: 2}} {
			for _, tb := range Tables {
				t.Run(fmt.Sprintf("%s/%s/%d-%d", d.name, tb.Name, shape.batch, shape.rowGroup), func(t *testing.T) {
					var want, got bytes.Buffer
					if err := pqarrowTable(&want, d.ds, tb, opt, shape); err != nil {
						t.Fatal(err)
					}
					if err := (Parquet{}).writeTable(context.Background(), &got, d.ds, tb, opt, fileMetadata(d.ds, opt), shape); err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(got.Bytes(), want.Bytes()) {
						t.Errorf("%d bytes, pqarrow writes %d; they differ", got.Len(), want.Len())
					}
				})
			}
		}
	}
}

// TestParquetCancelled: a cancelled export stops writing a table with
// the context's error.
func TestParquetCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	tb, _ := TableByName("terms")
	err := Parquet{}.WriteTable(ctx, io.Discard, seedDataset(t), tb, Options{})
	if err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// appendColumn appends a column's rows lo to hi to an Arrow builder.
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
