package io.macroplace.distributed.spark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars a cluster's executors need from the driver: macroplace's and its dependencies', not
 * Spark's. The launcher names them in the {@code macroplace.app.classpath} property (built with
 * the module: target/app.classpath); spark-submit instead ships its application jar itself.
 * Class folders (a development build) are packed into temporary jars.
 */
public final class AppJars {
    public static final String PROPERTY = "macroplace.app.classpath";

    private AppJars() {
    }

    /** The jars, as Spark's comma-separated spark.jars value; empty when the property is not set. */
    public static String sparkJars() throws IOException {
        String classpath = System.getProperty(PROPERTY);
        if (classpath == null || classpath.isBlank()) {
            return "";
        }
        List<String> jars = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath();
            if (Files.isDirectory(p)) {
                p = jarOf(p);
            } else if (!Files.isRegularFile(p)) {
                throw new IOException(p + ": a jar named in " + PROPERTY + " does not exist");
            }
            jars.add(p.toUri().toString());
        }
        return String.join(",", jars);
    }

    /** A temporary jar with a class folder's files (deleted when the JVM exits). */
    static Path jarOf(Path folder) throws IOException {
        Path jar = Files.createTempFile("macroplace-classes-", ".jar");
        jar.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(f)) {
                    j.putNextEntry(new JarEntry(folder.relativize(f).toString().replace(File.separatorChar, '/')));
                    Files.copy(f, j);
                    j.closeEntry();
                }
            }
        }
        return jar;
    }
}
