UCLA pl 1.0

c1	20	10	: N
c2	40	22	: FS
M1	110	30	: N /FIXED
M2	50	10	: E /FIXED
io1	5	30	: N /FIXED_NI
B1	70	10	: N   # a movable block taller than a row
