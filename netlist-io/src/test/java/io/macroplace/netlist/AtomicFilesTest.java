package io.macroplace.netlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void replacesTargetAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("sub").resolve("out.txt");
        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second");
        assertEquals("second", Files.readString(target));
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void failedWriteKeepsThePreviousContent(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.txt");
        AtomicFiles.writeString(target, "intact");
        assertThrows(IOException.class, () -> AtomicFiles.writeText(target, w -> {
            w.write("half");
            throw new IOException("disk full");
        }));
        assertEquals("intact", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void writtenFilesAreReadableByOthersLikeAnyNewFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.txt");
        AtomicFiles.writeString(target, "x");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(target));
        assertTrue(expected.contains(PosixFilePermission.OWNER_READ));
    }
}
