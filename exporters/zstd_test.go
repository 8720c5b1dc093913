package exporters

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// TestZstdCodecAsArrow checks that the registered zstd codec compresses
// pages, one after another and at each level, to the bytes arrow's own
// codec gives (a fresh encoder per page), and that they decompress.
func TestZstdCodecAsArrow(t *testing.T) {
	codec, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := codec.(zstdCodec); !ok {
		t.Fatalf("the zstd codec is %T, not tenure's", codec)
	}
	var pages [][]byte
	for i := range 6 {
		var b bytes.Buffer
		for j := range 2000 * i {
			fmt.Fprintf(&b, "T%07d|%d-%02d-%02d|Party Secretary of Province %d|", j, 1900+j%120, 1+j%12, 1+j%28, j%31)
		}
		pages = append(pages, b.Bytes())
	}
	for _, level := range []int{1, 3, 7, compress.DefaultCompressionLevel} {
		for i, page := range pages {
			speed := zstd.EncoderLevelFromZstd(level)
			if level == compress.DefaultCompressionLevel {
				speed = zstd.SpeedDefault
			}
			fresh, err := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(speed))
			if err != nil {
				t.Fatal(err)
			}
			want := fresh.EncodeAll(page, nil)
			got := codec.EncodeLevel(make([]byte, 0, 64), page, level)
			if !bytes.Equal(got, want) {
				t.Errorf("level %d, page %d (%d bytes): %d bytes compressed, arrow's codec gives %d", level, i, len(page), len(got), len(want))
			}
			if back := codec.Decode(nil, got); !bytes.Equal(back, page) {
				t.Errorf("level %d, page %d: does not decompress to the page", level, i)
			}
		}
	}
}
