package dev.amba.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaNotFoundException;
import dev.amba.AmbaPermissionException;
import dev.amba.AmbaUser;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.NewBucket;
import dev.amba.storage.PresignedUpload;
import dev.amba.storage.UploadSpec;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.wire.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Expiry by the emulator's clock, moved by the test: upload URLs, private asset URLs, retention. */
class StorageClockWireTest {

  private static final ManualClock CLOCK = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
  private static AmbaEmulator emulator;
  private static AmbaClient amba;

  @BeforeAll
  static void start() {
    emulator = AmbaEmulator.builder().quiet(true).clock(CLOCK).start();
    amba = AmbaClient.configure(emulator.config());
    amba.storage().createBucket("files");
    amba.storage().createBucket(NewBucket.named("short").retentionDays(7));
  }

  @AfterAll
  static void stop() {
    amba.close();
    emulator.close();
  }

  private static AmbaUser newUser() {
    return amba.asUser(emulator.createUser(emulator.defaultProject()));
  }

  @Test
  void uploadUrl_expiresAfterTenMinutes() {
    AmbaUser user = newUser();
    PresignedUpload up = user.storage().presign("files", "a.txt", "text/plain", 1);
    assertThat(up.expiresAt()).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(10)));
    assertThat(up.isExpired(CLOCK.instant())).isFalse();

    CLOCK.advance(Duration.ofMinutes(10));

    assertThat(up.isExpired(CLOCK.instant())).isTrue();
    assertThatThrownBy(() -> user.storage().put(up, new byte[] {1}))
        .isInstanceOfSatisfying(AmbaPermissionException.class, e -> {
          assertThat(e.code()).isEqualTo("url_expired");
          assertThat(e.status()).isEqualTo(403);
        });
  }

  @Test
  void bytesPutInTime_canBeCommittedLater() {
    AmbaUser user = newUser();
    PresignedUpload up = user.storage().presign("files", "b.txt", "text/plain", 1);
    user.storage().put(up, new byte[] {1});
    CLOCK.advance(Duration.ofHours(1));
    assertThat(user.storage().commit(up).sizeBytes()).isEqualTo(1);
  }

  @Test
  void privateAssetUrl_expiresAfterAnHour_andAFreshReadSignsItAgain() throws Exception {
    AmbaUser user = newUser();
    MediaAsset asset = user.storage().upload(UploadSpec.of("files", "c.txt", "text/plain"), new byte[] {1});
    CLOCK.advance(Duration.ofHours(1));

    assertThat(StorageWireTest.fetch(asset.url()).statusCode()).isEqualTo(403);
    assertThat(StorageWireTest.fetch(user.storage().get(asset.id()).url()).statusCode()).isEqualTo(200);
  }

  @Test
  void assetsPastTheirRetention_areGone() {
    AmbaUser user = newUser();
    MediaAsset byBucket = user.storage().upload(UploadSpec.of("short", "d.txt", "text/plain"), new byte[] {1});
    MediaAsset byUpload = user.storage().upload(UploadSpec.of("files", "e.txt", "text/plain").retentionDays(8),
        new byte[] {1});
    assertThat(byBucket.retentionDays()).isEqualTo(7);

    CLOCK.advance(Duration.ofDays(7));

    assertThatThrownBy(() -> user.storage().get(byBucket.id())).isInstanceOf(AmbaNotFoundException.class);
    assertThat(user.storage().get(byUpload.id()).id()).isEqualTo(byUpload.id());
    assertThat(user.storage().listAll()).extracting(MediaAsset::id).containsExactly(byUpload.id());
  }
}
