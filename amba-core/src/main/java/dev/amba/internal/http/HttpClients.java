package dev.amba.internal.http;

import dev.amba.internal.util.Lazy;
import dev.amba.internal.util.Log;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.time.Duration;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The HTTP clients of one AmbaClient, each made on first use: one for https targets, with the
 * JDK's default TLS, and one for plain-http targets (the emulator, a local proxy) that has no TLS
 * at all. The JDK builds an HttpClient's SSLContext when the client is built, whatever it will
 * talk to, and the default one (the trust store read and parsed) was a quarter of a fresh JVM's
 * first call to the emulator. The plain-http client speaks HTTP/1.1 only (no h2c upgrade offer). A
 * caller's own HttpClient serves every target.
 */
public final class HttpClients {

  private final Lazy<HttpClient> tls;
  private final Lazy<HttpClient> plain;
  private final boolean owned;

  private HttpClients(Lazy<HttpClient> tls, Lazy<HttpClient> plain, boolean owned) {
    this.tls = tls;
    this.plain = plain;
    this.owned = owned;
  }

  /** The caller's client, for every target; never closed by the SDK. */
  public static HttpClients given(HttpClient client) {
    Lazy<HttpClient> same = new Lazy<>(new Fixed(client));
    return new HttpClients(same, same, false);
  }

  /** Clients of the SDK's own: no redirects followed (a 3xx is the caller's to see), closed with it. */
  public static HttpClients owned(Duration connectTimeout) {
    return new HttpClients(new Lazy<>(new Build(connectTimeout, false)), new Lazy<>(new Build(connectTimeout, true)),
        true);
  }

  /** The client for a request to {@code target}. */
  public HttpClient forTarget(URI target) {
    return "https".equalsIgnoreCase(target.getScheme()) ? tls.get() : plain.get();
  }

  /** Closes the clients the SDK made (HttpClient is AutoCloseable from Java 21 on). */
  public void close() {
    if (!owned) {
      return;
    }
    tls.ifMade(HttpClients::closeQuietly);
    plain.ifMade(HttpClients::closeQuietly);
  }

  private static void closeQuietly(HttpClient client) {
    // On 17 a client cannot be closed; its threads end once it is unreachable.
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        Log.LOG.log(System.Logger.Level.DEBUG, "closing the HTTP client failed", e);
      }
    }
  }

  private static final class Fixed implements java.util.function.Supplier<HttpClient> {
    private final HttpClient client;

    Fixed(HttpClient client) {
      this.client = client;
    }

    @Override
    public HttpClient get() {
      return client;
    }
  }

  private static final class Build implements java.util.function.Supplier<HttpClient> {
    private final Duration connectTimeout;
    private final boolean plainHttp;

    Build(Duration connectTimeout, boolean plainHttp) {
      this.connectTimeout = connectTimeout;
      this.plainHttp = plainHttp;
    }

    @Override
    public HttpClient get() {
      HttpClient.Builder b = HttpClient.newBuilder()
          .connectTimeout(connectTimeout)
          .followRedirects(HttpClient.Redirect.NEVER);
      if (plainHttp) {
        // Given parameters too, or the JDK asks the context for its defaults, which needs an engine.
        b.sslContext(NoTls.CONTEXT).sslParameters(new SSLParameters());
        // HTTP/1.1 on cleartext: the JDK would otherwise offer every new connection an h2c upgrade
        // (RFC 9113 dropped it; the emulator and common proxies ignore it) and load its HTTP/2
        // machinery for the first call.
        b.version(HttpClient.Version.HTTP_1_1);
      }
      return b.build();
    }
  }

  /**
   * The SSLContext of the plain-http client. Only https targets reach TLS, and they go to the
   * other client; should one ever get here, it fails closed rather than talk TLS unverified.
   */
  static final class NoTls extends SSLContext {
    static final SSLContext CONTEXT = new NoTls();

    private NoTls() {
      super(new Spi(), null, "none");
    }

    private static final class Spi extends SSLContextSpi {
      private static IllegalStateException refused() {
        return new IllegalStateException("TLS on the SDK's plain-http client: https targets use the TLS client");
      }

      @Override
      protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
        throw new KeyManagementException("not a TLS context");
      }

      @Override
      protected SSLSocketFactory engineGetSocketFactory() {
        throw refused();
      }

      @Override
      protected SSLServerSocketFactory engineGetServerSocketFactory() {
        throw refused();
      }

      @Override
      protected SSLEngine engineCreateSSLEngine() {
        throw refused();
      }

      @Override
      protected SSLEngine engineCreateSSLEngine(String host, int port) {
        throw refused();
      }

      @Override
      protected SSLSessionContext engineGetServerSessionContext() {
        throw refused();
      }

      @Override
      protected SSLSessionContext engineGetClientSessionContext() {
        throw refused();
      }
    }
  }
}
