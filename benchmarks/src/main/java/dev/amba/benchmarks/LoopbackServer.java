package dev.amba.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers with canned, protocol-correct Amba bodies.
 *
 * <p>Why not the emulator: it does real work per request (H2), which would hide the client's cost.
 * Why not the JDK HttpServer: it offers no hook on accept, and the number of accepted TCP
 * connections is one of the things measured. One thread per connection (keep-alive connections
 * are long-lived, so a fixed pool would starve callers beyond its size); the accept loop counts.
 *
 * <p>Requests may carry an {@code Upgrade: h2c} offer (the JDK client makes one on plain HTTP);
 * it is ignored, which RFC 9110 allows, and the answer is HTTP/1.1.
 */
public final class LoopbackServer implements AutoCloseable {

  /** One request as the server saw it, for the parity check between SDK and baseline. */
  public record Captured(String method, String target, Map<String, String> headers, byte[] body) {}

  private final ServerSocket socket;
  private final ExecutorService connections;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicLong requests = new AtomicLong();
  private final byte[] trackBody = Fixtures.trackAnswer();
  private final byte[] pageBody = Fixtures.pageAnswer();
  private final byte[] qualifyBody = Fixtures.qualifyAnswer();
  private final byte[] usersBody = Fixtures.usersAnswer();
  private final byte[] healthBody = "{\"status\":\"ok\"}".getBytes(StandardCharsets.US_ASCII);
  private final Thread acceptor;
  private volatile boolean capturing;
  private volatile Captured lastCaptured;
  private volatile boolean closed;

