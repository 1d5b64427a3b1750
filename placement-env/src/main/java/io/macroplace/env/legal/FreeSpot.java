package io.macroplace.env.legal;

/**
 * Finds a legal centre for a macro anywhere on the canvas when no grid point is legal: candidates
 * are the canvas edges and the edges of every obstacle (where a macro can sit flush against it),
 * and the legal candidate nearest a target wins. O(obstacles^3); used only as a fallback.
 */
public final class FreeSpot {
    private FreeSpot() {
    }

    /**
     * @param obstacles flat {x0, y0, x1, y1} per obstacle
     * @param out       receives the centre (x, y)
     * @return false when no candidate is legal
     */
    public static boolean nearest(double width, double height, double w, double h, double[] obstacles, int count,
                                  double spacing, double targetX, double targetY, double[] out) {
        int m = 2 * count + 2;
        double[] xs = new double[m];
        double[] ys = new double[m];
        xs[0] = w / 2;
        xs[1] = width - w / 2;
        ys[0] = h / 2;
        ys[1] = height - h / 2;
        for (int k = 0; k < count; k++) {
            xs[2 + 2 * k] = obstacles[4 * k] - w / 2 - spacing;
            xs[3 + 2 * k] = obstacles[4 * k + 2] + w / 2 + spacing;
            ys[2 + 2 * k] = obstacles[4 * k + 1] - h / 2 - spacing;
            ys[3 + 2 * k] = obstacles[4 * k + 3] + h / 2 + spacing;
        }
        double tol = Legality.DEFAULT_TOLERANCE / 10;
        double best = Double.POSITIVE_INFINITY;
        boolean found = false;
        for (double cx : xs) {
            if (cx - w / 2 < -tol || cx + w / 2 > width + tol) {
                continue;
            }
            for (double cy : ys) {
                if (cy - h / 2 < -tol || cy + h / 2 > height + tol) {
                    continue;
                }
                double d = (cx - targetX) * (cx - targetX) + (cy - targetY) * (cy - targetY);
                if (d >= best || !free(cx, cy, w, h, obstacles, count, spacing, tol)) {
                    continue;
                }
                best = d;
                out[0] = cx;
                out[1] = cy;
                found = true;
            }
        }
        return found;
    }

    /** Whether a w x h macro centred at (cx, cy) keeps {@code spacing} clear of every obstacle (touching allowed). */
    public static boolean free(double cx, double cy, double w, double h, double[] obstacles, int count, double spacing,
                        double tol) {
        double x0 = cx - w / 2 - spacing;
        double x1 = cx + w / 2 + spacing;
        double y0 = cy - h / 2 - spacing;
        double y1 = cy + h / 2 + spacing;
        for (int k = 0; k < count; k++) {
            if (Math.min(x1, obstacles[4 * k + 2]) - Math.max(x0, obstacles[4 * k]) > tol
                    && Math.min(y1, obstacles[4 * k + 3]) - Math.max(y0, obstacles[4 * k + 1]) > tol) {
                return false;
            }
        }
        return true;
    }
}
