UCLA pl 1.0
# written by macroplace: lower-left corners

c1	20	10	: N
c2	40	22	: FS
M1	110	30	: N /FIXED
M2	50	10	: E /FIXED
io1	5	30	: N /FIXED
B1	70	10	: N
