module tenure

go 1.26.0
