package io.macroplace.rl.io;

import io.macroplace.netlist.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Whole-zip read and atomic whole-zip write (temp file in the same folder, then an atomic move). */
final class ZipEntries {
    private ZipEntries() {
    }

    static void writeAtomically(Path target, Map<String, byte[]> entries) throws IOException {
        AtomicFiles.write(target, os -> {
            ZipOutputStream zip = new ZipOutputStream(os);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    static Map<String, byte[]> read(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream is = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(is)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }

    static byte[] require(Map<String, byte[]> entries, String name, Path file) throws IOException {
        byte[] b = entries.get(name);
        if (b == null) {
            throw new IOException(file + ": no entry " + name);
        }
        return b;
    }

    interface Writer {
        void write(OutputStream os) throws IOException;
    }

    static byte[] bytes(Writer w) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        w.write(bos);
        return bos.toByteArray();
    }
}
