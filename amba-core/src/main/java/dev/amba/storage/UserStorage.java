package dev.amba.storage;

import dev.amba.OffsetPage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Files of the acting user: the two-phase upload of amba-api.md section 6, and the user's assets.
 *
 * <p>An upload is three steps, exposed separately so the bytes can pass through your server
 * (buffering, validation, virus scanning) before they are stored:
 *
 * <pre>{@code
 * PresignedUpload up = user.storage().presign("avatars", "me.png", "image/png", size);
 * user.storage().put(up, path);              // PUT to up.uploadUrl() with up.uploadHeaders()
 * MediaAsset asset = user.storage().commit(up);
 * }</pre>
 *
 * or one call: {@code user.storage().upload(UploadSpec.of("avatars", "me.png", "image/png"), path)}.
 *
 * <p>Bytes are streamed from a {@link Path} or an {@link InputStream}: a large file never sits in
 * memory. The {@code PUT} goes to the presigned URL with exactly the headers presign returned and
 * no Amba credentials. It shares the client's HTTP client; unless the handle's options set a
 * timeout, one {@code PUT} attempt may take up to {@link #UPLOAD_TIMEOUT_MINUTES} minutes (or the
 * configured request timeout, if longer).
 *
 * <p>Every argument is checked before anything is sent: a bad bucket, file name, type or size, or
 * more than {@link #MAX_UPLOAD_BYTES}, throws {@link IllegalArgumentException} naming it.
 */
public interface UserStorage {

  /** The most bytes one upload may hold: 100 MB (104,857,600 bytes). */
  long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

  /** The default bound on one upload {@code PUT} attempt, in minutes. */
  int UPLOAD_TIMEOUT_MINUTES = 10;

  /**
   * Asks for an upload URL. Nothing is stored until {@link #commit}; an upload never committed
   * simply expires.
   *
   * @param bucket an existing bucket of the project: 1 to 63 characters of {@code [A-Za-z0-9._-]}, starting with a letter or digit
   * @param filename the file's name without any directory: 1 to 255 characters, not blank, not {@code .} or
   *     {@code ..}, with no {@code /}, {@code \} or control character
   * @param mimeType the content type, such as {@code image/png}: {@code type/subtype}, at most 255 characters
   * @param sizeBytes the exact size of the bytes to come, at most {@link #MAX_UPLOAD_BYTES}
   * @return where and how to {@code PUT} the bytes, until when, and the ids to commit with
   * @throws IllegalArgumentException if an argument breaks its rule, before anything is sent
   * @throws dev.amba.AmbaNotFoundException code {@code bucket_not_found} for an unknown bucket
   */
  PresignedUpload presign(String bucket, String filename, String mimeType, long sizeBytes);

  /**
   * As {@link #presign(String, String, String, long)}, with the spec's retention.
   *
   * @param spec the bucket, file name, type and retention
   * @param sizeBytes the exact size of the bytes to come, 0 to {@link #MAX_UPLOAD_BYTES}
   * @return where and how to {@code PUT} the bytes, until when, and the ids to commit with
   * @throws NullPointerException if {@code spec} is null
   * @throws IllegalArgumentException if {@code sizeBytes} is out of range, before anything is sent
   * @throws dev.amba.AmbaNotFoundException code {@code bucket_not_found} for an unknown bucket
   */
  PresignedUpload presign(UploadSpec spec, long sizeBytes);

  /**
   * Sends the bytes to the upload URL. Retried like any {@code PUT} (the array is resent).
   *
   * @param upload the grant from {@link #presign}
   * @param bytes the whole content, exactly {@link PresignedUpload#sizeBytes()} long
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException when the array's length is not the presigned size
   */
  void put(PresignedUpload upload, byte[] bytes);

  /**
   * Streams a file to the upload URL; the file is read in chunks, never loaded whole, and read
   * again if the {@code PUT} is retried.
   *
   * @param upload the grant from {@link #presign}
   * @param file a regular, readable file of exactly {@link PresignedUpload#sizeBytes()} bytes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException when the file is missing, unreadable, or not of the presigned
   *     size
   */
  void put(PresignedUpload upload, Path file);

  /**
   * Streams exactly {@link PresignedUpload#sizeBytes()} bytes from {@code bytes} to the upload URL,
   * in chunks. A stream cannot be replayed, so this {@code PUT} is never retried: on a failure,
   * presign again and resend from a fresh stream (or pass a {@link Path}, which is retried). Exactly
   * the presigned size is read: a stream that ends sooner fails the {@code PUT}, bytes after that
   * size stay unread. The stream is not closed; the caller owns it.
   *
   * @param upload the grant from {@link #presign}
   * @param bytes the stream to read the content from, at least the presigned size long
   * @throws NullPointerException if an argument is null
   */
  void put(PresignedUpload upload, InputStream bytes);

  /**
   * Turns the uploaded bytes into an asset.
   *
   * @param upload the grant the bytes were {@code PUT} with
   * @return the asset, with the URL its bytes are read from
   * @throws NullPointerException if {@code upload} is null
   * @throws dev.amba.AmbaConflictException code {@code upload_incomplete} when the bytes never
   *     arrived or their size differs from the presigned size
   */
  MediaAsset commit(PresignedUpload upload);

  /**
   * Presign, {@code PUT} and commit in one call.
   *
   * @param spec the bucket, file name, type and retention
   * @param bytes the whole content
   * @return the committed asset
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the content is over {@link #MAX_UPLOAD_BYTES}, before any request
   */
  MediaAsset upload(UploadSpec spec, byte[] bytes);

  /**
   * Presign, {@code PUT} and commit in one call, streaming the file. Its size is read first, so a
   * file over {@link #MAX_UPLOAD_BYTES} is refused before any request.
   *
   * @param spec the bucket, file name, type and retention
   * @param file a regular, readable file
   * @return the committed asset
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the file is missing, unreadable or over
   *     {@link #MAX_UPLOAD_BYTES}, before any request
   */
  MediaAsset upload(UploadSpec spec, Path file);

  /**
   * Presign, {@code PUT} and commit in one call, streaming {@code sizeBytes} bytes from the stream.
   * The {@code PUT} is not retried (see {@link #put(PresignedUpload, InputStream)}); the stream is
   * not closed.
   *
   * @param spec the bucket, file name, type and retention
   * @param bytes the stream to read the content from
   * @param sizeBytes how many bytes to read from it, 0 to {@link #MAX_UPLOAD_BYTES}
   * @return the committed asset
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the content is over {@link #MAX_UPLOAD_BYTES}, before any request
   */
  MediaAsset upload(UploadSpec spec, InputStream bytes, long sizeBytes);

  /**
   * One of the user's assets.
   *
   * @param assetId the asset's id, as {@link MediaAsset#id()}; refused when null or blank
   * @return the asset, with a URL to read it from
   * @throws IllegalArgumentException if {@code assetId} is null or blank, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when it does not exist, was deleted, or is another
   *     user's
   */
  MediaAsset get(String assetId);

  /**
   * One page of the user's assets, newest first.
   *
   * @param offset how many assets to skip
   * @param limit the page size, 1 to 1000
   * @return the page's assets and the total; empty past the last
   * @throws IllegalArgumentException if {@code offset} is negative or {@code limit} out of range,
   *     before anything is sent
   */
  OffsetPage<MediaAsset> list(int offset, int limit);

  /**
   * Every asset of the user, newest first, fetched a page at a time as the stream is consumed.
   *
   * @return a lazy stream of the user's assets
   */
  Stream<MediaAsset> listAll();

  /**
   * Deletes one of the user's assets; its URL stops working.
   *
   * @param assetId the asset's id, as {@link MediaAsset#id()}; refused when null or blank
   * @throws IllegalArgumentException if {@code assetId} is null or blank, before anything is sent
   * @throws dev.amba.AmbaNotFoundException when it is already gone or is another user's
   */
  void delete(String assetId);
}
