package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is sent to the disk in steps while it is written, and comes out whole. */
class WriteBehindTest {

    @TempDir
    Path dir;

    @Test
    void aFileLargerThanTheStepIsWrittenOutWhileItGrowsAndEndsWhole() throws IOException {
        byte[] data = new byte[(WriteBehind.STEP_MB * 2 + 3) << 20];
        new Random(7).nextBytes(data);
        Path file = dir.resolve("volume.pdf");
        WriteBehind behind;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            behind = new WriteBehind(channel);
            for (int at = 0; at < data.length; at += 1 << 20) {
                channel.write(ByteBuffer.wrap(data, at, Math.min(1 << 20, data.length - at)));
                behind.written(channel.position());
                if (channel.position() < (long) WriteBehind.STEP_MB << 20) {
                    assertThat(behind.writeOuts()).as("none before the first step").isZero();
                }
            }
            behind.finish();
            channel.force(true);
        }
        // one a step, unless the one before was still running: never more
        assertThat(behind.writeOuts()).isBetween(1, 2);
        assertThat(Files.readAllBytes(file)).isEqualTo(data);
    }

    @Test
    void aSmallFileIsLeftToTheFinalForce() throws IOException {
        Path file = dir.resolve("small.pdf");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            WriteBehind behind = new WriteBehind(channel);
            channel.write(ByteBuffer.wrap(new byte[4096]));
            behind.written(channel.position());
            behind.finish();
            assertThat(behind.writeOuts()).isZero();
        }
    }
}
