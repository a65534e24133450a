package dev.amba.internal.storage;

import dev.amba.AmbaApiException;
import dev.amba.OffsetPage;
import dev.amba.RequestOptions;
import dev.amba.RetryPolicy;
import dev.amba.internal.Api;
import dev.amba.internal.UserCalls;
import dev.amba.internal.Paging;
import dev.amba.internal.endpoint.Headers;
import dev.amba.internal.endpoint.StorageEndpoints;
import dev.amba.internal.http.ApiRequest;
import dev.amba.internal.http.HttpResult;
import dev.amba.storage.MediaAsset;
import dev.amba.storage.PresignedUpload;
import dev.amba.storage.UploadHeader;
import dev.amba.storage.UploadSpec;
import dev.amba.storage.UserStorage;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/** The acting user's storage: presign and commit through the API, the bytes straight to the upload URL. */
public final class StorageClient implements UserStorage {

  private static final int LIST_ALL_PAGE = 100;
  private static final int MAX_LIST_LIMIT = 1000;

  private final UserCalls calls;

  public StorageClient(UserCalls calls) {
    this.calls = calls;
  }

  @Override
  public PresignedUpload presign(String bucket, String filename, String mimeType, long sizeBytes) {
    return presign(UploadSpec.of(bucket, filename, mimeType), sizeBytes);
  }

  @Override
  public PresignedUpload presign(UploadSpec spec, long sizeBytes) {
    Objects.requireNonNull(spec, "spec");
    StorageRules.size(sizeBytes);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("bucket", spec.bucket());
    body.put("filename", spec.filename());
    body.put("mime_type", spec.mimeType());
    body.put("size_bytes", sizeBytes);
    spec.retentionDays().ifPresent(d -> body.put("retention_days", d));
    Api.Call call = calls.call(StorageEndpoints.PRESIGN).body(body);
    HttpResult result = call.send();
    StorageWire.Presigned p = call.data(result, StorageWire.Presigned.class);
    URI url = uploadUrl(p, result);
    List<UploadHeader> headers = new ArrayList<>();
    if (p.uploadHeaders() != null) {
      for (StorageWire.Header h : p.uploadHeaders()) {
        if (h == null || h.name() == null || h.value() == null) {
          throw unexpected(result, "an upload_headers entry without name or value");
        }
        headers.add(new UploadHeader(h.name(), h.value()));
      }
    }
    if (p.uploadId() == null || p.assetId() == null) {
      throw unexpected(result, "no upload_id or asset_id in the presign answer");
    }
    return new PresignedUpload(p.uploadId(), url, headers, p.assetId(), p.expiresAt(), spec.bucket(),
        spec.filename(), spec.mimeType(), sizeBytes);
  }

  @Override
  public void put(PresignedUpload upload, byte[] bytes) {
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(bytes, "bytes");
    requireSize(upload, bytes.length, "bytes");
    send(upload, () -> HttpRequest.BodyPublishers.ofByteArray(bytes), true);
  }

  @Override
  public void put(PresignedUpload upload, Path file) {
    Objects.requireNonNull(upload, "upload");
    requireSize(upload, fileSize(file), "file " + file);
    send(upload, () -> {
      // Read afresh on every attempt: a file that changed since the check must not go out under the old size.
      long now = Files.size(file);
      if (now != upload.sizeBytes()) {
        throw new IOException("file " + file + " changed size to " + now + " bytes; the upload was presigned for "
            + upload.sizeBytes());
      }
      return HttpRequest.BodyPublishers.ofFile(file);
    }, true);
  }

