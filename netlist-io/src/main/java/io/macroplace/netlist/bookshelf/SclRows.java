package io.macroplace.netlist.bookshelf;

import io.macroplace.netlist.FormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The rows of a .scl file: their extent, and the first row's height and site width. */
final class SclRows {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    double rowHeight = Double.NaN;
    double siteWidth = Double.NaN;
    int count;
    String file;

    static SclRows read(Path scl, String auxName, int auxLine) throws IOException {
        SclRows r = new SclRows();
        r.file = scl.toString();
        int declared = -1;
        int declaredAt = 0;
        try (BookshelfLines in = BookshelfLines.open(scl, auxName, auxLine)) {
            double y = Double.NaN;
            double h = Double.NaN;
            double sw = Double.NaN;
            double spacing = Double.NaN;
            double x = Double.NaN;
            int sites = -1;
            int rowStart = 0;
            boolean inRow = false;
            while (in.next()) {
                String first = in.token(0);
                if (!inRow && first.equalsIgnoreCase("NumRows")) {
                    in.keyValue("NumRows");
                    declared = in.integer(2);
                    declaredAt = in.line();
                } else if (!inRow && first.equalsIgnoreCase("CoreRow")) {
                    if (r.count == declared) {
                        throw in.error("row " + (r.count + 1) + " is one more than NumRows : " + declared
                                + " (line " + declaredAt + ") declares");
                    }
                    inRow = true;
                    rowStart = in.line();
                    y = h = sw = spacing = x = Double.NaN;
                    sites = -1;
                } else if (inRow && first.equalsIgnoreCase("End")) {
                    if (Double.isNaN(y) || Double.isNaN(h) || Double.isNaN(x) || sites < 0) {
                        throw new FormatException(in.file(), rowStart,
                                "row lacks Coordinate, Height, SubrowOrigin or NumSites");
                    }
                    if (!(h > 0) || !Double.isNaN(sw) && !(sw > 0) || !Double.isNaN(spacing) && !(spacing > 0)) {
                        throw new FormatException(in.file(), rowStart,
                                "row Height, Sitewidth and Sitespacing must be positive");
                    }
                    double step = !Double.isNaN(spacing) ? spacing : Double.isNaN(sw) ? 1 : sw;
                    r.minX = Math.min(r.minX, x);
                    r.maxX = Math.max(r.maxX, x + sites * step);
                    r.minY = Math.min(r.minY, y);
                    r.maxY = Math.max(r.maxY, y + h);
                    if (r.count == 0) {
                        r.rowHeight = h;
                        r.siteWidth = Double.isNaN(sw) ? step : sw;
                    }
                    r.count++;
                    inRow = false;
                } else if (inRow) {
                    // KEY : value pairs, possibly two on a line (SubrowOrigin : x NumSites : n)
                    for (int i = 0; i < in.size(); i += 3) {
                        if (i + 2 >= in.size() || !in.token(i + 1).equals(":")) {
                            throw in.error("expected \"Key : value\" in a row, found \"" + in.joined() + "\"");
                        }
                        String key = in.token(i).toLowerCase(Locale.ROOT);
                        switch (key) {
                            case "coordinate" -> y = in.number(i + 2);
                            case "height" -> h = in.number(i + 2);
                            case "sitewidth" -> sw = in.number(i + 2);
                            case "sitespacing" -> spacing = in.number(i + 2);
                            case "subroworigin" -> x = in.number(i + 2);
                            case "numsites" -> sites = in.integer(i + 2);
                            default -> {
                                // Siteorient, Sitesymmetry: not needed
                            }
                        }
                    }
                } else {
                    throw in.error("expected NumRows or CoreRow, found \"" + in.joined() + "\"");
                }
            }
            if (inRow) {
                throw new FormatException(in.file(), rowStart, "row has no End");
            }
            if (declared >= 0 && declared != r.count) {
                throw new FormatException(in.file(), declaredAt, "NumRows says " + declared + ", file has " + r.count);
            }
            if (r.count == 0) {
                throw new FormatException(in.file(), 0, "no rows");
            }
        }
        return r;
    }
}
