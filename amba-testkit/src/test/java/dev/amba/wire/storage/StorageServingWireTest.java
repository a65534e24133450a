package dev.amba.wire.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amba.AmbaClient;
import dev.amba.AmbaUser;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.NewBucket;
import dev.amba.storage.UploadSpec;
import dev.amba.testkit.AmbaEmulator;
import dev.amba.testkit.AmbaEmulatorExtension;
import dev.amba.testkit.EmulatorProject;
import dev.amba.wire.RawHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10: an uploaded object is served so a browser never runs it (nosniff always; attachment
 * unless a public image), and the URLs the emulator hands out point at itself, whatever Host the
 * request claimed.
 */
@ExtendWith(AmbaEmulatorExtension.class)
class StorageServingWireTest {

  private static final String PRIVATE = "serving-private";
  private static final String PUBLIC = "serving-public";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration ANSWER = Duration.ofSeconds(15);

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

  @Test
  void presignedAndAssetUrls_pointAtTheEmulator_notAtAForgedHostHeader(AmbaEmulator emulator, AmbaClient amba)
      throws Exception {
    EmulatorProject p = emulator.defaultProject();
    String uid = emulator.createUser(p);
    String[] asUser = {"Host", "attacker.example:6666", "X-Api-Key", p.clientKey(),
        "Authorization", "Bearer " + p.serverKey(), "X-Amba-On-Behalf-Of", uid, "Content-Type", "application/json"};

    String presign = "{\"bucket\":\"" + PUBLIC + "\",\"filename\":\"a.png\",\"mime_type\":\"image/png\",\"size_bytes\":1}";
    RawHttp.Answer presigned = send(emulator, "POST", "/v1/client/storage/presign", asUser, presign);
    assertThat(presigned.status()).as(presigned.toString()).isEqualTo(200);
    String uploadUrl = presigned.json().getJsonObject("data").getString("upload_url");
    assertThat(uploadUrl).startsWith(emulator.apiUrl() + "/").doesNotContain("attacker");

    MediaAsset asset = amba.asUser(uid).storage().upload(UploadSpec.of(PRIVATE, "b.txt", "text/plain"), new byte[] {1});
    RawHttp.Answer read = send(emulator, "GET", "/v1/client/media/" + asset.id(), asUser, null);
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    String url = read.json().getJsonObject("data").getString("url");
    assertThat(url).startsWith(emulator.apiUrl() + "/").doesNotContain("attacker");
    assertThat(URI.create(url).getPort()).isEqualTo(emulator.port());
  }

  private static RawHttp.Answer send(AmbaEmulator emulator, String method, String path, String[] headers, String json)
      throws IOException {
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Content-Length";
    all[headers.length + 1] = Integer.toString(body.length);
    try (RawHttp raw = RawHttp.open(emulator.port(), ANSWER)) {
      return raw.send(RawHttp.head(method, path, all)).send(body).readAnswer();
    }
  }
}
