package io.macroplace.env.legal;

import io.macroplace.env.model.PositionGrid;
import java.util.Arrays;

/**
 * Which points of a {@link PositionGrid} can take a macro's centre: the macro lies fully inside the
 * canvas and keeps {@code spacing} clear of every obstacle rectangle (placed hard macros,
 * blockages); touching is allowed. Each obstacle forbids a box of centres, marked in a 2-D
 * difference array, so a mask costs O(obstacles + points), not O(obstacles * points).
 */
public final class LegalMask {
    private final PositionGrid grid;
    private final int[] diff;

    public LegalMask(PositionGrid grid) {
        this.grid = grid;
        this.diff = new int[(grid.nx() + 1) * (grid.ny() + 1)];
    }

    public PositionGrid grid() {
        return grid;
    }

    /**
     * Fills {@code out} (nx * ny) and returns the number of legal points.
     *
     * @param obstacles flat {x0, y0, x1, y1} per obstacle, {@code count} of them
     */
    public int compute(double w, double h, double[] obstacles, int count, double spacing, double tolerance,
                       boolean[] out) {
        int nx = grid.nx();
        int ny = grid.ny();
        int stride = nx + 1;
        Arrays.fill(diff, 0);
        for (int k = 0; k < count; k++) {
            double lox = obstacles[4 * k] - w / 2 - spacing + tolerance;
            double hix = obstacles[4 * k + 2] + w / 2 + spacing - tolerance;
            double loy = obstacles[4 * k + 1] - h / 2 - spacing + tolerance;
            double hiy = obstacles[4 * k + 3] + h / 2 + spacing - tolerance;
            int i0 = firstAbove(lox, grid.dx(), nx);
            int i1 = firstAtOrAbove(hix, grid.dx(), nx);
            int j0 = firstAbove(loy, grid.dy(), ny);
            int j1 = firstAtOrAbove(hiy, grid.dy(), ny);
            if (i0 >= i1 || j0 >= j1) {
                continue;
            }
            diff[j0 * stride + i0]++;
            diff[j0 * stride + i1]--;
            diff[j1 * stride + i0]--;
            diff[j1 * stride + i1]++;
        }
        // prefix sums in place
        for (int j = 0; j <= ny; j++) {
            for (int i = 1; i <= nx; i++) {
                diff[j * stride + i] += diff[j * stride + i - 1];
            }
        }
        for (int j = 1; j <= ny; j++) {
            for (int i = 0; i <= nx; i++) {
                diff[j * stride + i] += diff[(j - 1) * stride + i];
            }
        }
        int legal = 0;
        for (int j = 0; j < ny; j++) {
            double y = grid.y(j);
            boolean rowIn = y - h / 2 >= -tolerance && y + h / 2 <= grid.height() + tolerance;
            for (int i = 0; i < nx; i++) {
                double x = grid.x(i);
                boolean ok = rowIn && x - w / 2 >= -tolerance && x + w / 2 <= grid.width() + tolerance
                        && diff[j * stride + i] == 0;
                out[j * nx + i] = ok;
                if (ok) {
                    legal++;
                }
            }
        }
        return legal;
    }

    /** Smallest i with (i + 0.5) * step > v, clamped to [0, n]. */
    static int firstAbove(double v, double step, int n) {
        int i = (int) Math.floor(v / step - 0.5) + 1;
        i = Math.max(0, Math.min(n, i));
        while (i > 0 && (i - 0.5) * step > v) {
            i--;
        }
        while (i < n && (i + 0.5) * step <= v) {
            i++;
        }
        return i;
    }

    /** Smallest i with (i + 0.5) * step >= v, clamped to [0, n]. */
    static int firstAtOrAbove(double v, double step, int n) {
        int i = (int) Math.ceil(v / step - 0.5);
        i = Math.max(0, Math.min(n, i));
        while (i > 0 && (i - 0.5) * step >= v) {
            i--;
        }
        while (i < n && (i + 0.5) * step < v) {
            i++;
        }
        return i;
    }
}
