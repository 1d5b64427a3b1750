package io.macroplace.netlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
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

    /**
     * A process killed while writing leaves its temporary file; the next write of the same target
     * removes it once that process is gone, and leaves a live process's (and other targets') alone.
     */
    @Test
    void temporaryFilesOfKilledProcessesGoWithTheNextWrite(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long alive = ProcessHandle.current().parent().orElseThrow().pid();
        Path dead = Files.writeString(dir.resolve(".out.txt." + gone.pid() + "-1a2b.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".out.txt." + alive + "-3c4d.tmp"), "in progress");
        Path other = Files.writeString(dir.resolve(".other.txt." + gone.pid() + "-5e6f.tmp"), "half");
        AtomicFiles.writeString(dir.resolve("out.txt"), "whole");
        assertFalse(Files.exists(dead), "the killed writer's leftover is removed");
        assertTrue(Files.exists(live), "a running writer's file stays");
        assertTrue(Files.exists(other), "another target's leftover waits for that target's next write");
        assertEquals("whole", Files.readString(dir.resolve("out.txt")));
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

    @Test
    void aBatchThatFailsTouchesNoTargetAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path kept = dir.resolve("a.txt");
        AtomicFiles.writeString(kept, "old");
        Path fresh = dir.resolve("new").resolve("deeper").resolve("b.txt");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.batch()
                .addString(kept, "new")
                .addString(fresh, "b")
                .addText(dir.resolve("c.txt"), w -> {
                    throw new IOException("disk full");
                })
                .write());
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(kept), "a file before the failing one is not replaced either");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a.txt"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary files, no target, and the folders made for the batch are gone");
        }
    }

    @Test
    void aBatchWritesEveryFile(@TempDir Path dir) throws Exception {
        AtomicFiles.batch().addString(dir.resolve("x/1.txt"), "one").addString(dir.resolve("2.txt"), "two").write();
        assertEquals("one", Files.readString(dir.resolve("x/1.txt")));
        assertEquals("two", Files.readString(dir.resolve("2.txt")));
    }

    @Test
    void aFolderIsNoTarget(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("d"));
        FileSystemException e = assertThrows(FileSystemException.class,
                () -> AtomicFiles.batch().addString(dir.resolve("e.txt"), "e").addString(dir.resolve("d"), "x").write());
        assertEquals(dir.resolve("d").toString(), e.getFile());
        assertEquals("is a folder, not a file to write", e.getReason());
        assertFalse(Files.exists(dir.resolve("e.txt")), "checked before anything is written");
    }
}
