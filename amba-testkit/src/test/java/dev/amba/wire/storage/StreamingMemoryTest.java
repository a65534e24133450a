package dev.amba.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that uploads stream: a child JVM whose whole heap is 16 MB uploads a 48 MB file from a
 * Path and from an InputStream. The control run, which reads the file into memory first, must die
 * in the same JVM, so the proof would catch an SDK that buffered.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class StreamingMemoryTest {

  private static final String HEAP = "-Xmx16m";
  private static final long SIZE = 48L * 1024 * 1024;

  @Test
  void aFileThreeTimesTheHeap_uploadsFromPathAndStream_butNotWhenBuffered(AmbaEmulator emulator, AmbaClient amba,
      @TempDir Path dir) throws Exception {
    amba.storage().createBucket("big");
    String uid = emulator.createUser(emulator.defaultProject());
    Path file = dir.resolve("big.bin");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(SIZE);
    }

    Result streamed = run(emulator, uid, file, "stream");
    Result buffered = run(emulator, uid, file, "buffered");

    assertThat(streamed.exit).as(streamed.output).isZero();
    assertThat(streamed.output).contains("uploaded with max heap");
    assertThat(buffered.exit).as(buffered.output).isNotZero();
    assertThat(buffered.output).contains("OutOfMemoryError");
  }

  private record Result(int exit, String output) {}

  private static Result run(AmbaEmulator emulator, String uid, Path file, String mode)
      throws IOException, InterruptedException {
    EmulatorProject p = emulator.defaultProject();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+UseSerialGC",
        "-cp", classPath(), LowHeapUploader.class.getName(),
        emulator.apiUrl(), p.projectId(), p.clientKey(), p.serverKey(), uid, "big", file.toString(), mode));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = child.getInputStream().readAllBytes();
    if (!child.waitFor(60, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("the child JVM did not finish");
    }
    return new Result(child.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static String classPath() {
    // Surefire may start tests from a manifest-only jar; it records the real class path here.
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
