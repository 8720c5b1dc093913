package exporters

import (
	"sync"

	"github.com/apache/arrow/go/v17/parquet/compress"
	"github.com/klauspost/compress/zstd"
)

// Arrow's zstd codec builds a new encoder, with its tables and history
// buffers, for every Parquet page it compresses at a set level; at
// 10,000 documents that allocation and clearing cost as much as the
// compression itself. This codec keeps one encoder per level, with the
// same settings (no empty frames, the level's speed), so the pages are
// byte for byte those arrow writes (TestZstdCodecAsArrow), for a fraction
// of the work. zstd's Encoder.EncodeAll may be called concurrently.
type zstdCodec struct {
	compress.Codec // arrow's, for everything but EncodeLevel
}

var zstdEncoders sync.Map // zstd.EncoderLevel → *zstd.Encoder

// EncodeLevel compresses src at a zstd level, as arrow's codec does.
func (c zstdCodec) EncodeLevel(dst, src []byte, level int) []byte {
	speed := zstd.EncoderLevelFromZstd(level)
	if level == compress.DefaultCompressionLevel {
		speed = zstd.SpeedDefault
	}
	enc, ok := zstdEncoders.Load(speed)
	if !ok {
		e, err := zstd.NewWriter(nil, zstd.WithZeroFrames(true), zstd.WithEncoderLevel(speed))
		if err != nil { // only for an unknown level, which EncoderLevelFromZstd never gives
			return c.Codec.EncodeLevel(dst, src, level)
		}
		enc, _ = zstdEncoders.LoadOrStore(speed, e)
	}
	return enc.(*zstd.Encoder).EncodeAll(src, dst[:0])
}

func init() {
	arrow, err := compress.GetCodec(compress.Codecs.Zstd)
	if err != nil {
		panic(err) // arrow registers zstd in its own init
	}
	compress.RegisterCodec(compress.Codecs.Zstd, zstdCodec{arrow})
}
