package exporters

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

func TestAppendFixed(t *testing.T) {
	vals := []float64{0, 0.05, 0.15, 0.25, 0.35, 0.45, 0.5, 1.5, 2.5, 0.95, 9.95, 99.95, 296, 1000, 1e9, 1e9 - 0.05,
		-0.0, -0.04, -1.25, math.Inf(1), math.NaN(), 0.049999999999999996, 1.0000000000000002, 2.675, 1.005, 999.9499999999999}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		vals = append(vals, r.Float64()*1000, math.Float64frombits(r.Uint64()>>2)) // the second: any exponent
	}
	for k := range 20001 {
		vals = append(vals, float64(k)/20, float64(k)/3, float64(k)*0.1, float64(k)/7*1.3)
	}
	for _, v := range vals {
		for _, tenths := range []bool{false, true} {
			prec := 0
			if tenths {
				prec = 1
			}
			if got, want := string(appendFixed(nil, v, tenths)), strconv.FormatFloat(v, 'f', prec, 64); got != want {
				t.Errorf("appendFixed(%v, %v) = %s, want %s", v, tenths, got, want)
			}
		}
	}
}

func FuzzAppendFixed(f *testing.F) {
	for _, v := range []float64{0, 0.25, 2.5, 123.45, 999.95, 1e9, -3} {
		f.Add(v, true)
	}
	f.Fuzz(func(t *testing.T, v float64, tenths bool) {
		prec := 0
		if tenths {
			prec = 1
		}
		if got, want := string(appendFixed(nil, v, tenths)), strconv.FormatFloat(v, 'f', prec, 64); got != want {
			t.Errorf("appendFixed(%v, %v) = %s, want %s", v, tenths, got, want)
		}
	})
}
