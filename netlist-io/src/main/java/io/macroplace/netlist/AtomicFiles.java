package io.macroplace.netlist;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes files so that a crash never leaves a half-written one: content goes to a temporary file
 * in the same folder, which is then moved over the target in one step.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private AtomicFiles() {
    }

    /** Something that writes bytes to a stream and may fail. */
    @FunctionalInterface
    public interface StreamBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Something that writes text and may fail. */
    @FunctionalInterface
    public interface TextBody {
        void writeTo(Writer out) throws IOException;
    }

    public static void write(Path target, StreamBody body) throws IOException {
        batch().add(target, body).write();
    }

    /** Writes UTF-8 text through a buffered writer. */
    public static void writeText(Path target, TextBody body) throws IOException {
        write(target, text(body));
    }

    /** A set of files written together ({@link Batch}). */
    public static Batch batch() {
        return new Batch();
    }

    private static StreamBody text(TextBody body) {
        return out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.writeTo(w);
            w.flush();
        };
    }

    /**
     * Files that belong together (a netlist and its .plc, the five files of a Bookshelf design):
     * every one is written to its temporary file first, and only when all are complete are they
     * moved over their targets, in the order added. A body that fails leaves no target touched.
     * (The moves themselves are one rename each; a crash between two renames can still leave some
     * targets new and some old.)
     */
    public static final class Batch {
        private final List<Path> targets = new ArrayList<>();
        private final List<StreamBody> bodies = new ArrayList<>();

        private Batch() {
        }

        public Batch add(Path target, StreamBody body) {
            targets.add(target);
            bodies.add(body);
            return this;
        }

        public Batch addText(Path target, TextBody body) {
            return add(target, text(body));
        }

        public Batch addString(Path target, String text) {
            return addText(target, w -> w.write(text));
        }

        public void write() throws IOException {
            for (Path target : targets) {
                if (Files.isDirectory(target)) {
                    throw new FileSystemException(target.toString(), null, "is a folder, not a file to write");
                }
            }
            List<Path> finals = new ArrayList<>();
            List<Path> temps = new ArrayList<>();
            List<Path> madeDirs = new ArrayList<>(); // folders this batch created, deepest last
            boolean done = false;
            try {
                for (int i = 0; i < targets.size(); i++) {
                    Path absolute = targets.get(i).toAbsolutePath();
                    Path dir = absolute.getParent();
                    List<Path> missing = new ArrayList<>();
                    for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
                        missing.add(0, d);
                    }
                    Files.createDirectories(dir);
                    madeDirs.addAll(missing);
                    // Not Files.createTempFile: it makes the file owner-only (0600); a plain create keeps the umask's mode.
                    Path tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
                    temps.add(tmp);
                    finals.add(absolute);
                    try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE)) {
                        bodies.get(i).writeTo(out);
                    }
                }
                for (int i = 0; i < temps.size(); i++) {
                    try {
                        Files.move(temps.get(i), finals.get(i), StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temps.get(i), finals.get(i), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                done = true;
            } finally {
                for (Path tmp : temps) {
                    Files.deleteIfExists(tmp);
                }
                if (!done) {
                    removeEmpty(madeDirs);
                }
            }
        }

        /** After a failure: the folders made for nothing go again (deepest first; any that filled up stay). */
        private static void removeEmpty(List<Path> dirs) {
            for (int i = dirs.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(dirs.get(i));
                } catch (IOException e) {
                    // not empty or not ours to remove: leave it
                }
            }
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }
}