  @Override
  public void put(PresignedUpload upload, InputStream bytes) {
    Objects.requireNonNull(upload, "upload");
    Objects.requireNonNull(bytes, "bytes");
    AtomicBoolean opened = new AtomicBoolean();
    long size = upload.sizeBytes();
    send(upload, () -> {
      if (!opened.compareAndSet(false, true)) {
        throw new IOException("an InputStream can be sent only once");
      }
      if (size == 0) {
        return HttpRequest.BodyPublishers.noBody();
      }
      InputStream exact = new ExactLengthStream(bytes, size);
      return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> exact), size);
    }, false);
  }

  @Override
  public MediaAsset commit(PresignedUpload upload) {
    Objects.requireNonNull(upload, "upload");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("upload_id", upload.uploadId());
    body.put("asset_id", upload.assetId());
    return calls.call(StorageEndpoints.COMMIT).body(body).data(MediaAsset.class);
  }

  @Override
  public MediaAsset upload(UploadSpec spec, byte[] bytes) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(bytes, "bytes");
    PresignedUpload up = presign(spec, bytes.length);
    put(up, bytes);
    return commit(up);
  }

  @Override
  public MediaAsset upload(UploadSpec spec, Path file) {
    Objects.requireNonNull(spec, "spec");
    long size = StorageRules.size(fileSize(file), "file " + file);
    PresignedUpload up = presign(spec, size);
    put(up, file);
    return commit(up);
  }

  @Override
  public MediaAsset upload(UploadSpec spec, InputStream bytes, long sizeBytes) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(bytes, "bytes");
    PresignedUpload up = presign(spec, sizeBytes);
    put(up, bytes);
    return commit(up);
  }

  @Override
  public MediaAsset get(String assetId) {
    StorageRules.assetId(assetId);
    return calls.call(StorageEndpoints.MEDIA_GET, assetId).data(MediaAsset.class);
  }

  @Override
  public OffsetPage<MediaAsset> list(int offset, int limit) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
    if (limit < 1 || limit > MAX_LIST_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIST_LIMIT + ", got " + limit);
    }
    return calls.call(StorageEndpoints.MEDIA_LIST)
        .query("limit", limit)
        .query("offset", offset)
        .offsetPage(MediaAsset.class);
  }

  @Override
  public Stream<MediaAsset> listAll() {
    return Paging.offsetStream(0, offset -> list(offset, LIST_ALL_PAGE));
  }

  @Override
  public void delete(String assetId) {
    StorageRules.assetId(assetId);
    calls.call(StorageEndpoints.MEDIA_DELETE, assetId).noContent();
  }

  private void send(PresignedUpload upload, ApiRequest.BodySource body, boolean replayable) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    boolean expectContinue = false;
    for (UploadHeader h : upload.uploadHeaders()) {
      switch (h.name().toLowerCase(Locale.ROOT)) {
        // The JDK writes these itself (from the body's length and the URL) and refuses them as
        // headers; what it writes is what the storage host signed.
        case "content-length", "host", "connection", "upgrade" -> { }
        case "expect" -> expectContinue = h.value().trim().equalsIgnoreCase("100-continue");
        default -> headers.add(Map.entry(h.name(), h.value()));
      }
    }
    URI url = upload.uploadUrl();
    String display = url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath();
    RequestOptions putOptions = calls.options();
    if (putOptions.timeout().isEmpty()) {
      Duration floor = Duration.ofMinutes(UPLOAD_TIMEOUT_MINUTES);
      Duration configured = calls.runtime().config.requestTimeout();
      putOptions = putOptions.withTimeout(configured.compareTo(floor) > 0 ? configured : floor);
    }
    if (!replayable) {
      putOptions = putOptions.withRetryPolicy(RetryPolicy.none());
    }
    calls.runtime().api.external("PUT", new ApiRequest.External(url, display, headers, expectContinue, body), putOptions).send();
  }

  private static void requireSize(PresignedUpload upload, long actual, String what) {
    if (actual != upload.sizeBytes()) {
      throw new IllegalArgumentException(what + " holds " + actual + " bytes, but the upload was presigned for "
          + upload.sizeBytes() + " bytes");
    }
  }

  private static long fileSize(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("file " + file + " is not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("file " + file + " is not readable");
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the size of file " + file + ": " + e.getMessage(), e);
    }
  }

  private static URI uploadUrl(StorageWire.Presigned p, HttpResult result) {
    if (p.uploadUrl() == null) {
      throw unexpected(result, "no upload_url in the presign answer");
    }
    URI url;
    try {
      url = new URI(p.uploadUrl());
    } catch (java.net.URISyntaxException e) {
      throw unexpected(result, "upload_url is not a valid URL");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
      throw unexpected(result, "upload_url is not an absolute http(s) URL");
    }
    return url;
  }

  private static AmbaApiException unexpected(HttpResult result, String what) {
    return new AmbaApiException(result.status(), "unexpected_response", "POST " + StorageEndpoints.PRESIGN.template() + ": " + what,
        result.headers().firstValue(Headers.REQUEST_ID).orElse(null), Map.of(), null);
  }

  /**
   * The caller's stream, cut off after the presigned size so bytes beyond it stay unread, and never
   * closed: the JDK closes the stream it reads from, but the caller owns this one. The JDK reads it in
   * small chunks as the connection takes them.
   */
  static final class ExactLengthStream extends FilterInputStream {
    private long remaining;

    ExactLengthStream(InputStream in, long length) {
      super(in);
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int n = in.read(buf, off, (int) Math.min(len, remaining));
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }

    /** Skipped bytes count against the presigned size as read ones do; nothing beyond it is touched. */
    @Override
    public long skip(long n) throws IOException {
      if (n <= 0 || remaining <= 0) {
        return 0;
      }
      long skipped = in.skip(Math.min(n, remaining));
      remaining -= skipped;
      return skipped;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), remaining);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // The caller's stream: the caller closes it.
    }
  }
}
