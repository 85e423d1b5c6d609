package dev.brickapi.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Recorded;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The DBFS streaming API on a {@link LoopbackServer}. Uploads are digested as they arrive (and kept only when
 * {@code keep}); "generated" files are made up from their offset when read, so large files are never held.
 */
public final class FakeDbfs implements LoopbackServer.Handler {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One upload: its path, bytes so far, digest, and content when kept. */
  public static final class Upload {
    public final String path;
    public long size;
    public boolean closed;
    final MessageDigest digest = sha256();
    final ByteArrayOutputStream content;
    public String sha256;

    Upload(String path, boolean keep) {
      this.path = path;
      this.content = keep ? new ByteArrayOutputStream() : null;
    }

    public byte[] content() {
      return content.toByteArray();
    }
  }

  private final boolean keep;
  private final AtomicLong handles = new AtomicLong();
  private final Map<Long, Upload> uploads = new ConcurrentHashMap<>();
  private final Map<String, Long> generated = new HashMap<>();
  /** When > 0: the add-block of this block number (1-based) fails with 500. */
  public volatile int failBlock;
  public final AtomicLong reads = new AtomicLong();

  public FakeDbfs(boolean keep) {
    this.keep = keep;
  }

  /** A file of {@code size} bytes whose content is {@link #byteAt}. */
  public FakeDbfs generated(String path, long size) {
    generated.put(path, size);
    return this;
  }

  public static byte byteAt(long offset) {
    return (byte) (offset * 31 + (offset >>> 13));
  }

  public Upload upload(String path) {
    return uploads.values().stream().filter(u -> u.path.equals(path)).findFirst().orElse(null);
  }

  @Override
  public Reply handle(Recorded r) throws java.io.IOException {
    switch (r.path) {
      case "/api/2.0/dbfs/create": {
        JsonNode body = JSON.readTree(r.body);
        long handle = handles.incrementAndGet();
        uploads.put(handle, new Upload(body.get("path").asText(), keep));
        return Reply.json(200, "{\"handle\":" + handle + "}");
      }
      case "/api/2.0/dbfs/add-block": {
        JsonNode body = JSON.readTree(r.body);
        Upload upload = uploads.get(body.get("handle").asLong());
        if (failBlock > 0 && upload.size / (1024 * 1024) + 1 == failBlock) {
          return Reply.json(500, "{\"error_code\":\"INTERNAL_ERROR\",\"message\":\"disk on fire\"}");
        }
        byte[] data = Base64.getDecoder().decode(body.get("data").asText());
        upload.digest.update(data);
        if (upload.content != null) {
          upload.content.write(data);
        }
        upload.size += data.length;
        return Reply.json(200, "{}");
      }
      case "/api/2.0/dbfs/close": {
        Upload upload = uploads.get(JSON.readTree(r.body).get("handle").asLong());
        upload.closed = true;
        upload.sha256 = hex(upload.digest.digest());
        return Reply.json(200, "{}");
      }
      case "/api/2.0/dbfs/get-status": {
        String path = param(r.query, "path");
        Long size = size(path);
        return size == null ? Reply.json(404, "{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"No file " + path + "\"}")
            : Reply.json(200, "{\"path\":\"" + path + "\",\"is_dir\":false,\"file_size\":" + size + "}");
      }
      case "/api/2.0/dbfs/read": {
        reads.incrementAndGet();
        String path = param(r.query, "path");
        long offset = Long.parseLong(param(r.query, "offset"));
        int length = Integer.parseInt(param(r.query, "length"));
        long size = size(path);
        int n = (int) Math.max(0, Math.min(length, size - offset));
        byte[] data = new byte[n];
        if (generated.containsKey(path)) {
          for (int i = 0; i < n; i++) {
            data[i] = byteAt(offset + i);
          }
        } else {
          System.arraycopy(upload(path).content(), (int) offset, data, 0, n);
        }
        return Reply.json(200, "{\"bytes_read\":" + n + ",\"data\":\"" + Base64.getEncoder().encodeToString(data) + "\"}");
      }
      default:
        return Reply.json(404, "{\"error_code\":\"ENDPOINT_NOT_FOUND\"}");
    }
  }

  private Long size(String path) {
    if (generated.containsKey(path)) {
      return generated.get(path);
    }
    Upload upload = upload(path);
    return upload == null ? null : upload.size;
  }

  private static String param(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String hex(byte[] digest) {
    StringBuilder text = new StringBuilder();
    for (byte b : digest) {
      text.append(String.format("%02x", b));
    }
    return text.toString();
  }
}
