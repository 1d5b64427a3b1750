package io.macroplace.netlist.format;

import java.nio.file.Path;
import java.util.Locale;

/** The design file formats macroplace reads and writes, told apart by file name. */
public enum DesignFormat {
    /** Circuit Training protobuf text netlist ({@code .pb.txt}, optionally gzipped) with a .plc. */
    CIRCUIT_TRAINING,
    /** Bookshelf ({@code .aux} naming .nodes/.nets/.pl/.scl/.wts). */
    BOOKSHELF,
    /** DEF ({@code .def} or {@code .def.gz}) with its LEF files. */
    DEF;

    /** The format of a netlist path: {@code .aux} is Bookshelf, {@code .def[.gz]} DEF, anything else Circuit Training. */
    public static DesignFormat of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".aux")) {
            return BOOKSHELF;
        }
        return name.endsWith(".def") || name.endsWith(".def.gz") ? DEF : CIRCUIT_TRAINING;
    }

    /** Parses a {@code --to} value: "ct", "protobuf", "bookshelf", "def". */
    public static DesignFormat parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ct", "protobuf", "pb", "circuit-training" -> CIRCUIT_TRAINING;
            case "bookshelf", "aux" -> BOOKSHELF;
            case "def" -> DEF;
            default -> throw new IllegalArgumentException("unknown format \"" + text + "\" (ct, bookshelf or def)");
        };
    }
}
