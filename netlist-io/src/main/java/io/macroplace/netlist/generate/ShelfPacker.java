package io.macroplace.netlist.generate;

/**
 * A legal starting layout for hard macros: shelves of macros sorted by height, filled left to right
 * and stacked bottom to top, then spread so that the spare room becomes equal gaps. Works in integer
 * thousandths of a micron so that the result is exactly legal once written as decimals.
 */
final class ShelfPacker {
    private ShelfPacker() {
    }

    /**
     * The height the shelves of {@link #pack} need on a canvas {@code canvasW} wide, or
     * {@code Long.MAX_VALUE} when a macro is wider than the canvas.
     */
    static long shelvesHeight(long[] w, long[] h, int[] order, long canvasW) {
        long used = 0;
        long x = 0;
        boolean open = false;
        for (int m : order) {
            if (w[m] > canvasW) {
                return Long.MAX_VALUE;
            }
            if (!open || x + w[m] > canvasW) {
                open = true;
                x = 0;
                used += h[m]; // tallest first: the first macro sets the shelf height
            }
            x += w[m];
        }
        return used;
    }

    /**
     * @param w      widths in thousandths of a micron
     * @param h      heights in thousandths
     * @param order  macro indexes, tallest first
     * @param out    lower-left x then y per macro, in thousandths (length 2 * w.length)
     * @throws IllegalArgumentException when the macros do not fit
     */
    static void pack(long[] w, long[] h, int[] order, long canvasW, long canvasH, long[] out) {
        int n = order.length;
        int[] shelfOf = new int[n];
        long[] shelfHeight = new long[n + 1];
        long[] shelfWidth = new long[n + 1];
        int[] shelfCount = new int[n + 1];
        int shelves = 0;
        long x = 0;
        for (int i = 0; i < n; i++) {
            int m = order[i];
            if (w[m] > canvasW || h[m] > canvasH) {
                throw new IllegalArgumentException("hard macro " + m + " (" + w[m] / 1000.0 + " x " + h[m] / 1000.0
                        + ") is larger than the canvas (" + canvasW / 1000.0 + " x " + canvasH / 1000.0 + ")");
            }
            if (shelves == 0 || x + w[m] > canvasW) {
                shelves++;
                x = 0;
                shelfHeight[shelves - 1] = h[m]; // tallest first: the first macro sets the shelf height
            }
            shelfOf[i] = shelves - 1;
            x += w[m];
            shelfWidth[shelves - 1] = x;
            shelfCount[shelves - 1]++;
        }
        long used = 0;
        for (int s = 0; s < shelves; s++) {
            used += shelfHeight[s];
        }
        if (used > canvasH) {
            throw new IllegalArgumentException("hard macros do not fit the canvas in shelves (need height "
                    + used / 1000.0 + ", have " + canvasH / 1000.0 + "): give a larger canvas");
        }
        long vGap = (canvasH - used) / (shelves + 1);
        long y = vGap;
        int i = 0;
        for (int s = 0; s < shelves; s++) {
            long hGap = (canvasW - shelfWidth[s]) / (shelfCount[s] + 1);
            long cx = hGap;
            for (; i < n && shelfOf[i] == s; i++) {
                int m = order[i];
                out[2 * m] = cx;
                out[2 * m + 1] = y;
                cx += w[m] + hGap;
            }
            y += shelfHeight[s] + vGap;
        }
    }
}
