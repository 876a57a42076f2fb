package dev.readiness.demo;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /api/files}, multipart/form-data with the file in field {@value #FIELD}: 201
 * {@code {"id","content_type","size"}} for a file of at most {@value #MAX_BYTES} bytes whose content is a
 * well-formed {@link AllowedFileType} and in which the {@link MalwareScanner} finds nothing; 413 for a larger file
 * or body (refused while it streams in: no more than the limit is held), 415 for any other content or a body that
 * is not multipart/form-data, 422 for malware, 400 for a malformed body or a missing field. The body is held in
 * memory only, never written to disk, and the file is not kept after the response. Each upload
 * {@link Misconfiguration} switches off one of these defences.
 */
final class UploadHandler implements Request.Handler {

  static final String FIELD = "file";
  static final int MAX_BYTES = 1024 * 1024;
  private static final int ENVELOPE_BYTES = 64 * 1024;
  private static final int MAX_PARTS = 16;
  private static final int UNLIMITED_BYTES = 8 * MAX_BYTES;

  private final StackSettings settings;
  private final int fileLimit;

  UploadHandler(StackSettings settings) {
    this.settings = settings;
    this.fileLimit = settings.has(Misconfiguration.UPLOAD_NO_SIZE_LIMIT) ? UNLIMITED_BYTES : MAX_BYTES;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String contentType = multipartContentType(request);
    byte[] body = BoundedBody.read(request, fileLimit + ENVELOPE_BYTES);
    try (MultiPartFormData.Parts parts = parse(request, contentType, body)) {
      MultiPart.Part file = parts.getFirst(FIELD);
      if (file == null) {
        throw ApiError.badRequest("field '" + FIELD + "' is missing");
      }
      if (file.getLength() > fileLimit) {
        throw new ApiError(HttpStatus.PAYLOAD_TOO_LARGE_413, "file larger than " + MAX_BYTES + " bytes");
      }
      ByteBuffer content = Content.Source.asByteBuffer(file.getContentSource());
      byte[] bytes = new byte[content.remaining()];
      content.get(bytes);
      String type = storedType(file.getHeaders().get(HttpHeader.CONTENT_TYPE), bytes);
      if (!settings.has(Misconfiguration.UPLOAD_NO_MALWARE_SCAN)) {
        Optional<String> malware = MalwareScanner.scan(bytes);
        if (malware.isPresent()) {
          throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY_422, "malware detected: " + malware.get());
        }
      }
      JsonBodies.write(response, callback, HttpStatus.CREATED_201,
          new StoredFile(UUID.randomUUID().toString(), type, bytes.length));
      return true;
    }
  }

  /**
   * @return the media type the file is stored as: the one its content shows, unless a fault makes the endpoint
   *     trust the declared type (of an allowed type, {@link Misconfiguration#UPLOAD_TRUSTS_CONTENT_TYPE}) or skip
   *     the check (for any other declared type, {@link Misconfiguration#UPLOAD_ANY_TYPE})
   * @throws ApiError 415 when the content is no allowed type
   */
  private String storedType(String declared, byte[] bytes) throws ApiError {
    Optional<AllowedFileType> allowed = AllowedFileType.declared(declared);
    if (allowed.isPresent() && settings.has(Misconfiguration.UPLOAD_TRUSTS_CONTENT_TYPE)) {
      return allowed.get().mediaType();
    }
    if (allowed.isEmpty() && settings.has(Misconfiguration.UPLOAD_ANY_TYPE)) {
      return declared == null ? "application/octet-stream" : declared;
    }
    return AllowedFileType.detect(bytes)
        .orElseThrow(() -> new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "file type not allowed"))
        .mediaType();
  }

  private static String multipartContentType(Request request) throws ApiError {
    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (contentType == null || MimeTypes.getBaseType(contentType) != MimeTypes.Type.MULTIPART_FORM_DATA) {
      throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "expected multipart/form-data");
    }
    if (MultiPart.extractBoundary(contentType) == null) {
      throw ApiError.badRequest("multipart boundary is missing");
    }
    return contentType;
  }

  private static MultiPartFormData.Parts parse(Request request, String contentType, byte[] body) throws ApiError {
    MultiPartConfig config = new MultiPartConfig.Builder().maxParts(MAX_PARTS).maxMemoryPartSize(-1).build();
    try {
      return MultiPartFormData.getParts(Content.Source.from(ByteBuffer.wrap(body)), request, contentType, config);
    } catch (CompletionException e) {
      throw ApiError.badRequest("malformed multipart body");
    }
  }

  /**
   * What the endpoint answers for a stored file.
   *
   * @param id identifier of the upload
   * @param contentType the type the magic bytes showed
   * @param size length in bytes
   */
  record StoredFile(String id, String contentType, long size) {}
}
