package dev.amba.wire;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A raw HTTP/1.1 server on the loopback address whose every answer byte is written by the test, for
 * answers the emulator cannot give (a cursor that depends on the request, two Content-Length
 * headers). One request per connection, answered with {@code Connection: close}, on one thread.
 */
final class ScriptedServer implements AutoCloseable {

  /** One request as it arrived. */
  record Request(String method, String path, Map<String, String> query, Map<String, String> headers) {}

  private final ServerSocket socket;
  private final Function<Request, byte[]> answer;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean closed;
  private volatile Socket serving;

  /** {@code answer} returns the whole answer: status line, headers and body. */
  ScriptedServer(Function<Request, byte[]> answer) throws IOException {
    this.answer = answer;
    socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    thread = new Thread(this::serve, "scripted-server");
    thread.setDaemon(true);
    thread.start();
  }

  String apiUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** A 200 JSON answer with a correct length and an {@code X-Request-Id}. */
  static byte[] json(String requestId, String body) {
    return raw(200, Map.of("Content-Type", "application/json", "X-Request-Id", requestId), body);
  }

  /** Exactly this status and these headers (plus Content-Length and Connection: close) and body. */
  static byte[] raw(int status, Map<String, String> headers, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
    return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), bytes);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Override
  public void close() throws Exception {
    closed = true;
    socket.close();
    Socket s = serving;
    if (s != null) {
      s.close();
    }
    thread.join(10_000);
  }

  private void serve() {
    while (!closed) {
      try (Socket s = socket.accept()) {
        serving = s;
        // A client that neither sends nor closes must not hold the only thread.
        s.setSoTimeout(10_000);
        InputStream in = new BufferedInputStream(s.getInputStream());
        Request request = read(in);
        if (request == null) {
          continue;
        }
        requests.add(request);
        OutputStream out = s.getOutputStream();
        out.write(answer.apply(request));
        out.flush();
        s.shutdownOutput();
        // Let the client read the answer before the socket closes under it.
        while (in.read() >= 0) {
          // drain until the client closes its end
        }
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private static Request read(InputStream in) throws IOException {
    String requestLine = line(in);
    if (requestLine == null || requestLine.isEmpty()) {
      return null;
    }
    String[] parts = requestLine.split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
    }
    String length = headers.get("content-length");
    if (length != null) {
      in.readNBytes(Integer.parseInt(length));
    }
    String target = parts[1];
    int q = target.indexOf('?');
    Map<String, String> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : target.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return new Request(parts[0], q >= 0 ? target.substring(0, q) : target, query, headers);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        b.write(c);
      }
    }
    return c < 0 && b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
  }
}
