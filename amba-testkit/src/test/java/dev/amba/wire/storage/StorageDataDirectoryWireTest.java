package dev.amba.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.UploadSpec;
import dev.amba.testkit.AmbaEmulator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageDataDirectoryWireTest {

  @Test
  void assets_surviveARestartWithTheirBytes(@TempDir Path dir) throws Exception {
    byte[] content = StorageWireTest.bytes(10_000, 4);
    String uid;
    MediaAsset asset;
    try (AmbaEmulator first = AmbaEmulator.builder().dataDirectory(dir).quiet(true).start();
        AmbaClient amba = AmbaClient.configure(first.config())) {
      amba.storage().createBucket("keep");
      uid = first.createUser(first.defaultProject());
      asset = amba.asUser(uid).storage().upload(UploadSpec.of("keep", "kept file é.bin", "application/octet-stream"),
          content);
    }

    try (AmbaEmulator second = AmbaEmulator.builder().dataDirectory(dir).quiet(true).start();
        AmbaClient amba = AmbaClient.configure(second.config())) {
      MediaAsset again = amba.asUser(uid).storage().get(asset.id());
      assertThat(again.key()).isEqualTo(asset.key()).endsWith("/kept file é.bin");
      assertThat(StorageWireTest.fetch(again.url()).body()).isEqualTo(content);
    }
  }
}
