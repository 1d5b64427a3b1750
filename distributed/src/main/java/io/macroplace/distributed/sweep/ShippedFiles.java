package io.macroplace.distributed.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Input files sent from the driver to the executors (in a broadcast), so that a cluster needs no
 * storage shared with the driver for its inputs. On an executor they become a folder of files with
 * their original names (a Bookshelf .aux finds its siblings), written once per JVM and content.
 *
 * @param key   hash of the names and contents
 * @param files file name to content
 */
public record ShippedFiles(String key, Map<String, byte[]> files) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Path> FOLDERS = new ConcurrentHashMap<>();

    public ShippedFiles {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Reads the files (their names must differ). */
    public static ShippedFiles of(Iterable<Path> paths) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path p : paths) {
            String name = p.getFileName().toString();
            byte[] content = Files.readAllBytes(p);
            if (files.put(name, content) != null) {
                throw new IllegalArgumentException(p + ": two input files of one design are named " + name);
            }
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(content);
        }
        return new ShippedFiles(HexFormat.of().formatHex(sha.digest()).substring(0, 16), files);
    }

    /** This JVM's copy of the files: a folder holding them, written on first use. */
    public Path folder() {
        return FOLDERS.computeIfAbsent(key, k -> {
            try {
                Path dir = Files.createTempDirectory("macroplace-inputs-" + k + "-");
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Files.write(dir.resolve(f.getKey()), f.getValue());
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "macroplace-inputs-cleanup"));
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
