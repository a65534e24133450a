package dev.amba.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amba.AmbaClient;
import dev.amba.AmbaConfig;
import dev.amba.AmbaTransportException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, smaller finding: an answer with two Content-Length headers that disagree has no
 * trustworthy length (the shape of response smuggling), so it is refused as a transport failure,
 * not repeated, rather than read by either length. Before, the JDK read it by the first header (a
 * wrong length then failed as a JSON error or was silently used), and a combined "20, 5" escaped as
 * the JDK's bare NumberFormatException.
 */
class ConflictingContentLengthWireTest {

  private static final String BODY = "{\"data\":{\"count\":7}}";

  private static byte[] answer(String... lengths) {
    StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: rid-cl\r\n");
    for (String l : lengths) {
      head.append("Content-Length: ").append(l).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    return ScriptedServer.concat(head.toString().getBytes(StandardCharsets.ISO_8859_1),
        BODY.getBytes(StandardCharsets.UTF_8));
  }

  private static AmbaClient client(ScriptedServer server) {
    return AmbaClient.configure(AmbaConfig.builder()
        .projectId("proj_cl")
        .clientKey("amb_dev_ck_" + "0".repeat(32))
        .serverKey("amb_dev_sk_" + "0".repeat(32))
        .apiUrl(server.apiUrl())
        .sleeper(d -> { })
        .build());
  }

  @Test
  void twoConflictingContentLengths_areRefusedAndNotRepeated() throws Exception {
    String real = String.valueOf(BODY.length());
    for (String[] lengths : new String[][] {{real, "5"}, {"5", real}, {real, "40"}, {real + ", 5"}, {real, "x"}}) {
      try (ScriptedServer server = new ScriptedServer(request -> answer(lengths)); AmbaClient amba = client(server)) {
        assertThatThrownBy(() -> amba.asUser("u_1").collection("notes").count())
            .as("Content-Length %s", String.join(" / ", lengths))
            .isInstanceOfSatisfying(AmbaTransportException.class, e -> {
              assertThat(e.getMessage()).contains("Content-Length");
              assertThat(e.attempts()).isEqualTo(1);
            });
        // A GET is retried on a broken connection; this answer would only come again.
        assertThat(server.requests()).hasSize(1);
      }
    }
  }

  @Test
  void twoEqualContentLengths_areOneLength() throws Exception {
    String real = String.valueOf(BODY.length());
    try (ScriptedServer server = new ScriptedServer(request -> answer(real, real)); AmbaClient amba = client(server)) {
      assertThat(amba.asUser("u_1").collection("notes").count()).isEqualTo(7);
    }
  }
}
