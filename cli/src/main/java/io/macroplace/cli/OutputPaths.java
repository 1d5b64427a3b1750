package io.macroplace.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks an output path before any work is done, so that a long run does not end in "already
 * exists" or "not a directory" when it comes to write.
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    /** {@code --out DIR}: a folder, or a path where one can be made. */
    public static void checkFolder(Path dir, String option) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserException(dir + ": is a file; " + option + " names the folder to write into");
        }
        checkAncestors(dir, option);
    }

    /** {@code --out FILE}: a file, or a path where one can be made. */
    public static void checkFile(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new UserException(file + ": is a folder; " + option + " names the file to write");
        }
        checkAncestors(file, option);
    }

    /** The nearest existing ancestor must be a folder we may write in. */
    private static void checkAncestors(Path path, String option) {
        Path p = path.toAbsolutePath().getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return;
        }
        if (!Files.isDirectory(p)) {
            throw new UserException(p + ": is a file, so " + option + " " + path + " cannot be made");
        }
        if (!Files.isWritable(p)) {
            throw new UserException(p + ": permission denied, so " + option + " " + path + " cannot be written");
        }
    }
}
