package exporters

import (
	"math"
	"strconv"
)

// appendFixed appends v with one decimal (tenths true) or none, exactly as
// strconv.AppendFloat(b, v, 'f', 1 or 0, 64) does, faster for the
// coordinates of a timeline (zero to a few thousand): the exact value,
// scaled, is rounded to the nearest integer, a tie to the even one. Other
// values go to strconv.
func appendFixed(b []byte, v float64, tenths bool) []byte {
	scale := 1.0
	if tenths {
		scale = 10
	}
	if !(v >= 0 && v < 1e9) { // negative (-0 included), huge or NaN
		prec := 0
		if tenths {
			prec = 1
		}
		return strconv.AppendFloat(b, v, 'f', prec, 64)
	}
	n := math.Floor(v * scale)
	// The sign of v*scale - (n+0.5), with one rounding (FMA) keeps the
	// sign of the exact difference: n+0.5 is exact below 2^52.
	switch d := math.FMA(v, scale, -(n + 0.5)); {
	case d > 0:
		n++
	case d == 0 && math.Mod(n, 2) != 0:
		n++
	case d < 0 && math.FMA(v, scale, -(n-0.5)) < 0:
		// v*scale rounded up to n although the exact product is under
		// n-0.5: cannot happen below 2^52, kept for safety.
		n--
	}
	i := uint64(n)
	if !tenths {
		return strconv.AppendUint(b, i, 10)
	}
	b = strconv.AppendUint(b, i/10, 10)
	return append(b, '.', byte('0'+i%10))
}
