package dev.amba.wire.storage;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaUser;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.UploadSpec;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM with a heap far smaller than the file, by {@link StreamingMemoryTest}: an
 * upload that held the file in memory dies here with an OutOfMemoryError.
 *
 * <p>Arguments: api url, project id, client key, server key, uid, bucket, file, mode ({@code
 * stream}: from a Path and from an InputStream; {@code buffered}: the control, which reads the
 * file into an array first).
 */
public final class LowHeapUploader {

  private LowHeapUploader() {}

  public static void main(String[] args) throws Exception {
    AmbaConfig config = AmbaConfig.builder().apiUrl(args[0]).projectId(args[1]).clientKey(args[2])
        .serverKey(args[3]).build();
    Path file = Path.of(args[6]);
    long size = Files.size(file);
    try (AmbaClient amba = AmbaClient.configure(config)) {
      AmbaUser user = amba.asUser(args[4]);
      UploadSpec spec = UploadSpec.of(args[5], "big.bin", "application/octet-stream");
      if (args[7].equals("buffered")) {
        check(user.storage().upload(spec, Files.readAllBytes(file)), size);
      } else {
        check(user.storage().upload(spec, file), size);
        try (InputStream in = Files.newInputStream(file)) {
          check(user.storage().upload(spec, in, size), size);
        }
      }
    }
    System.out.println("uploaded with max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
  }

  private static void check(MediaAsset asset, long size) {
    if (asset.sizeBytes() != size) {
      throw new IllegalStateException("stored " + asset.sizeBytes() + " of " + size + " bytes");
    }
  }
}
