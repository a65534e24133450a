package dev.amba.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Storage arguments are checked before anything is sent. The client points at a port nothing
 * listens on: a check that let a call through would end in a transport error, not the
 * IllegalArgumentException asserted here.
 */
class StorageArgumentsTest {

  private final AmbaClient amba = AmbaClient.configure(AmbaConfig.builder().projectId("p")
      .clientKey("amb_dev_ck_x1234567").serverKey("amb_dev_sk_y1234567").apiUrl("http://127.0.0.1:1")
      .sleeper(d -> { }).build());
  private final UserStorage storage = amba.asUser("u1").storage();

  @AfterEach
  void close() {
    amba.close();
  }

  @Test
  void uploadSpec_namesTheArgumentThatBreaksARule() {
    assertThatThrownBy(() -> UploadSpec.of("", "a.txt", "text/plain")).hasMessageStartingWith("bucket ");
    assertThatThrownBy(() -> UploadSpec.of("my bucket", "a.txt", "text/plain")).hasMessageStartingWith("bucket ");
    assertThatThrownBy(() -> UploadSpec.of("b".repeat(64), "a.txt", "text/plain")).hasMessageStartingWith("bucket ");
    assertThatThrownBy(() -> UploadSpec.of(null, "a.txt", "text/plain")).hasMessage("bucket must not be null");
    assertThatThrownBy(() -> UploadSpec.of("b", "dir/a.txt", "text/plain")).hasMessageStartingWith("filename ");
    assertThatThrownBy(() -> UploadSpec.of("b", "a\\b", "text/plain")).hasMessageStartingWith("filename ");
    assertThatThrownBy(() -> UploadSpec.of("b", "..", "text/plain")).hasMessageStartingWith("filename ");
    assertThatThrownBy(() -> UploadSpec.of("b", "a\nb", "text/plain")).hasMessageContaining("U+000A");
    assertThatThrownBy(() -> UploadSpec.of("b", "x".repeat(256), "text/plain")).hasMessageContaining("256");
    assertThatThrownBy(() -> UploadSpec.of("b", " ", "text/plain")).hasMessageStartingWith("filename ");
    assertThatThrownBy(() -> UploadSpec.of("b", "a.txt", "png")).hasMessageStartingWith("mime type ");
    assertThatThrownBy(() -> UploadSpec.of("b", "a.txt", "text/plain\r\nX-Evil: 1")).hasMessageStartingWith("mime type ");
    assertThatThrownBy(() -> UploadSpec.of("b", "a.txt", "text/plain").retentionDays(0))
        .hasMessageStartingWith("retentionDays ");
    assertThatThrownBy(() -> NewBucket.named("no/slash")).isInstanceOf(IllegalArgumentException.class);

    UploadSpec ok = UploadSpec.of("user-files_2", "Résumé (final).pdf", "text/plain; charset=\"utf-8\"").retentionDays(30);
    assertThat(ok.retentionDays()).hasValue(30);
    assertThat(ok.filename()).isEqualTo("Résumé (final).pdf");
  }

  @Test
  void presign_refusesABadSizeWithTheSizeInTheMessage() {
    assertThatThrownBy(() -> storage.presign("b", "a.bin", "application/octet-stream", -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("size must not be negative, got -1 bytes");
    assertThatThrownBy(() -> storage.presign("b", "a.bin", "application/octet-stream", 524_288_000L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size is 524288000 bytes (500.0 MB); one upload holds at most 104857600 bytes (100 MB)");
    assertThatThrownBy(() -> storage.presign("b", "a/b", "application/octet-stream", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("filename ");
    assertThatThrownBy(() -> storage.upload(UploadSpec.of("b", "a", "text/plain"), InputStream.nullInputStream(),
        UserStorage.MAX_UPLOAD_BYTES + 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage.upload(UploadSpec.of("b", "a", "text/plain"), Path.of("/no/such/file")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/no/such/file");
  }

  @Test
  void assetCallsAndLists_checkTheirArguments() {
    assertThatThrownBy(() -> storage.get(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("assetId");
    assertThatThrownBy(() -> storage.delete(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> storage.list(-1, 10)).hasMessageStartingWith("offset");
    assertThatThrownBy(() -> storage.list(0, 0)).hasMessageStartingWith("limit");
    assertThatThrownBy(() -> storage.list(0, 1001)).hasMessageStartingWith("limit");
  }

  @Test
  void presignedUpload_hidesItsSignatureAndSigningHeadersInToString() {
    PresignedUpload up = new PresignedUpload("up1", URI.create("https://s3.example.com/b/k?X-Amz-Signature=deadbeef"),
        List.of(new UploadHeader("Content-Type", "image/png"), new UploadHeader("x-amz-security-token", "sekrit")),
        "as1", Instant.parse("2030-01-01T00:00:00Z"), "b", "k.png", "image/png", 10);

    assertThat(up.toString()).contains("https://s3.example.com/b/k?****").contains("Content-Type: image/png")
        .doesNotContain("deadbeef").doesNotContain("sekrit");
    assertThat(up.isExpired(Instant.parse("2029-12-31T23:59:59Z"))).isFalse();
    assertThat(up.isExpired(Instant.parse("2030-01-01T00:00:00Z"))).isTrue();
    assertThatThrownBy(() -> new PresignedUpload("u", URI.create("https://x"), List.of(), "a", null, "b", "f", "m", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
