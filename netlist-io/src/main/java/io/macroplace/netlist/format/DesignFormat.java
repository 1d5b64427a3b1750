package io.macroplace.netlist.format;

import java.nio.file.Path;
import java.util.Locale;

/** The design file formats macroplace reads and writes, told apart by file name. */
public enum DesignFormat {
    /** Circuit Training protobuf text netlist ({@code .pb.txt}, optionally gzipped) with a .plc. */
    CIRCUIT_TRAINING,
    /** Bookshelf ({@code .aux} naming .nodes/.nets/.pl/.scl/.wts). */
    BOOKSHELF;

    /** The format of a netlist path: {@code .aux} is Bookshelf, anything else Circuit Training. */
    public static DesignFormat of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".aux") ? BOOKSHELF : CIRCUIT_TRAINING;
    }

    /** Parses a {@code --to} value: "ct", "protobuf", "bookshelf". */
    public static DesignFormat parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ct", "protobuf", "pb", "circuit-training" -> CIRCUIT_TRAINING;
            case "bookshelf", "aux" -> BOOKSHELF;
            default -> throw new IllegalArgumentException("unknown format \"" + text + "\" (ct or bookshelf)");
        };
    }
}
