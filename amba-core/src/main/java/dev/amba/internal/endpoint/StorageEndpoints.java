package dev.amba.internal.endpoint;

import static dev.amba.internal.endpoint.Credential.ACTING_USER;
import static dev.amba.internal.endpoint.Credential.NONE;
import static dev.amba.internal.endpoint.Credential.SERVER_KEY;
import static dev.amba.internal.endpoint.Declarations.ADMIN;
import static dev.amba.internal.endpoint.Declarations.CLIENT;
import static dev.amba.internal.endpoint.Retry.METHOD;
import static dev.amba.internal.endpoint.Retry.NEVER;

/** Uploads and media assets, buckets, and the emulator's stand-in for the storage host. */
public final class StorageEndpoints {

  private StorageEndpoints() {}

  static final Declarations AREA = new Declarations();

  /** X: Amba documents the presign and commit bodies, not their paths. */
  public static final Endpoint PRESIGN =
      AREA.declare("storage.presign", "POST", CLIENT + "/storage/presign", ACTING_USER, NEVER, Shape.ITEM);
  /** X, like {@link #PRESIGN}. */
  public static final Endpoint COMMIT =
      AREA.declare("storage.commit", "POST", CLIENT + "/storage/commit", ACTING_USER, NEVER, Shape.ITEM);
  public static final Endpoint MEDIA_LIST =
      AREA.declare("storage.media.list", "GET", CLIENT + "/media", ACTING_USER, METHOD, Shape.OFFSET_LIST);
  public static final Endpoint MEDIA_GET =
      AREA.declare("storage.media.get", "GET", CLIENT + "/media/{assetId}", ACTING_USER, METHOD, Shape.ITEM);
  public static final Endpoint MEDIA_DELETE =
      AREA.declare("storage.media.delete", "DELETE", CLIENT + "/media/{assetId}", ACTING_USER, METHOD, Shape.NONE);

  // Emulator only: Amba has no such route, so the OpenAPI description leaves these out.
  /** X: Amba creates buckets in its console; the SDK's admin call exists for the emulator. */
  public static final Endpoint ADMIN_BUCKETS_CREATE = AREA.emulatorOnly("admin.storage.buckets.create", "POST",
      ADMIN + "/storage/buckets", SERVER_KEY, NEVER, Shape.ITEM);
  /** The emulator's storage host: the signed URL is the only credential. */
  public static final Endpoint EMULATOR_UPLOAD =
      AREA.emulatorOnly("emulator.storage.upload", "PUT", "/_emulator/uploads/{uploadId}", NONE, METHOD, Shape.NONE);
  /** Like {@link #EMULATOR_UPLOAD}: a private file's URL carries its own signature. */
  public static final Endpoint EMULATOR_DOWNLOAD = AREA.emulatorOnly("emulator.storage.download", "GET",
      "/_emulator/media/{assetId}/{filename}", NONE, METHOD, Shape.RAW);
}
