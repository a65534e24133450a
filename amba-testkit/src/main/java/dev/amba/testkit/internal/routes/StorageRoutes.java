package dev.amba.testkit.internal.routes;

import dev.amba.internal.endpoint.StorageEndpoints;
import dev.amba.testkit.internal.ApiException;
import dev.amba.testkit.internal.ApiRequest;
import dev.amba.testkit.internal.ApiResponse;
import dev.amba.testkit.internal.Caller;
import dev.amba.testkit.internal.FieldErrors;
import dev.amba.testkit.internal.Handler;
import dev.amba.testkit.internal.Ids;
import dev.amba.testkit.internal.JsonFields;
import dev.amba.testkit.internal.JsonIo;
import dev.amba.testkit.internal.RouteModule;
import dev.amba.testkit.internal.RouteTable;
import dev.amba.testkit.internal.Times;
import dev.amba.testkit.internal.engagement.ModeratedContent;
import dev.amba.testkit.internal.store.StorageStore;
import dev.amba.testkit.internal.store.StorageStore.AssetRow;
import dev.amba.testkit.internal.store.StorageStore.UploadRow;
import dev.amba.testkit.internal.store.Stores;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Storage (amba-api.md section 6): presign, the upload itself, commit, the user's assets, and
 * admin bucket creation.
 *
 * <p>The emulator plays the storage host too. A presigned URL points back at it (at the address it
 * listens on, whatever Host the request named), {@code /_emulator/uploads/{id}?expires=..&signature=..}, signed with HMAC-SHA256 under a key
 * that lives as long as this emulator; the {@code PUT} is refused when the signature is wrong, the
 * URL has expired (by the emulator's clock), a presigned header is missing or the body is larger
 * than presigned. Assets are served from {@code /_emulator/media/{id}/{filename}}, signed and
 * expiring for private buckets, with {@code nosniff} and as attachments unless public images.
 */
public final class StorageRoutes implements RouteModule {
  static final long MAX_UPLOAD_BYTES = RouteTable.UPLOAD_BODY_LIMIT;
  static final Duration UPLOAD_URL_TTL = Duration.ofSeconds(600);
  static final Duration PRIVATE_URL_TTL = Duration.ofHours(1);
  // The signed URLs handed out name the emulator's own storage routes, as the table declares them.
  static final String UPLOADS = literalPrefix(StorageEndpoints.EMULATOR_UPLOAD.template());
  static final String MEDIA = literalPrefix(StorageEndpoints.EMULATOR_DOWNLOAD.template());
  /** The presigned header besides Content-Type, so that a client dropping headers is caught. */
  static final String ASSET_HEADER = "x-amba-asset-id";
  /** How much of a refused upload is read and discarded, so the client sees the answer, not a reset. */
  private static final long DRAIN_LIMIT = MAX_UPLOAD_BYTES + 1024 * 1024;

  private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
  private static final String TOKEN = "[A-Za-z0-9!#$&^_.+-]+";
  private static final Pattern MIME = Pattern.compile(
      TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\p{Cntrl}]*\"))*");
  private static final int MAX_FILENAME = 255;
  private static final int MAX_MIME = 255;
  private static final int MAX_RETENTION_DAYS = 3650;
  private static final Set<String> PRESIGN_FIELDS =
      Set.of("bucket", "filename", "mime_type", "size_bytes", "retention_days");
  private static final Set<String> BUCKET_FIELDS = Set.of("name", "public", "retention_days");
  /** Types a browser only ever renders as a picture; not image/svg+xml, which can carry script. */
  private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
  private static final String UNKNOWN_FIELD = "is not a field of this request; expected";

  private final Stores stores;
  private final Clock clock;
  private final SecretKeySpec signingKey = new SecretKeySpec(Ids.bytes(32), "HmacSHA256");

  public StorageRoutes(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  private static String literalPrefix(String template) {
    return template.substring(0, template.indexOf('{'));
  }

  /**
   * Media is moderated content ({@code media}, 27.4): rejected, the asset is soft-deleted as the
   * owner's delete does (its bytes go, it is served no more); approved, it stays.
   */
  @Override
  public List<ModeratedContent> moderatedContent() {
    return List.of(ModeratedContent.of("media", ModeratedContent.Effect.NONE, this::rejectAsset));
  }

  /** The project's asset, soft-deleted; one that is gone or another project's is left alone. */
  private void rejectAsset(String projectId, String assetId) throws SQLException {
    Optional<AssetRow> asset = stores.storage().findAsset(assetId);
    if (asset.isPresent() && asset.get().projectId().equals(projectId)) {
      try {
        stores.storage().deleteAsset(assetId);
      } catch (IOException e) {
        throw new UncheckedIOException("the rejected asset's bytes could not be removed", e);
      }
    }
  }

  @Override
  public void register(RouteTable routes) {
    routes.on(StorageEndpoints.ADMIN_BUCKETS_CREATE, this::createBucket);
    routes.on(StorageEndpoints.PRESIGN, this::presign);
    // Public on purpose: like a storage host, the URL's signature is the only credential.
    routes.on(StorageEndpoints.EMULATOR_UPLOAD, (Handler.StreamingBody) this::receive);
    routes.on(StorageEndpoints.COMMIT, this::commit);
    routes.on(StorageEndpoints.MEDIA_LIST, this::list);
    routes.on(StorageEndpoints.MEDIA_GET, this::get);
    routes.on(StorageEndpoints.MEDIA_DELETE, this::delete);
    routes.on(StorageEndpoints.EMULATOR_DOWNLOAD, this::download);
  }

  // ---- admin

  private ApiResponse createBucket(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, BUCKET_FIELDS, UNKNOWN_FIELD);
    String name = JsonFields.string(body, "name", true, errors);
    if (name != null && !BUCKET.matcher(name).matches()) {
      errors.add("name", "must be 1 to 63 characters of [A-Za-z0-9._-], starting with a letter or digit");
    }
    boolean publicRead = JsonFields.bool(body, "", "public", errors);
    Integer retention = retentionDays(body, errors);
    errors.throwIfAny();
    StorageStore.BucketRow row = stores.storage().createBucket(caller.projectId(), name, publicRead, retention)
        .orElseThrow(() -> new ApiException(409, "bucket_exists", "the project already has a bucket named " + name));
    JsonObjectBuilder out = JsonIo.object().add("name", row.name()).add("public", row.publicRead());
    addInt(out, "retention_days", row.retentionDays());
    return ApiResponse.created(out.add("created_at", Times.format(row.createdAt())).build());
  }

  // ---- presign, upload, commit

  private ApiResponse presign(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, PRESIGN_FIELDS, UNKNOWN_FIELD);
    String bucket = JsonFields.string(body, "bucket", true, errors);
    if (bucket != null && !BUCKET.matcher(bucket).matches()) {
      errors.add("bucket", "is not a bucket name (1 to 63 characters of [A-Za-z0-9._-])");
    }
    String filename = JsonFields.string(body, "filename", true, errors);
    if (filename != null) {
      checkFilename(filename, errors);
    }
    String mimeType = JsonFields.string(body, "mime_type", true, errors);
    if (mimeType != null && (mimeType.length() > MAX_MIME || !MIME.matcher(mimeType).matches())) {
      errors.add("mime_type", "must look like type/subtype, e.g. image/png");
    }
    Long size = null;
    JsonValue s = body.get("size_bytes");
    if (JsonFields.absent(s)) {
      errors.add("size_bytes", "is required", "integer", null);
    } else if (s.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) s).isIntegral()
        || ((JsonNumber) s).bigDecimalValue().signum() < 0) {
      errors.wrongType("size_bytes", "a non-negative integer", s);
    } else {
      size = ((JsonNumber) s).bigIntegerValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }
    Integer retention = retentionDays(body, errors);
    errors.throwIfAny();
    if (size > MAX_UPLOAD_BYTES) {
      throw new ApiException(413, "file_too_large", "size_bytes is " + size + "; one upload holds at most "
          + MAX_UPLOAD_BYTES + " bytes (100 MB)");
    }
    if (stores.storage().findBucket(caller.projectId(), bucket).isEmpty()) {
      throw ApiException.notFound("bucket_not_found", "the project has no bucket named " + bucket);
    }
    UploadRow up = stores.storage().createUpload(caller.projectId(), caller.requireUser(), bucket, filename,
        mimeType, size, retention, UPLOAD_URL_TTL);
    String expires = Long.toString(up.expiresAt().getEpochSecond());
    String url = request.baseUrl() + UPLOADS + up.id() + "?expires=" + expires + "&signature="
        + sign("PUT", up.id(), expires);
    JsonArrayBuilder headers = JsonIo.array();
    requiredHeaders(up).forEach((name, value) -> headers.add(JsonIo.object().add("name", name).add("value", value)));
    return ApiResponse.ok(JsonIo.object()
        .add("upload_id", up.id())
        .add("upload_url", url)
        .add("upload_headers", headers)
        .add("asset_id", up.assetId())
        .add("expires_at", Times.format(up.expiresAt()))
        .build());
  }

  private ApiResponse receive(ApiRequest request, Caller caller) throws SQLException, IOException {
    InputStream body = request.bodyStream();
    try {
      UploadRow up = checkUpload(request);
      String declared = request.header("content-length");
      if (declared != null && parseLong(declared) > up.sizeBytes()) {
        throw tooLarge(up);
      }
      long received;
      try {
        received = stores.storage().receive(up, body, up.sizeBytes());
      } catch (StorageStore.BodyInterrupted e) {
        // Nobody is left to read this answer; it keeps the log free of a false "emulator bug".
        throw ApiException.badRequest("upload_interrupted", e.getMessage());
      }
      if (received == -1) {
        throw tooLarge(up);
      }
      if (received == -2) {
        throw new ApiException(409, "upload_committed", "this upload was committed while its bytes arrived");
      }
      // Storage hosts answer a PUT with the content's checksum; no SDK relies on the body.
      return ApiResponse.ok(JsonIo.object()
          .add("upload_id", up.id())
          .add("received_bytes", received)
          .build());
    } catch (ApiException e) {
      drain(body);
      throw e;
    }
  }

  /** The checks a storage host makes before taking bytes: signature, expiry, state, headers. */
  private UploadRow checkUpload(ApiRequest request) throws SQLException {
    String uploadId = request.pathParam("uploadId");
    String expires = request.query("expires");
    String signature = request.query("signature");
    if (expires == null || signature == null || !verify("PUT", uploadId, expires, signature)) {
      throw ApiException.forbidden("invalid_signature",
          "the upload URL's signature does not match; use the upload_url exactly as presign returned it");
    }
    if (clock.instant().getEpochSecond() >= parseLong(expires)) {
      throw ApiException.forbidden("url_expired", "the upload URL expired; presign again");
    }
    UploadRow up = stores.storage().findUpload(uploadId)
        .orElseThrow(() -> ApiException.notFound("upload_not_found", "no such upload"));
    if (up.committed()) {
      throw new ApiException(409, "upload_committed", "this upload was already committed");
    }
    for (Map.Entry<String, String> h : requiredHeaders(up).entrySet()) {
      String sent = request.header(h.getKey());
      if (sent == null || !sent.trim().equals(h.getValue())) {
        throw ApiException.forbidden("upload_header_mismatch", "the PUT must carry every upload_headers entry "
            + "unchanged; " + h.getKey() + (sent == null ? " is missing" : " differs"));
      }
    }
    return up;
  }

  private ApiResponse commit(ApiRequest request, Caller caller) throws SQLException {
    JsonObject body = request.jsonObject();
    FieldErrors errors = new FieldErrors();
    errors.unknownFields(body, Set.of("upload_id", "asset_id"), UNKNOWN_FIELD);
    String uploadId = JsonFields.string(body, "upload_id", true, errors);
    String assetId = JsonFields.string(body, "asset_id", true, errors);
    errors.throwIfAny();
    StorageStore.Commit done;
    try {
      done = stores.storage().commit(caller.projectId(), caller.requireUser(), uploadId, assetId);
    } catch (StorageStore.CommitRefused refused) {
      switch (refused.reason()) {
        case UNKNOWN_UPLOAD:
          throw ApiException.notFound("upload_not_found", "the acting user has no upload " + printable(uploadId));
        case WRONG_ASSET:
          throw FieldErrors.single("asset_id", "is not the asset id of this upload");
        default:
          UploadRow up = refused.upload();
          throw new ApiException(409, "upload_incomplete", up.receivedBytes() == null
              ? "no bytes arrived for this upload; PUT them to its upload_url first"
              : up.receivedBytes() + " bytes arrived, but the upload was presigned for " + up.sizeBytes());
      }
    }
    JsonObject asset = asset(request, done.asset());
    return done.created() ? ApiResponse.created(asset) : ApiResponse.ok(asset);
  }

  // ---- the user's assets

  private ApiResponse list(ApiRequest request, Caller caller) throws SQLException {
    OffsetLists.Window window = OffsetLists.window(request, "invalid_limit", "invalid_offset");
    return OffsetLists.answer(
        stores.storage().listAssets(caller.projectId(), caller.requireUser(), window.limit(), window.offset()),
        window, a -> asset(request, a));
  }

  private ApiResponse get(ApiRequest request, Caller caller) throws SQLException {
    return ApiResponse.ok(asset(request, ownAsset(request, caller)));
  }

  private ApiResponse delete(ApiRequest request, Caller caller) throws SQLException, IOException {
    AssetRow asset = ownAsset(request, caller);
    if (!stores.storage().deleteAsset(asset.id())) {
      throw ApiException.notFound("not_found", "no such asset");
    }
    return ApiResponse.noContent();
  }

  /** The acting user's live asset; another user's is as absent as a missing one. */
  private AssetRow ownAsset(ApiRequest request, Caller caller) throws SQLException {
    return stores.storage().findAsset(request.pathParam("assetId"))
        .filter(a -> a.projectId().equals(caller.projectId()) && a.userId().equals(caller.requireUser()))
        .filter(a -> a.isLive(clock.instant()))
        .orElseThrow(() -> ApiException.notFound("not_found", "no such asset"));
  }

  private ApiResponse download(ApiRequest request, Caller caller) throws SQLException {
    String assetId = request.pathParam("assetId");
    AssetRow asset = stores.storage().findAsset(assetId)
        .filter(a -> a.filename().equals(request.pathParam("filename")))
        .filter(a -> a.isLive(clock.instant()))
        .orElseThrow(() -> ApiException.notFound("not_found", "no such asset"));
    if (!asset.publicRead()) {
      String expires = request.query("expires");
      String signature = request.query("signature");
      if (expires == null || signature == null || !verify("GET", assetId, expires, signature)) {
        throw ApiException.forbidden("invalid_signature", "the asset is in a private bucket: use its signed url");
      }
      if (clock.instant().getEpochSecond() >= parseLong(expires)) {
        throw ApiException.forbidden("url_expired", "the asset URL expired; read the asset again for a fresh one");
      }
    }
    ApiResponse file = ApiResponse.file(stores.storage().assetFile(asset), asset.mimeType())
        .header("X-Content-Type-Options", "nosniff");
    // Served from the emulator's own origin, an HTML or SVG upload shown inline could run script
    // there; only public pictures are meant to be shown in place.
    if (!(asset.publicRead() && INLINE_TYPES.contains(baseType(asset.mimeType())))) {
      file.header("Content-Disposition", "attachment; filename*=UTF-8''" + attrChars(asset.filename()));
    }
    return file;
  }

  private static String baseType(String mimeType) {
    int semicolon = mimeType.indexOf(';');
    return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
  }

  /** RFC 8187 encoding: attr-chars as they are, every other UTF-8 byte as %XX. */
  private static String attrChars(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0;
      if (attrChar) {
        out.append((char) c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return out.toString();
  }

  // ---- JSON and URLs

  private JsonObject asset(ApiRequest request, AssetRow a) {
    String url = request.baseUrl() + MEDIA + a.id() + "/" + URLEncoder.encode(a.filename(), StandardCharsets.UTF_8)
        .replace("+", "%20");
    if (!a.publicRead()) {
      String expires = Long.toString(clock.instant().plus(PRIVATE_URL_TTL).getEpochSecond());
      url += "?expires=" + expires + "&signature=" + sign("GET", a.id(), expires);
    }
    JsonObjectBuilder out = JsonIo.object()
        .add("id", a.id())
        .add("bucket", a.bucket())
        .add("key", a.key())
        .add("url", url)
        .add("mime_type", a.mimeType())
        .add("size_bytes", a.sizeBytes());
    addInt(out, "retention_days", a.retentionDays());
    return out.add("created_at", Times.format(a.createdAt())).build();
  }

  private static Map<String, String> requiredHeaders(UploadRow up) {
    return Map.of("content-type", up.mimeType(), ASSET_HEADER, up.assetId());
  }

  private String sign(String method, String id, String expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(signingKey);
      byte[] digest = mac.doFinal((method + "\n" + id + "\n" + expires).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private boolean verify(String method, String id, String expires, String signature) {
    if (!expires.matches("[0-9]{1,12}")) {
      return false;
    }
    return MessageDigest.isEqual(sign(method, id, expires).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  // ---- validation helpers

  private static ApiException tooLarge(UploadRow up) {
    return new ApiException(413, "upload_too_large",
        "the body is larger than the " + up.sizeBytes() + " bytes this upload was presigned for");
  }

  private static void checkFilename(String filename, FieldErrors errors) {
    if (filename.isBlank() || filename.length() > MAX_FILENAME) {
      errors.add("filename", "must have 1 to " + MAX_FILENAME + " characters and not be blank");
    } else if (filename.equals(".") || filename.equals("..")
        || filename.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
      errors.add("filename", "must be a plain file name: no '/', '\\\\', control characters, '.' or '..'");
    }
  }

  private static Integer retentionDays(JsonObject body, FieldErrors errors) {
    JsonValue v = body.get("retention_days");
    if (JsonFields.absent(v)) {
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()
        || ((JsonNumber) v).longValue() < 1 || ((JsonNumber) v).longValue() > MAX_RETENTION_DAYS) {
      errors.add("retention_days", "must be an integer from 1 to " + MAX_RETENTION_DAYS, "integer", v);
      return null;
    }
    return ((JsonNumber) v).intValue();
  }

  private static void addInt(JsonObjectBuilder out, String key, Integer value) {
    if (value == null) {
      out.addNull(key);
    } else {
      out.add(key, value);
    }
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Reads and drops what is left of a refused upload, within reason. */
  private static void drain(InputStream body) {
    try {
      byte[] buf = new byte[64 * 1024];
      long left = DRAIN_LIMIT;
      for (int n; left > 0 && (n = body.read(buf, 0, (int) Math.min(buf.length, left))) >= 0; ) {
        left -= n;
      }
    } catch (IOException gone) {
      // The client stopped sending; the answer goes out anyway.
    }
  }

  private static String printable(String text) {
    String cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
