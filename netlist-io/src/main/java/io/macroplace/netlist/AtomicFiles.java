package io.macroplace.netlist;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
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
 * in the same folder, which is then moved over the target in one step. The temporary file is named
 * {@code .NAME.PID-RANDOM.tmp}: one left by a process that was killed (kill -9, power loss) is
 * removed by the next write of the same target once that process is gone. A write that fails (a
 * full disk) throws a {@link WriteFailedException} naming the target, which keeps its old content.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();

    /** Writing a target failed; the message names it and says that its previous content is kept. */
    public static final class WriteFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailedException(Path target, IOException cause) {
            super(target + ": cannot be written (" + reason(cause) + "); "
                    + (Files.exists(target) ? "its previous content is kept" : "nothing was written there"), cause);
        }

        private static String reason(IOException e) {
            if (e instanceof FileSystemException f && f.getReason() != null) {
                return f.getReason();
            }
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
    }
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
                    removeStale(dir, absolute.getFileName().toString());
                    // Not Files.createTempFile: it makes the file owner-only (0600); a plain create keeps the umask's mode.
                    Path tmp = dir.resolve("." + absolute.getFileName() + "." + PID + "-"
                            + Long.toHexString(RANDOM.nextLong()) + ".tmp");
                    temps.add(tmp);
                    finals.add(absolute);
                    OutputStream file;
                    try {
                        file = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    } catch (IOException e) {
                        throw new WriteFailedException(absolute, e);
                    }
                    try (OutputStream out = new Guarded(file, absolute)) {
                        bodies.get(i).writeTo(out);
                    } catch (IOException e) {
                        throw writeFailure(e);
                    }
                }
                for (int i = 0; i < temps.size(); i++) {
                    try {
                        try {
                            Files.move(temps.get(i), finals.get(i), StandardCopyOption.ATOMIC_MOVE,
                                    StandardCopyOption.REPLACE_EXISTING);
                        } catch (AtomicMoveNotSupportedException e) {
                            Files.move(temps.get(i), finals.get(i), StandardCopyOption.REPLACE_EXISTING);
                        }
                    } catch (IOException e) {
                        throw new WriteFailedException(finals.get(i), e);
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

        /** Temporary files of {@code name} whose process is gone (killed while writing): they are ours to remove. */
        private static void removeStale(Path dir, String name) {
            String prefix = "." + name + ".";
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                    p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))) {
                for (Path p : entries) {
                    String middle = p.getFileName().toString();
                    middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
                    int dash = middle.indexOf('-');
                    if (dash <= 0 || !middle.substring(0, dash).chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    long pid = Long.parseLong(middle.substring(0, dash));
                    if (pid != PID && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                        Files.deleteIfExists(p);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // cleaning up is a courtesy: a leftover that cannot go stays
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

    /**
     * A body's failure as reported: when a library wrapped our stream's {@link WriteFailedException}
     * in its own (ImageIO: "I/O error writing PNG file!"), the one that names the target.
     */
    private static IOException writeFailure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WriteFailedException w) {
                return w;
            }
        }
        return e;
    }

    /** The temporary file's stream: a failure to write (a full disk) names the target, not the temporary file. */
    private static final class Guarded extends FilterOutputStream {
        private final Path target;

        Guarded(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new WriteFailedException(target, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new WriteFailedException(target, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new WriteFailedException(target, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw new WriteFailedException(target, e);
            }
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }
}