  private LoopbackServer() throws IOException {
    socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    AtomicInteger ids = new AtomicInteger();
    connections = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "loopback-conn-" + ids.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    acceptor = new Thread(this::acceptLoop, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static LoopbackServer start() throws IOException {
    return new LoopbackServer();
  }

  /** The API root to configure a client with. */
  public String apiUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** TCP connections accepted since start or the last {@link #resetCounters()}. */
  public int acceptedConnections() {
    return accepted.get();
  }

  public long requests() {
    return requests.get();
  }

  public void resetCounters() {
    accepted.set(0);
    requests.set(0);
  }

  /** From now on, keep the latest request (headers and body) for {@link #lastCaptured()}. */
  public void capture(boolean on) {
    capturing = on;
    lastCaptured = null;
  }

  public Captured lastCaptured() {
    return lastCaptured;
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing is best effort; the port is released with the process anyway.
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
    connections.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      accepted.incrementAndGet();
      open.add(s);
      try {
        connections.execute(() -> serve(s));
      } catch (RuntimeException rejected) {
        open.remove(s);
        closeQuietly(s);
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
      OutputStream out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024);
      LineReader lines = new LineReader(in);
      while (!closed) {
        String requestLine = lines.next();
        if (requestLine == null) {
          return;
        }
        if (requestLine.isEmpty()) {
          continue;
        }
        if (!handle(requestLine, lines, in, out)) {
          return;
        }
      }
    } catch (SocketException | EOFException peerWentAway) {
      // The client closed a pooled connection; that is normal at the end of a run.
    } catch (IOException e) {
      // Likewise: nothing to report to a client that is gone.
    } finally {
      open.remove(s);
    }
  }

  /** Answers one request; false when the connection must close afterwards. */
  private boolean handle(String requestLine, LineReader lines, InputStream in, OutputStream out) throws IOException {
    int sp1 = requestLine.indexOf(' ');
    int sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1) {
      respond(out, 400, "Bad Request", error("validation", "bad_request", "malformed request line"), null, true);
      return false;
    }
    String method = requestLine.substring(0, sp1);
    String target = requestLine.substring(sp1 + 1, sp2);
    boolean http10 = requestLine.endsWith("HTTP/1.0");
    long contentLength = 0;
    boolean chunked = false;
    boolean closeAfter = http10;
    String requestId = null;
    Map<String, String> headers = capturing ? new TreeMap<>() : null;
    String line;
    while ((line = lines.next()) != null && !line.isEmpty()) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (headers != null) {
        headers.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + ", " + b);
      }
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        closeAfter |= value.toLowerCase(Locale.ROOT).contains("close");
      } else if (name.equalsIgnoreCase("X-Request-Id")) {
        requestId = value;
      }
    }
    if (line == null) {
      return false;
    }
    byte[] body = chunked ? readChunked(lines, in) : readFixed(in, contentLength, headers != null);
    requests.incrementAndGet();
    if (headers != null) {
      lastCaptured = new Captured(method, target, headers, body == null ? new byte[0] : body);
    }

    String path = target;
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    if (method.equals("POST") && path.equals("/v1/client/events")) {
      respond(out, 200, "OK", trackBody, requestId, closeAfter);
    } else if (method.equals("GET") && path.startsWith("/v1/client/collections/") && q >= 0) {
      respond(out, 200, "OK", pageBody, requestId, closeAfter);
    } else if (method.equals("POST") && path.startsWith("/v1/client/streaks/") && path.endsWith("/qualify")) {
      respond(out, 200, "OK", qualifyBody, requestId, closeAfter);
    } else if (method.equals("GET") && path.equals("/v1/admin/projects/" + Fixtures.PROJECT_ID + "/users")) {
      respond(out, 200, "OK", usersBody, requestId, closeAfter);
    } else if (method.equals("GET") && path.equals("/health")) {
      respond(out, 200, "OK", healthBody, requestId, closeAfter);
    } else {
      respond(out, 404, "Not Found", error("not_found", "not_found", "no canned answer for " + method + " " + path), requestId,
          closeAfter);
    }
    return !closeAfter;
  }

  private static byte[] error(String kind, String code, String message) {
    return ("{\"error\":{\"kind\":\"" + kind + "\",\"code\":\"" + code + "\",\"message\":\"" + message
        + "\",\"details\":{}}}").getBytes(StandardCharsets.UTF_8);
  }

  private static void respond(OutputStream out, int status, String reason, byte[] body, String requestId,
      boolean close) throws IOException {
    StringBuilder head = new StringBuilder(160)
        .append("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n")
        .append("Content-Type: application/json\r\n")
        .append("Content-Length: ").append(body.length).append("\r\n");
    if (requestId != null) {
      head.append("X-Request-Id: ").append(requestId).append("\r\n");
    }
    if (close) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
  }

  private static byte[] readFixed(InputStream in, long length, boolean keep) throws IOException {
    if (length <= 0) {
      return null;
    }
    if (!keep) {
      long left = length;
      while (left > 0) {
        long n = in.skip(left);
        if (n <= 0) {
          if (in.read() < 0) {
            throw new EOFException();
          }
          n = 1;
        }
        left -= n;
      }
      return null;
    }
    byte[] body = in.readNBytes((int) length);
    if (body.length < length) {
      throw new EOFException();
    }
    return body;
  }

  private static byte[] readChunked(LineReader lines, InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = lines.next();
      if (sizeLine == null) {
        throw new EOFException();
      }
      int semi = sizeLine.indexOf(';');
      int size = Integer.parseInt((semi >= 0 ? sizeLine.substring(0, semi) : sizeLine).trim(), 16);
      if (size == 0) {
        String trailer;
        while ((trailer = lines.next()) != null && !trailer.isEmpty()) {
          // Trailers carry nothing this server needs.
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      lines.next();
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // Already closed by the peer.
    }
  }

  /** Reads CRLF-terminated ASCII lines without allocating a reader per request. */
  private static final class LineReader {
    private final InputStream in;
    private byte[] buf = new byte[256];

    LineReader(InputStream in) {
      this.in = in;
    }

    /** The next line without its terminator, or null at end of stream. */
    String next() throws IOException {
      int n = 0;
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          if (n > 0 && buf[n - 1] == '\r') {
            n--;
          }
          return new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        }
        if (n == buf.length) {
          if (n >= 64 * 1024) {
            throw new IOException("header line too long");
          }
          buf = java.util.Arrays.copyOf(buf, n * 2);
        }
        buf[n++] = (byte) b;
      }
      return n == 0 ? null : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }
  }
}
