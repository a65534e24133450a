package dev.amba.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoopbackServerTest {

  @Test
  void keepAlive_servesManyRequestsOnOneConnection_andCountsIt() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      URI url = URI.create(server.apiUrl());
      try (Socket s = new Socket(url.getHost(), url.getPort())) {
        OutputStream out = s.getOutputStream();
        String body = "{\"event\":\"e\"}";
        String post = "POST /v1/client/events HTTP/1.1\r\nHost: x\r\nX-Request-Id: r1\r\nContent-Length: "
            + body.length() + "\r\n\r\n" + body;
        String chunked = "POST /v1/client/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5\r\n{\"a\":\r\n3\r\n1}\n\r\n0\r\n\r\n";
        String last = "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        out.write((post + chunked + last).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String answers = new String(readAll(s.getInputStream()), StandardCharsets.US_ASCII);

        assertThat(answers.split("HTTP/1.1 200 OK", -1)).hasSize(4);
        assertThat(answers).contains("X-Request-Id: r1", "{\"data\":{\"tracked\":1}}", "{\"status\":\"ok\"}");
      }
      assertThat(server.acceptedConnections()).isEqualTo(1);
      assertThat(server.requests()).isEqualTo(3);
    }
  }

  @Test
  void unknownRoute_getsTheTypedErrorBody() throws Exception {
    try (LoopbackServer server = LoopbackServer.start()) {
      URI url = URI.create(server.apiUrl());
      try (Socket s = new Socket(url.getHost(), url.getPort())) {
        s.getOutputStream().write("GET /v1/nope HTTP/1.1\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        String answer = new String(readAll(s.getInputStream()), StandardCharsets.US_ASCII);

        assertThat(answer).startsWith("HTTP/1.1 404 ").contains("\"code\":\"not_found\"");
      }
    }
  }

  private static byte[] readAll(InputStream in) throws Exception {
    return in.readAllBytes();
  }
}
