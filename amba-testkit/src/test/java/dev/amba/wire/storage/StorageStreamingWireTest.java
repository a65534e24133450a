package dev.amba.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaServerException;
import dev.amba.AmbaTransportException;
import dev.amba.AmbaUser;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.PresignedUpload;
import dev.amba.storage.UploadSpec;
import dev.amba.storage.UserStorage;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** How the bytes travel: streamed in chunks, size-checked before anything is sent, retried only when replayable. */
@ExtendWith(AmbaEmulatorExtension.class)
class StorageStreamingWireTest {

  private static final String BUCKET = "stream";

  @BeforeAll
  static void bucket(AmbaClient amba) {
    amba.storage().createBucket(BUCKET);
  }

  private static AmbaUser newUser(AmbaEmulator emulator, AmbaClient amba) {
    return amba.asUser(emulator.createUser(emulator.defaultProject()));
  }

  @Test
  void fiveHundredMegabyteFile_isRefusedWithItsSizeBeforeAnyRequest(AmbaEmulator emulator, AmbaClient amba,
      @TempDir Path dir) throws IOException {
    AmbaUser user = newUser(emulator, amba);
    Path big = dir.resolve("video.mp4");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      // Sparse: 500 MB long without using 500 MB of disk.
      f.setLength(500L * 1024 * 1024);
    }
    emulator.clearRecordedRequests();

    assertThatThrownBy(() -> user.storage().upload(UploadSpec.of(BUCKET, "video.mp4", "video/mp4"), big))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("524288000 bytes (500.0 MB)")
        .hasMessageContaining("at most 104857600 bytes (100 MB)")
        .hasMessageContaining(big.toString());
    assertThatThrownBy(() -> user.storage().presign(BUCKET, "video.mp4", "video/mp4", UserStorage.MAX_UPLOAD_BYTES + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("size is 104857601 bytes");
    assertThatThrownBy(() -> user.storage().upload(UploadSpec.of(BUCKET, "v", "video/mp4"),
        InputStream.nullInputStream(), 500L * 1024 * 1024)).isInstanceOf(IllegalArgumentException.class);
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  @Test
  void theEmulator_refusesAnOversizedPresignToo(AmbaEmulator emulator) throws Exception {
    String uid = emulator.createUser(emulator.defaultProject());
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(emulator.apiUrl() + "/v1/client/storage/presign"))
        .header("X-Api-Key", emulator.defaultProject().clientKey())
        .header("Authorization", "Bearer " + emulator.defaultProject().serverKey())
        .header("X-Amba-On-Behalf-Of", uid)
        .POST(HttpRequest.BodyPublishers.ofString("{\"bucket\":\"" + BUCKET + "\",\"filename\":\"a\","
            + "\"mime_type\":\"video/mp4\",\"size_bytes\":524288000}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("\"code\":\"file_too_large\"");
  }

  @Test
  void inputStream_isReadInChunksNeverWholeAndNotClosed(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    AmbaUser user = newUser(emulator, amba);
    int size = 3 * 1024 * 1024;
    WatchedStream in = new WatchedStream(size);

    MediaAsset asset = user.storage().upload(UploadSpec.of(BUCKET, "gen.bin", "application/octet-stream"), in, size);

    assertThat(asset.sizeBytes()).isEqualTo(size);
    assertThat(in.delivered).isEqualTo(size);
    assertThat(in.largestRead).isPositive().isLessThanOrEqualTo(64 * 1024);
    assertThat(in.closed).isFalse();
    byte[] stored = StorageWireTest.fetch(asset.url()).body();
    assertThat(stored).hasSize(size);
    assertThat(stored[size - 1]).isEqualTo(WatchedStream.byteAt(size - 1));
  }

  @Test
  void inputStream_longerThanPresigned_leavesTheRestUnread(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    AmbaUser user = newUser(emulator, amba);
    ByteArrayInputStream in = new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6});

    MediaAsset asset = user.storage().upload(UploadSpec.of(BUCKET, "head.bin", "application/octet-stream"), in, 4);

    assertThat(StorageWireTest.fetch(asset.url()).body()).containsExactly(1, 2, 3, 4);
    assertThat(in.readAllBytes()).containsExactly(5, 6);
  }

