package dev.amba.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.NewBucket;
import dev.amba.storage.UploadSpec;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10: an uploaded object is served so a browser never runs it (nosniff always; attachment
 * unless a public image).
 */
@ExtendWith(AmbaEmulatorExtension.class)
class StorageServingWireTest {

  private static final String PRIVATE = "serving-private";
  private static final String PUBLIC = "serving-public";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void buckets(AmbaClient amba) {
    amba.storage().createBucket(PRIVATE);
    amba.storage().createBucket(NewBucket.named(PUBLIC).publicRead(true));
  }

  private static HttpResponse<byte[]> fetch(AmbaEmulator emulator, AmbaClient amba, String bucket, String name,
      String mimeType) throws IOException, InterruptedException {
    AmbaUser user = amba.asUser(emulator.createUser(emulator.defaultProject()));
    MediaAsset asset = user.storage().upload(UploadSpec.of(bucket, name, mimeType),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> got = HTTP.send(HttpRequest.newBuilder(asset.url()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.headers().firstValue("X-Content-Type-Options")).as(mimeType + " in " + bucket).hasValue("nosniff");
    return got;
  }

  private static String disposition(HttpResponse<?> r) {
    return r.headers().firstValue("Content-Disposition").orElse(null);
  }

  @Test
  void publicImages_areServedInline_withNosniff(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    for (String type : new String[] {"image/png", "image/jpeg", "image/gif", "image/webp", "IMAGE/PNG"}) {
      HttpResponse<byte[]> got = fetch(emulator, amba, PUBLIC, "pic", type);
      assertThat(disposition(got)).as(type).isNull();
    }
  }

  @Test
  void everythingElse_isServedAsAnAttachment_withNosniff(AmbaEmulator emulator, AmbaClient amba) throws Exception {
    String[][] cases = {
        {PUBLIC, "image/svg+xml"}, {PUBLIC, "text/html"}, {PUBLIC, "application/javascript"},
        {PUBLIC, "application/octet-stream"}, {PRIVATE, "image/png"}, {PRIVATE, "text/html; charset=utf-8"}};
    for (String[] c : cases) {
      HttpResponse<byte[]> got = fetch(emulator, amba, c[0], "evil \"name\".html", c[1]);
      assertThat(disposition(got)).as(c[1] + " in " + c[0]).startsWith("attachment")
          .contains("filename*=UTF-8''evil%20%22name%22.html");
    }
  }
}
