package io.macroplace.netlist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens input files for the readers. A folder given where a file belongs is reported with its
 * path: on Linux a folder opens without complaint and only the first read fails, with a bare
 * "Is a directory" that names nothing.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * @param source the name to report the path by (as the user gave it)
     * @throws FormatException when {@code path} is a folder
     */
    public static InputStream open(Path path, String source) throws IOException {
        if (Files.isDirectory(path)) {
            throw new FormatException(source, 0, "is a folder, not a file");
        }
        return Files.newInputStream(path);
    }
}