  @Test
  void inputStream_shorterThanPresigned_failsOnceWithoutRetry(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    PresignedUpload up = user.storage().presign(BUCKET, "short.bin", "application/octet-stream", 10);
    emulator.clearRecordedRequests();

    assertThatThrownBy(() -> user.storage().put(up, new ByteArrayInputStream(new byte[4])))
        .isInstanceOfSatisfying(AmbaTransportException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.getMessage()).contains("/_emulator/uploads/").doesNotContain("signature");
        });
  }

  @Test
  void aFailedPut_isRetriedFromAPathButNotFromAStream(AmbaEmulator emulator, @TempDir Path dir) throws Exception {
    // Retries wait through the sleeper; this one returns at once, so the test never sleeps.
    try (AmbaClient amba = AmbaClient.configure(emulator.config().toBuilder().sleeper(d -> { }).build())) {
      AmbaUser user = newUser(emulator, amba);
      byte[] content = StorageWireTest.bytes(50_000, 3);
      Path file = Files.write(dir.resolve("r.bin"), content);

      PresignedUpload fromFile = user.storage().presign(BUCKET, "r.bin", "application/octet-stream", content.length);
      emulator.faults().onlyFor("/_emulator/uploads/").failNext(1, 503);
      user.storage().put(fromFile, file);
      assertThat(StorageWireTest.puts(emulator)).hasSize(2);
      assertThat(StorageWireTest.fetch(user.storage().commit(fromFile).url()).body()).isEqualTo(content);

      PresignedUpload fromStream = user.storage().presign(BUCKET, "s.bin", "application/octet-stream", content.length);
      emulator.clearRecordedRequests();
      emulator.faults().onlyFor("/_emulator/uploads/").failNext(1, 503);
      assertThatThrownBy(() -> user.storage().put(fromStream, new ByteArrayInputStream(content)))
          .isInstanceOfSatisfying(AmbaServerException.class, e -> assertThat(e.status()).isEqualTo(503));
      assertThat(StorageWireTest.puts(emulator)).hasSize(1);
    }
  }

  @Test
  void bytesOrFileOfTheWrongSize_areRefusedBeforeSending(AmbaEmulator emulator, AmbaClient amba, @TempDir Path dir)
      throws IOException {
    AmbaUser user = newUser(emulator, amba);
    PresignedUpload up = user.storage().presign(BUCKET, "w.bin", "application/octet-stream", 10);
    Path nine = Files.write(dir.resolve("nine.bin"), new byte[9]);
    emulator.clearRecordedRequests();

    assertThatThrownBy(() -> user.storage().put(up, new byte[11]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bytes holds 11 bytes, but the upload was presigned for 10 bytes");
    assertThatThrownBy(() -> user.storage().put(up, nine))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds 9 bytes");
    assertThatThrownBy(() -> user.storage().put(up, dir.resolve("missing.bin")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a regular file");
    assertThat(emulator.recordedRequests()).isEmpty();
  }

  /**
   * Generates its bytes, and records how it is read: every bulk read fails the test, so an SDK
   * that buffered the whole stream would be caught here.
   */
  static final class WatchedStream extends InputStream {
    final long size;
    long delivered;
    int largestRead;
    boolean closed;

    WatchedStream(long size) {
      this.size = size;
    }

    static byte byteAt(long i) {
      return (byte) (i * 31 + 7);
    }

    @Override
    public int read() {
      throw new AssertionError("the SDK reads an upload byte by byte");
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (delivered >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - delivered);
      largestRead = Math.max(largestRead, n);
      for (int i = 0; i < n; i++) {
        b[off + i] = byteAt(delivered + i);
      }
      delivered += n;
      return n;
    }

    @Override
    public byte[] readAllBytes() {
      throw new AssertionError("the SDK loads an upload whole");
    }

    @Override
    public byte[] readNBytes(int len) {
      throw new AssertionError("the SDK loads an upload whole");
    }

    @Override
    public long transferTo(OutputStream out) {
      throw new AssertionError("the SDK copies an upload into a buffer");
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
