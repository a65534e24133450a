package dev.amba.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConflictException;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.OffsetPage;
import dev.amba.storage.Bucket;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.NewBucket;
import dev.amba.storage.PresignedUpload;
import dev.amba.storage.UploadHeader;
import dev.amba.storage.UploadSpec;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Storage over the wire: presign, the PUT to the signed URL, commit, and the user's assets. */
@ExtendWith(AmbaEmulatorExtension.class)
class StorageWireTest {

  static final String PRIVATE = "docs";
  static final String PUBLIC = "avatars";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void buckets(AmbaClient amba) {
    amba.storage().createBucket(PRIVATE);
    amba.storage().createBucket(NewBucket.named(PUBLIC).publicRead(true));
  }

  private static AmbaUser newUser(AmbaEmulator emulator, AmbaClient amba) {
    return amba.asUser(emulator.createUser(emulator.defaultProject()));
  }

  static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  static HttpResponse<byte[]> fetch(URI url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static List<RecordedRequest> puts(AmbaEmulator emulator) {
    return emulator.recordedRequests().stream().filter(r -> r.method().equals("PUT")).toList();
  }

  @Test
  void presignPutCommit_storesTheBytesReadableAtTheAssetUrl(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    AmbaUser user = newUser(emulator, amba);
    byte[] content = bytes(3000, 1);

    PresignedUpload up = user.storage().presign(PRIVATE, "report.pdf", "application/pdf", content.length);
    user.storage().put(up, content);
    MediaAsset asset = user.storage().commit(up);

    assertThat(up.uploadUrl().toString()).startsWith(emulator.apiUrl() + "/_emulator/uploads/" + up.uploadId())
        .contains("signature=");
    assertThat(up.expiresAt()).isAfter(java.time.Instant.now());
    assertThat(asset.id()).isEqualTo(up.assetId());
    assertThat(asset.bucket()).isEqualTo(PRIVATE);
    assertThat(asset.mimeType()).isEqualTo("application/pdf");
    assertThat(asset.sizeBytes()).isEqualTo(3000);
    assertThat(asset.key()).contains(user.uid()).endsWith("/report.pdf");
    HttpResponse<byte[]> read = fetch(asset.url());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(read.body()).isEqualTo(content);
    assertThat(user.storage().get(asset.id()).key()).isEqualTo(asset.key());
  }

  @Test
  void put_goesToTheSignedUrlWithEveryUploadHeaderAndNoKeyOrSdkHeader(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    PresignedUpload up = user.storage().presign(PRIVATE, "a.txt", "text/plain; charset=utf-8", 5);
    assertThat(up.uploadHeaders()).extracting(UploadHeader::name).contains("content-type", "x-amba-asset-id");
    emulator.clearRecordedRequests();

    user.storage().put(up, "hello".getBytes(StandardCharsets.UTF_8));

    RecordedRequest put = puts(emulator).get(0);
    assertThat(put.path()).isEqualTo(up.uploadUrl().getRawPath() + "?" + up.uploadUrl().getRawQuery());
    for (UploadHeader h : up.uploadHeaders()) {
      assertThat(put.header(h.name())).as(h.name()).isEqualTo(h.value());
    }
    assertThat(put.header("X-Api-Key")).isNull();
    assertThat(put.header("Authorization")).isNull();
    assertThat(put.header("X-Amba-On-Behalf-Of")).isNull();
    assertThat(put.header("X-SDK-Version")).isNull();
    assertThat(put.header("X-Request-Id")).isNull();
    assertThat(put.headers().values().toString())
        .doesNotContain(emulator.defaultProject().clientKey())
        .doesNotContain(emulator.defaultProject().serverKey());
  }

  @Test
  void upload_fromPathInputStreamAndBytes_roundTrips(AmbaEmulator emulator, AmbaClient amba, @TempDir Path dir)
      throws Exception {
    AmbaUser user = newUser(emulator, amba);
    byte[] content = bytes(200_000, 2);
    Path file = Files.write(dir.resolve("photo.jpg"), content);
    UploadSpec spec = UploadSpec.of(PUBLIC, "photo.jpg", "image/jpeg");

    MediaAsset fromPath = user.storage().upload(spec, file);
    MediaAsset fromStream = user.storage().upload(spec, new ByteArrayInputStream(content), content.length);
    MediaAsset fromBytes = user.storage().upload(spec, content);

    for (MediaAsset a : List.of(fromPath, fromStream, fromBytes)) {
      assertThat(a.sizeBytes()).isEqualTo(content.length);
      // A public bucket's URL needs no signature.
      assertThat(a.url().getRawQuery()).isNull();
      assertThat(fetch(a.url()).body()).isEqualTo(content);
    }
    assertThat(List.of(fromPath.id(), fromStream.id(), fromBytes.id())).doesNotHaveDuplicates();
  }

  @Test
  void upload_withRetention_keepsItOnTheAsset(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    MediaAsset asset = user.storage().upload(UploadSpec.of(PRIVATE, "r.bin", "application/octet-stream")
        .retentionDays(7), new byte[] {1, 2, 3});
    assertThat(asset.retentionDays()).isEqualTo(7);
    assertThat(user.storage().upload(UploadSpec.of(PRIVATE, "n.bin", "application/octet-stream"), new byte[1])
        .retentionDays()).isNull();
  }

  @Test
  void emptyFile_uploads(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    AmbaUser user = newUser(emulator, amba);
    MediaAsset asset = user.storage().upload(UploadSpec.of(PRIVATE, "empty.txt", "text/plain"),
        new ByteArrayInputStream(new byte[0]), 0);
    assertThat(asset.sizeBytes()).isZero();
    assertThat(fetch(asset.url()).body()).isEmpty();
  }

  @Test
  void getListAndDelete_seeOnlyTheUsersLiveAssets(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    AmbaUser alice = newUser(emulator, amba);
    AmbaUser bob = newUser(emulator, amba);
    MediaAsset first = alice.storage().upload(UploadSpec.of(PRIVATE, "1.txt", "text/plain"), new byte[] {1});
    MediaAsset second = alice.storage().upload(UploadSpec.of(PRIVATE, "2.txt", "text/plain"), new byte[] {2});
    MediaAsset third = alice.storage().upload(UploadSpec.of(PRIVATE, "3.txt", "text/plain"), new byte[] {3});
    bob.storage().upload(UploadSpec.of(PRIVATE, "b.txt", "text/plain"), new byte[] {4});

    OffsetPage<MediaAsset> page = alice.storage().list(0, 2);
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.items()).extracting(MediaAsset::id).containsExactly(third.id(), second.id());
    assertThat(page.hasMore()).isTrue();
    assertThat(alice.storage().list(2, 2).items()).extracting(MediaAsset::id).containsExactly(first.id());
    assertThat(alice.storage().get(first.id()).key()).isEqualTo(first.key());

    assertThatThrownBy(() -> bob.storage().get(first.id())).isInstanceOfSatisfying(AmbaNotFoundException.class,
        e -> assertThat(e.code()).isEqualTo("not_found"));
    assertThatThrownBy(() -> bob.storage().delete(first.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThat(bob.storage().listAll()).hasSize(1);

    alice.storage().delete(second.id());
    assertThatThrownBy(() -> alice.storage().get(second.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThatThrownBy(() -> alice.storage().delete(second.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThat(fetch(second.url()).statusCode()).isEqualTo(404);
    assertThat(alice.storage().listAll()).extracting(MediaAsset::id).containsExactly(third.id(), first.id());
  }

  @Test
  void listAll_pagesLazilyThroughEveryAsset(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    int n = 101;
    for (int i = 0; i < n; i++) {
      user.storage().upload(UploadSpec.of(PRIVATE, "f" + i, "text/plain"), new byte[] {(byte) i});
    }
    emulator.clearRecordedRequests();

    assertThat(user.storage().listAll().limit(3)).hasSize(3);
    assertThat(emulator.recordedRequests()).hasSize(1);
    assertThat(user.storage().listAll().map(MediaAsset::id).distinct().count()).isEqualTo(n);
    assertThat(emulator.recordedRequests()).hasSize(3);
  }

  @Test
  void privateBucketUrl_needsItsSignature(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    AmbaUser user = newUser(emulator, amba);
    MediaAsset asset = user.storage().upload(UploadSpec.of(PRIVATE, "secret.txt", "text/plain"), new byte[] {7});
    URI unsigned = URI.create(asset.url().toString().replaceFirst("\\?.*$", ""));
    URI forged = URI.create(asset.url().toString().replaceFirst("signature=[0-9a-f]+", "signature=" + "0".repeat(64)));

    assertThat(fetch(asset.url()).statusCode()).isEqualTo(200);
    assertThat(fetch(unsigned).statusCode()).isEqualTo(403);
    assertThat(fetch(forged).statusCode()).isEqualTo(403);
  }

  @Test
  void unknownBucket_is404BucketNotFound(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    assertThatThrownBy(() -> user.storage().presign("nope", "a.txt", "text/plain", 1))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("bucket_not_found"));
  }

  @Test
  void createBucket_returnsItAndRefusesADuplicate(AmbaClient amba) {
    String name = "b-" + UUID.randomUUID().toString().substring(0, 8);
    Bucket b = amba.storage().createBucket(NewBucket.named(name).retentionDays(30));
    assertThat(b.name()).isEqualTo(name);
    assertThat(b.publicRead()).isFalse();
    assertThat(b.retentionDays()).isEqualTo(30);
    assertThat(b.createdAt()).isNotNull();
    assertThatThrownBy(() -> amba.storage().createBucket(name))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("bucket_exists"));
  }

  @Test
  void commitBeforeThePut_is409UploadIncomplete(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    PresignedUpload up = user.storage().presign(PRIVATE, "late.txt", "text/plain", 4);
    assertThatThrownBy(() -> user.storage().commit(up))
        .isInstanceOfSatisfying(AmbaConflictException.class, e -> assertThat(e.code()).isEqualTo("upload_incomplete"));
  }

  @Test
  void commitTwice_returnsTheSameAsset(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    PresignedUpload up = user.storage().presign(PRIVATE, "twice.txt", "text/plain", 1);
    user.storage().put(up, new byte[] {9});
    assertThat(user.storage().commit(up).id()).isEqualTo(user.storage().commit(up).id());
  }

  @Test
  void anotherUsersUpload_cannotBeCommitted(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser alice = newUser(emulator, amba);
    AmbaUser bob = newUser(emulator, amba);
    PresignedUpload up = alice.storage().presign(PRIVATE, "mine.txt", "text/plain", 1);
    alice.storage().put(up, new byte[] {1});
    assertThatThrownBy(() -> bob.storage().commit(up))
        .isInstanceOfSatisfying(AmbaNotFoundException.class, e -> assertThat(e.code()).isEqualTo("upload_not_found"));
  }

  @Test
  void tamperedSignature_isRefused(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    PresignedUpload up = user.storage().presign(PRIVATE, "x.txt", "text/plain", 1);
    String url = up.uploadUrl().toString();
    // Pushing the expiry out breaks the signature, which covers it.
    PresignedUpload longer = withUrl(up, url.replaceFirst("expires=(\\d+)", "expires=9999999999"));
    PresignedUpload unsigned = withUrl(up, url.substring(0, url.indexOf('?')));

    for (PresignedUpload bad : List.of(longer, unsigned)) {
      assertThatThrownBy(() -> user.storage().put(bad, new byte[] {1}))
          .isInstanceOfSatisfying(AmbaPermissionException.class,
              e -> assertThat(e.code()).isEqualTo("invalid_signature"));
    }
    assertThatThrownBy(() -> user.storage().commit(up)).isInstanceOf(AmbaConflictException.class);
  }

  @Test
  void aDroppedUploadHeader_isRefused(AmbaEmulator emulator, AmbaClient amba) {
    AmbaUser user = newUser(emulator, amba);
    PresignedUpload up = user.storage().presign(PRIVATE, "x.txt", "text/plain", 1);
    PresignedUpload dropped = new PresignedUpload(up.uploadId(), up.uploadUrl(),
        up.uploadHeaders().stream().filter(h -> !h.name().equals("x-amba-asset-id")).toList(), up.assetId(),
        up.expiresAt(), up.bucket(), up.filename(), up.mimeType(), up.sizeBytes());

    assertThatThrownBy(() -> user.storage().put(dropped, new byte[] {1}))
        .isInstanceOfSatisfying(AmbaPermissionException.class,
            e -> assertThat(e.code()).isEqualTo("upload_header_mismatch"));
  }

  @Test
  void aRepeatedPut_replacesTheBytes(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    AmbaUser user = newUser(emulator, amba);
    PresignedUpload up = user.storage().presign(PRIVATE, "v.txt", "text/plain", 2);
    user.storage().put(up, new byte[] {1, 1});
    user.storage().put(up, new byte[] {2, 2});
    assertThat(fetch(user.storage().commit(up).url()).body()).containsExactly(2, 2);
  }

  static PresignedUpload withUrl(PresignedUpload up, String url) {
    return new PresignedUpload(up.uploadId(), URI.create(url), up.uploadHeaders(), up.assetId(), up.expiresAt(),
        up.bucket(), up.filename(), up.mimeType(), up.sizeBytes());
  }
}
