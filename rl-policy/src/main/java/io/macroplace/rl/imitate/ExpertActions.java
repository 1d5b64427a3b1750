package io.macroplace.rl.imitate;

/**
 * Maps an expert's macro position to the policy's action space: the legal action cell whose
 * centre is nearest to it. Action cell (col, row) of a {@code columns x rows} action grid over a
 * {@code width x height} canvas has its centre at ((col + 0.5) width / columns, (row + 0.5) height /
 * rows), where the environment centres the macro.
 */
public final class ExpertActions {
    private ExpertActions() {
    }

    /**
     * The legal cell (flat index {@code row * columns + col}) nearest to (x, y) in Euclidean
     * distance, the lowest index on ties; -1 when no cell is legal.
     */
    public static int nearestLegal(boolean[] legal, int columns, int rows, double width, double height,
                                   double x, double y) {
        if (legal.length != columns * rows) {
            throw new IllegalArgumentException("mask has " + legal.length + " cells, grid " + columns + " x " + rows);
        }
        double dx = width / columns;
        double dy = height / rows;
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int row = 0; row < rows; row++) {
            double ey = (row + 0.5) * dy - y;
            double ey2 = ey * ey;
            if (ey2 > bestD) {
                continue;
            }
            int base = row * columns;
            for (int col = 0; col < columns; col++) {
                if (!legal[base + col]) {
                    continue;
                }
                double ex = (col + 0.5) * dx - x;
                double d = ex * ex + ey2;
                if (d < bestD) {
                    bestD = d;
                    best = base + col;
                }
            }
        }
        return best;
    }
}
